/*
 * strbuf.h
 *		A growable byte buffer and string copies for the core, on the host's
 *		allocator (core_env.h).
 */
#ifndef INDNEWS_STRBUF_H
#define INDNEWS_STRBUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct IndStrBuf
{
	char	   *data;			/* NUL-terminated once anything is added */
	size_t		len;
	size_t		cap;
} IndStrBuf;

/* Append n bytes; the buffer doubles as needed. */
extern void ind_strbuf_add(IndStrBuf *b, const void *p, size_t n);

/* Append one character, UTF-8 encoded. */
extern void ind_strbuf_add_cp(IndStrBuf *b, uint32_t cp);

/* A NUL-terminated copy of p[0..n). */
extern char *ind_strndup(const void *p, size_t n);

#endif							/* INDNEWS_STRBUF_H */
