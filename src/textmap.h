/*
 * textmap.h
 *		The normal form of a text as code points, each mapped back to the
 *		character of the original it came from.
 *
 * Extraction reads the normal form (simplified, half width, without pinyin
 * glosses) but reports offsets and sentences in the text as given.  Unlike
 * normalize(), the map keeps whitespace as it is, so that positions stay
 * close to one-to-one.
 */
#ifndef INDNEWS_TEXTMAP_H
#define INDNEWS_TEXTMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct IndTextMap
{
	uint32_t   *cp;				/* the normal form */
	int		   *src;			/* per code point: its source character */
	int			n;
	int		   *src_byte;		/* per source character: its byte offset;
								 * src_byte[src_n] is the length */
	int			src_n;
} IndTextMap;

extern void ind_textmap_build(const char *in, size_t len, IndTextMap *m);
extern void ind_textmap_free(IndTextMap *m);

/* Source character range [*from, *to) of normal-form range [a, b). */
extern void ind_textmap_source(const IndTextMap *m, int a, int b,
							   int *from, int *to);

#endif							/* INDNEWS_TEXTMAP_H */
