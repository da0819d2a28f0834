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

/*
 * From code point at on, until the next jump, code point i comes from
 * source character i + delta.  Nearly every character gives one code
 * point, so that a text has few jumps (a gloss dropped, a character folded
 * to two): the map is kept as these rather than as an index per code
 * point, which the build would have to store at every character.
 */
typedef struct IndTextMapJump
{
	int			at;
	int			delta;
} IndTextMapJump;

typedef struct IndTextMap
{
	uint32_t   *cp;				/* the normal form */
	int			n;
	IndTextMapJump *jumps;		/* by at; none before the first: delta 0 */
	int			njumps;
	int		   *src_byte;		/* per source character: its byte offset;
								 * src_byte[src_n] is the length */
	int			src_n;
} IndTextMap;

extern void ind_textmap_build(const char *in, size_t len, IndTextMap *m);
extern void ind_textmap_free(IndTextMap *m);

/* The source character of code point i (0 <= i < n). */
extern int	ind_textmap_src(const IndTextMap *m, int i);

/* Source character range [*from, *to) of normal-form range [a, b). */
extern void ind_textmap_source(const IndTextMap *m, int a, int b,
							   int *from, int *to);

#endif							/* INDNEWS_TEXTMAP_H */
