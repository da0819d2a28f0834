/*
 * strbuf.c
 *		A growable byte buffer and string copies for the core.
 */
#include <string.h>

#include "core_env.h"
#include "strbuf.h"
#include "utf8.h"

void
ind_strbuf_add(IndStrBuf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		size_t		cap = b->cap ? b->cap : 64;

		while (b->len + n + 1 > cap)
			cap *= 2;
		b->data = b->data ? ind_realloc(b->data, cap) : ind_alloc(cap);
		b->cap = cap;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
ind_strbuf_add_cp(IndStrBuf *b, uint32_t cp)
{
	unsigned char tmp[4];

	ind_strbuf_add(b, tmp, utf8_encode(cp, tmp));
}

char *
ind_strndup(const void *p, size_t n)
{
	char	   *s = ind_alloc(n + 1);

	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}
