/*
 * utf8.h
 *		Decoding and encoding of UTF-8 for the core's scanners.
 *
 * Input reaching the core comes from a UTF8 database, so it is valid UTF-8;
 * the decoder still never reads past the end and turns a malformed byte into
 * U+FFFD of length 1, so that fuzzers and unit tests cannot make it overrun.
 */
#ifndef INDNEWS_UTF8_H
#define INDNEWS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the character at s (s < end); store its length in *len. */
static inline uint32_t
utf8_decode(const unsigned char *s, const unsigned char *end, int *len)
{
	unsigned char c = s[0];
	ptrdiff_t	avail = end - s;

	if (c < 0x80)
	{
		*len = 1;
		return c;
	}
	if (c >= 0xC2 && c < 0xE0 && avail >= 2 && (s[1] & 0xC0) == 0x80)
	{
		*len = 2;
		return ((uint32_t) (c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c >= 0xE0 && c < 0xF0 && avail >= 3 &&
		(s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
	{
		uint32_t	cp = ((uint32_t) (c & 0x0F) << 12) |
			((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);

		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
		{
			*len = 3;
			return cp;
		}
	}
	if (c >= 0xF0 && c < 0xF5 && avail >= 4 && (s[1] & 0xC0) == 0x80 &&
		(s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80)
	{
		uint32_t	cp = ((uint32_t) (c & 0x07) << 18) |
			((uint32_t) (s[1] & 0x3F) << 12) |
			((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);

		if (cp >= 0x10000 && cp <= 0x10FFFF)
		{
			*len = 4;
			return cp;
		}
	}
	*len = 1;
	return 0xFFFD;
}

/*
 * Decode the character at *s and advance past it, without any check: only
 * for the project's own literals, which are valid UTF-8.
 */
static inline uint32_t
utf8_next_trusted(const unsigned char **sp)
{
	const unsigned char *s = *sp;
	uint32_t	c = s[0];

	if (c < 0x80)
	{
		*sp = s + 1;
		return c;
	}
	if (c < 0xE0)
	{
		*sp = s + 2;
		return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c < 0xF0)
	{
		*sp = s + 3;
		return ((c & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	*sp = s + 4;
	return ((c & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
		((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Encode cp into out (room for 4 bytes); return the byte count. */
static inline int
utf8_encode(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (cp >> 6));
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (cp >> 18));
	out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Is cp a Han ideograph (unified, extensions, compatibility)? */
static inline int
utf8_is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) ||
		(cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x323AF) ||
		(cp >= 0xF900 && cp <= 0xFAFF) ||
		cp == 0x3007;
}

#endif							/* INDNEWS_UTF8_H */
