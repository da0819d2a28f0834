/*
 * convert_table.h
 *		The shape of a conversion table and its inline lookups, for the
 *		loops that convert while doing something else (normalize.c).
 */
#ifndef INDNEWS_CONVERT_TABLE_H
#define INDNEWS_CONVERT_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "convert.h"
#include "fold.h"

/* A map entry: target code point (0 = unchanged) in the low 21 bits. */
#define IND_CONV_TARGET_MASK	0x1FFFFFu
#define IND_CONV_STARTER		(1u << 24)	/* some phrase begins here */
#define IND_CONV_TRAD_ONLY		(1u << 25)
#define IND_CONV_SIMP_ONLY		(1u << 26)
#define IND_CONV_MAP_LIMIT		0x40000u	/* planes 0-3 */

typedef struct IndConvTable
{
	const uint8_t *present;		/* bit per BMP code point converted or
								 * starting a phrase */
	const uint8_t *second;		/* bit per BMP code point second in a phrase */
	const uint16_t *index;		/* cp >> 8 -> block */
	const uint32_t *blocks;		/* block << 8 | (cp & 0xFF) -> entry */
	const uint32_t *node_first; /* phrase trie: first edge of a node */
	const uint16_t *node_count; /* its number of edges */
	const int32_t *node_value;	/* phrase ending at the node, or -1 */
	const uint32_t *edge_cp;	/* edges sorted by code point per node */
	const uint32_t *edge_child;
	const uint32_t *value_off;	/* replacement bytes in pool */
	const uint16_t *value_len;
	const unsigned char *pool;
	unsigned	growth_permille;	/* worst output/input byte ratio */
	const uint32_t *root_hash_cp;	/* starters, hashed: 0 = empty slot */
	const uint32_t *root_hash_child;
	unsigned	root_hash_bits;
} IndConvTable;

extern const IndConvTable *ind_convert_table(IndConvertDirection dir);

/* The whole entry, script-class flags included. */
static inline uint32_t
ind_conv_entry(const IndConvTable *t, uint32_t cp)
{
	if (cp >= IND_CONV_MAP_LIMIT)
		return 0;
	return t->blocks[((uint32_t) t->index[cp >> 8] << 8) | (cp & 0xFF)];
}

/*
 * The entry as conversion sees it: 0 for a character that converts to
 * itself and starts no phrase (the bitmap answers that without touching
 * the blocks).
 */
static inline uint32_t
ind_conv_lookup(const IndConvTable *t, uint32_t cp)
{
	if (cp < 0x10000)
	{
		if (!(t->present[cp >> 3] & (1 << (cp & 7))))
			return 0;
	}
	else if (cp >= IND_CONV_MAP_LIMIT)
		return 0;
	return t->blocks[((uint32_t) t->index[cp >> 8] << 8) | (cp & 0xFF)];
}

/*
 * Can a phrase start at s (whose first character is a starter)?  Only if
 * the next character is the second character of some phrase.  Phrases of
 * one character are none of OpenCC's; a next character beyond the BMP, or
 * one that folds away, is left to the trie walk.
 */
static inline int
ind_conv_may_phrase(const IndConvTable *t, const unsigned char *next,
					const unsigned char *end)
{
	uint32_t	c;

	if (end - next >= 3 && (next[0] & 0xF0) == 0xE0)
		c = ((uint32_t) (next[0] & 0x0F) << 12) |
			((uint32_t) (next[1] & 0x3F) << 6) | (next[2] & 0x3F);
	else if (next < end && next[0] < 0x80)
		return next[0] < 0x20;	/* ASCII follows: only a control char could
								 * be passed over */
	else
		return 1;
	/* a character that folds (U+200B: to nothing) may hide a phrase */
	if (ind_fold_bitmap[c >> 3] & (1 << (c & 7)))
		return 1;
	return (t->second[c >> 3] & (1 << (c & 7))) != 0;
}

/*
 * Longest phrase starting at s: its byte length in the input (0 if none);
 * *rep and *rep_len receive its replacement.  With skip_ignorable, the
 * characters normalize() drops (zero-width, controls) are passed over, so
 * that 藉<U+200B>著 is the phrase 藉著 as it will read once they are gone.
 */
extern size_t ind_conv_phrase(const IndConvTable *t, const unsigned char *s,
							  const unsigned char *end,
							  const unsigned char **rep, size_t *rep_len,
							  int skip_ignorable);

#endif							/* INDNEWS_CONVERT_TABLE_H */
