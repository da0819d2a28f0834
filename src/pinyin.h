/*
 * pinyin.h
 *		Detection and removal of the pinyin glosses mirror sites insert after
 *		characters: 來(lái)源 -> 來源.
 */
#ifndef INDNEWS_PINYIN_H
#define INDNEWS_PINYIN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct IndGlossCount
{
	size_t		glosses;		/* well-formed glosses after a Han character */
	size_t		mirror_glosses; /* of which after a traditional-only character */
	size_t		han;			/* Han characters in the text */
} IndGlossCount;

/* Count the glosses of in[0..len) in one pass. */
extern void ind_count_glosses(const char *in, size_t len, IndGlossCount *count);

/* Does the count show the mirror-site pattern, so that glosses go? */
extern int	ind_glosses_are_noise(const IndGlossCount *count);

/*
 * Would ind_count_glosses() count a gloss after a traditional-only
 * character at s (an opening parenthesis)?  Without one, glosses are no
 * noise; lets a caller skip the count while it meets none.
 */
extern bool ind_mirror_gloss_at(const char *in, const unsigned char *s,
								const unsigned char *end);

/*
 * Length in bytes of the gloss starting at s (at '(' or U+FF08), or 0 when
 * none starts there.  The caller checks that a Han character precedes it.
 */
extern size_t ind_gloss_length(const unsigned char *s, const unsigned char *end);

/* Copy in[0..len) to out (room for len bytes) without any gloss. */
extern size_t ind_remove_glosses(const char *in, size_t len, char *out);

/*
 * Copy in[0..len) to out (room for len bytes) without its glosses when the
 * text as a whole shows the mirror pattern; else copy it unchanged.
 * Returns bytes written.
 */
extern size_t ind_strip_pinyin(const char *in, size_t len, char *out);

#endif							/* INDNEWS_PINYIN_H */
