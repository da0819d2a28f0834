/*
 * normalize.h
 *		The normal form analysts index and compare on.
 */
#ifndef INDNEWS_NORMALIZE_H
#define INDNEWS_NORMALIZE_H

#include <stddef.h>

/*
 * Tidy whitespace of in[0..len) into out (which may equal in: the output
 * is never longer than the input).  Returns bytes written.  The whitespace
 * rules of normalize(), alone.
 *
 * CR LF and CR become LF; tabs and runs of spaces become one space; spaces
 * at the start and end of lines go; more than one blank line becomes one;
 * C0 control characters other than LF and TAB go; runs of two or more lone
 * '?' separated only by spaces (the trace of lost no-break spaces: "? ? ? ?")
 * count as whitespace.  Leading and trailing whitespace of the text go.
 */
extern size_t ind_tidy_space(const char *in, size_t len, char *out);

/* Output bytes ind_normalize_into() may need for len bytes of input. */
extern size_t ind_normalize_bound(size_t len);

/*
 * One pass of normalize() without gloss removal: fold, convert to
 * simplified and tidy whitespace (convert = 1), or tidy whitespace only
 * (convert = 0).  out has room for ind_normalize_bound(len) bytes.
 */
extern size_t ind_normalize_into(const char *in, size_t len, char *out,
								 int convert);

/*
 * normalize(): width folding, pinyin glosses, traditional to simplified,
 * whitespace.  Returns a buffer from ind_alloc holding *out_len bytes.
 */
extern char *ind_normalize(const char *in, size_t len, size_t *out_len);

#endif							/* INDNEWS_NORMALIZE_H */
