/*
 * lexicon.h
 *		Word lists as generated code-point arrays, and their matcher.
 *
 * A list is sorted by first code point and, for equal first code points,
 * longest first (src/tools/gen_lexicon.pl), so a binary search on the first
 * character followed by a short forward walk finds the longest word that
 * starts at a position.
 */
#ifndef INDNEWS_LEXICON_H
#define INDNEWS_LEXICON_H

#include <stdint.h>

#define IND_LEX_MAXLEN 16

typedef struct IndLexWord
{
	uint32_t	cp[IND_LEX_MAXLEN];
	uint8_t		len;
	uint8_t		tag;			/* what the list says of the word */
} IndLexWord;

/* Can a word of the list whose first-character bitmap is first start here? */
static inline int
ind_lex_may_start(const uint8_t *first, uint32_t c)
{
	return c < 0x10000 && (first[c >> 3] & (1 << (c & 7)));
}

/*
 * Index of the longest word of w[lo..nw) starting at s[0..n), or -1, where
 * lo is the first word whose first code point is s[0] (or any before it).
 */
static inline int
ind_lex_match_from(const IndLexWord *w, int nw, int lo, const uint32_t *s, int n)
{
	if (n <= 0)
		return -1;
	for (; lo < nw && w[lo].cp[0] == s[0]; lo++)
	{
		int			k;

		if (w[lo].len > n)
			continue;
		for (k = 1; k < w[lo].len && w[lo].cp[k] == s[k]; k++)
			;
		if (k == w[lo].len)
			return lo;
	}
	return -1;
}

/* Index of the longest word of w[0..nw) starting at s[0..n), or -1. */
static inline int
ind_lex_match(const IndLexWord *w, int nw, const uint32_t *s, int n)
{
	int			lo = 0;
	int			hi = nw;

	if (n <= 0)
		return -1;
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (w[mid].cp[0] < s[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	return ind_lex_match_from(w, nw, lo, s, n);
}

#endif							/* INDNEWS_LEXICON_H */
