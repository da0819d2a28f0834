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

/*
 * Does normalize() drop this character: it folds to nothing (U+200B,
 * U+FEFF ...) or is a control character other than a line break or a
 * horizontal space?
 */
extern int	ind_fold_is_ignorable(uint32_t cp);

extern const char *ind_fold_data_version(void);

#endif							/* INDNEWS_FOLD_H */
