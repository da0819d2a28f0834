/*
 * convert.c
 *		Traditional <-> simplified conversion: a table-driven loop.
 *
 * The character map is two-level (cp >> 8 selects a 256-entry block), so a
 * character costs two loads.  Characters that begin some phrase carry a
 * flag; only there do we walk the phrase trie, so a text without phrase
 * starters runs at the speed of the map.  The trie walk is bounded by the
 * longest phrase (a constant of the data), which keeps the whole conversion
 * linear in the input.
 */
#include <stdbool.h>
#include <string.h>

#include "convert.h"
#include "convert_table.h"
#include "core_env.h"
#include "fold.h"
#include "utf8.h"

#include "convert_tables.h"

static const IndConvTable tables[2] = {
	{t2s_present, t2s_second, t2s_index, t2s_blocks, t2s_node_first, t2s_node_count, t2s_node_value,
	 t2s_edge_cp, t2s_edge_child, t2s_value_off, t2s_value_len, t2s_pool,
		T2S_GROWTH_PERMILLE, t2s_root_hash_cp, t2s_root_hash_child,
	T2S_ROOT_HASH_BITS},
	{s2t_present, s2t_second, s2t_index, s2t_blocks, s2t_node_first, s2t_node_count, s2t_node_value,
	 s2t_edge_cp, s2t_edge_child, s2t_value_off, s2t_value_len, s2t_pool,
		S2T_GROWTH_PERMILLE, s2t_root_hash_cp, s2t_root_hash_child,
	S2T_ROOT_HASH_BITS},
};

const IndConvTable *
ind_convert_table(IndConvertDirection dir)
{
	return &tables[dir];
}

/* Child of node for character cp, or -1. */
static inline int64_t
trie_child(const IndConvTable *t, uint32_t node, uint32_t cp)
{
	uint32_t	lo;
	uint32_t	hi;

	if (node == 0)
	{
		uint32_t	mask = (1u << t->root_hash_bits) - 1;
		uint32_t	h = (uint32_t) (cp * 2654435761u) >> (32 - t->root_hash_bits);

		for (;; h = (h + 1) & mask)
		{
			if (t->root_hash_cp[h] == cp)
				return t->root_hash_child[h];
			if (t->root_hash_cp[h] == 0)
				return -1;
		}
	}
	lo = t->node_first[node];
	hi = lo + t->node_count[node];

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (t->edge_cp[mid] < cp)
			lo = mid + 1;
		else if (t->edge_cp[mid] > cp)
			hi = mid;
		else
			return t->edge_child[mid];
	}
	return -1;
}

/*
 * The first two characters of every phrase, hashed to a bit of a filter
 * per table, so that most of the starters that ind_conv_may_phrase() lets
 * through (一 大 上 before a character second in some other phrase) cost
 * no trie walk.  Built on first use.  A table with a phrase of one
 * character, which no pair tells, keeps no filter.
 */
#define PAIR_BITS_T2S	15
#define PAIR_BITS_S2T	20
static uint8_t pairs_t2s[1 << (PAIR_BITS_T2S - 3)];
static uint8_t pairs_s2t[1 << (PAIR_BITS_S2T - 3)];
static const struct
{
	uint8_t    *bits;
	int			nbits;
}			pair_filter[2] = {
	{pairs_t2s, PAIR_BITS_T2S},
	{pairs_s2t, PAIR_BITS_S2T}
};
static int	pair_state[2];		/* 0: not built; 1: built; -1: none */

static inline uint32_t
pair_hash(uint32_t c0, uint32_t c1, int nbits)
{
	return ((c0 * 0x9E3779B1u + c1) * 0x85EBCA77u) >> (32 - nbits);
}

static void
pair_filter_build(const IndConvTable *t, int dir)
{
	uint8_t    *bits = pair_filter[dir].bits;
	int			nbits = pair_filter[dir].nbits;
	uint32_t	h;

	for (h = 0; h < (1u << t->root_hash_bits); h++)
	{
		uint32_t	c0 = t->root_hash_cp[h];
		uint32_t	node;
		uint32_t	e;

		if (c0 == 0)
			continue;
		node = t->root_hash_child[h];
		if (t->node_value[node] >= 0)
		{
			pair_state[dir] = -1;
			return;
		}
		for (e = t->node_first[node];
			 e < t->node_first[node] + t->node_count[node]; e++)
		{
			uint32_t	b = pair_hash(c0, t->edge_cp[e], nbits);

			bits[b >> 3] |= (uint8_t) (1 << (b & 7));
		}
	}
	pair_state[dir] = 1;
}

/*
 * Can a phrase begin with the characters at s?  False only where the
 * filter shows that no phrase begins with the first two (the second
 * being the first that is not passed over, with skip_ignorable).
 */
static inline bool
pair_may_begin(const IndConvTable *t, const unsigned char *s,
			   const unsigned char *end, int skip_ignorable)
{
	int			dir = t == &tables[IND_T2S] ? IND_T2S : IND_S2T;
	int			l0;
	int			l1;
	uint32_t	c0;
	uint32_t	c1;
	uint32_t	b;

	if (pair_state[dir] <= 0)
	{
		if (pair_state[dir] == 0)
			pair_filter_build(t, dir);
		if (pair_state[dir] < 0)
			return true;
	}

	/* two well-formed characters of three bytes, the bulk, decoded here */
	if (end - s >= 6 && (s[0] & 0xF0) == 0xE0 && (s[3] & 0xF0) == 0xE0 &&
		((s[1] & 0xC0) | ((s[2] & 0xC0) >> 2) |
		 ((s[4] & 0xC0) >> 4) | ((s[5] & 0xC0) >> 6)) == 0xAA)
	{
		c0 = ((uint32_t) (s[0] & 0x0F) << 12) |
			((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		c1 = ((uint32_t) (s[3] & 0x0F) << 12) |
			((uint32_t) (s[4] & 0x3F) << 6) | (s[5] & 0x3F);
	}
	else
		c0 = c1 = 0;
	if (c0 < 0x800 || (c0 >= 0xD800 && c0 <= 0xDFFF) ||
		c1 < 0x800 || (c1 >= 0xD800 && c1 <= 0xDFFF))
	{
		c0 = utf8_decode(s, end, &l0);
		if (s + l0 >= end)
			return false;		/* no phrase of one character */
		c1 = utf8_decode(s + l0, end, &l1);
	}
	if (skip_ignorable && ind_fold_is_ignorable(c1))
		return true;
	b = pair_hash(c0, c1, pair_filter[dir].nbits);
	return (pair_filter[dir].bits[b >> 3] & (1 << (b & 7))) != 0;
}

size_t
ind_conv_phrase(const IndConvTable *t, const unsigned char *s,
				const unsigned char *end,
				const unsigned char **rep, size_t *rep_len,
				int skip_ignorable)
{
	uint32_t	node = 0;
	const unsigned char *p = s;
	size_t		best = 0;

	if (s >= end || !pair_may_begin(t, s, end, skip_ignorable))
		return 0;
	while (p < end)
	{
		int			clen;
		uint32_t	cp = utf8_decode(p, end, &clen);
		int64_t		child;

		if (skip_ignorable && p > s && ind_fold_is_ignorable(cp))
		{
			p += clen;
			continue;
		}
		child = trie_child(t, node, cp);
		if (child < 0)
			break;
		node = (uint32_t) child;
		p += clen;
		if (t->node_value[node] >= 0)
		{
			int32_t		v = t->node_value[node];

			best = (size_t) (p - s);
			*rep = t->pool + t->value_off[v];
			*rep_len = t->value_len[v];
		}
	}
	return best;
}

size_t
ind_convert_bound(IndConvertDirection dir, size_t len)
{
	const IndConvTable *t = &tables[dir];

	return len + (len / 1000 + 1) * (t->growth_permille - 1000) + 8;
}

size_t
ind_convert(IndConvertDirection dir, const char *in, size_t len, char *out)
{
	const IndConvTable *t = &tables[dir];
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;
	unsigned char *o = (unsigned char *) out;

	while (s < end)
	{
		int			clen;
		uint32_t	cp;
		uint32_t	v;

		if (*s < 0x80)
		{
			*o++ = *s++;
			continue;
		}
		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		/*
		 * The common case, a well-formed three-byte character (all of CJK)
		 * that becomes another three-byte character or stays: no calls.
		 */
		if ((*s & 0xF0) == 0xE0 && end - s >= 3 &&
			((s[1] & 0xC0) | ((s[2] & 0xC0) >> 2)) == 0xA0)
		{
			cp = ((uint32_t) (s[0] & 0x0F) << 12) |
				((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
			{
				uint32_t	target;

				if (!(t->present[cp >> 3] & (1 << (cp & 7))))
				{
					o[0] = s[0];
					o[1] = s[1];
					o[2] = s[2];
					o += 3;
					s += 3;
					continue;
				}
				v = t->blocks[((uint32_t) t->index[cp >> 8] << 8) | (cp & 0xFF)];
				target = v & IND_CONV_TARGET_MASK;
				if (!(v & IND_CONV_STARTER) && target >= 0x800 && target < 0x10000)
				{
					o[0] = (unsigned char) (0xE0 | (target >> 12));
					o[1] = (unsigned char) (0x80 | ((target >> 6) & 0x3F));
					o[2] = (unsigned char) (0x80 | (target & 0x3F));
					o += 3;
					s += 3;
					continue;
				}
			}
		}
		cp = utf8_decode(s, end, &clen);
		v = ind_conv_lookup(t, cp);
		if (v == 0)
		{
			memcpy(o, s, clen);
			o += clen;
			s += clen;
			continue;
		}
		if ((v & IND_CONV_STARTER) && ind_conv_may_phrase(t, s + clen, end))
		{
			const unsigned char *rep;
			size_t		rep_len;
			size_t		plen = ind_conv_phrase(t, s, end, &rep, &rep_len, 0);

			if (plen > 0)
			{
				memcpy(o, rep, rep_len);
				o += rep_len;
				s += plen;
				continue;
			}
		}
		if (v & IND_CONV_TARGET_MASK)
			o += utf8_encode(v & IND_CONV_TARGET_MASK, o);
		else
		{
			memcpy(o, s, clen);
			o += clen;
		}
		s += clen;
	}
	return (size_t) (o - (unsigned char *) out);
}

int
ind_char_script_class(uint32_t cp)
{
	uint32_t	v = ind_conv_entry(&tables[IND_T2S], cp);
	int			cls = 0;

	if (v & IND_CONV_TRAD_ONLY)
		cls |= IND_CHAR_TRAD_ONLY;
	if (v & IND_CONV_SIMP_ONLY)
		cls |= IND_CHAR_SIMP_ONLY;
	return cls;
}

const char *
ind_convert_data_version(void)
{
	return IND_CONVERT_DATA_VERSION;
}
