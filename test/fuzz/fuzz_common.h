/*
 * fuzz_common.h
 *		What every libFuzzer target of the core shares: a strict UTF-8
 *		check and an assertion that survives -DNDEBUG.
 *
 * Each target feeds arbitrary bytes to one core entry point: the core must
 * never read or write out of bounds, whatever it is given.  The server only
 * ever passes valid UTF-8 without NUL bytes (a text datum of a UTF8
 * database), so the properties of the output (valid UTF-8, offsets in
 * bounds, idempotence) are checked on such input only.
 */
#ifndef INDNEWS_FUZZ_COMMON_H
#define INDNEWS_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: property failed: %s\n", \
					__FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/*
 * Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF) without NUL: what PostgreSQL accepts as text in a UTF8
 * database.
 */
static inline bool
fuzz_is_server_text(const uint8_t *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		uint8_t		c = s[i];
		uint32_t	cp;
		int			len;
		int			k;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			len = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			len = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			len = 4, cp = c & 0x07;
		else
			return false;
		if (i + len > n)
			return false;
		for (k = 1; k < len; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return false;
		i += len;
	}
	return true;
}

/* A NUL-terminated string of the core's output is server text. */
static inline bool
fuzz_str_ok(const char *s)
{
	return s == NULL || fuzz_is_server_text((const uint8_t *) s, strlen(s));
}

/* Number of characters of server text s[0..n). */
static inline size_t
fuzz_char_count(const uint8_t *s, size_t n)
{
	size_t		chars = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			chars++;
	return chars;
}

#endif							/* INDNEWS_FUZZ_COMMON_H */
