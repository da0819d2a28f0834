/*
 * fold.h
 *		Width and compatibility folding (full-width ASCII, ideographic space,
 *		enclosed numerals, compatibility ideographs, CJK quotation marks).
 */
#ifndef INDNEWS_FOLD_H
#define INDNEWS_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* Output never exceeds this many bytes for len bytes of input. */
extern size_t ind_fold_bound(size_t len);

/* Fold in[0..len) into out; returns bytes written. */
extern size_t ind_fold(const char *in, size_t len, char *out);

/*
 * The fold of one character: sets *out to its replacement bytes and returns
 * their length, or returns -1 when the character is kept as it is.
 */
extern int	ind_fold_char(uint32_t cp, const unsigned char **out);

/* Bit per BMP code point that has a fold (generated with the table). */
extern const uint8_t *const ind_fold_bitmap;

/* ind_fold_char() with the common "no fold" answer inline. */
static inline int
ind_fold_lookup(uint32_t cp, const unsigned char **out)
{
	if (cp < 0x10000 && !(ind_fold_bitmap[cp >> 3] & (1 << (cp & 7))))
		return -1;
	return ind_fold_char(cp, out);
}

/*
 * Does normalize() drop this character: it folds to nothing (U+200B,
 * U+FEFF ...) or is a control character other than a line break or a
 * horizontal space?
 */
extern int	ind_fold_is_ignorable(uint32_t cp);

extern const char *ind_fold_data_version(void);

#endif							/* INDNEWS_FOLD_H */
