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
#include <string.h>

#include "convert.h"
#include "core_env.h"
#include "utf8.h"

#include "convert_tables.h"

#define FLAG_STARTER	(1u << 24)
#define FLAG_TRAD_ONLY	(1u << 25)
#define FLAG_SIMP_ONLY	(1u << 26)
#define TARGET_MASK		0x1FFFFFu
#define MAP_LIMIT		0x40000u

typedef struct ConvTable
{
	const uint16_t *index;
	const uint32_t *blocks;
	const uint32_t *node_first;
	const uint16_t *node_count;
	const int32_t *node_value;
	const uint32_t *edge_cp;
	const uint32_t *edge_child;
	const uint32_t *value_off;
	const uint16_t *value_len;
	const unsigned char *pool;
	unsigned	growth_permille;
} ConvTable;

static const ConvTable tables[2] = {
	{t2s_index, t2s_blocks, t2s_node_first, t2s_node_count, t2s_node_value,
	 t2s_edge_cp, t2s_edge_child, t2s_value_off, t2s_value_len, t2s_pool,
	T2S_GROWTH_PERMILLE},
	{s2t_index, s2t_blocks, s2t_node_first, s2t_node_count, s2t_node_value,
	 s2t_edge_cp, s2t_edge_child, s2t_value_off, s2t_value_len, s2t_pool,
	S2T_GROWTH_PERMILLE},
};

static inline uint32_t
map_lookup(const ConvTable *t, uint32_t cp)
{
	if (cp >= MAP_LIMIT)
		return 0;
	return t->blocks[((uint32_t) t->index[cp >> 8] << 8) | (cp & 0xFF)];
}

/* Child of node for character cp, or -1. */
static inline int64_t
trie_child(const ConvTable *t, uint32_t node, uint32_t cp)
{
	uint32_t	lo = t->node_first[node];
	uint32_t	hi = lo + t->node_count[node];

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

size_t
ind_convert_bound(IndConvertDirection dir, size_t len)
{
	const ConvTable *t = &tables[dir];

	return len + (len / 1000 + 1) * (t->growth_permille - 1000) + 8;
}

/*
 * Longest phrase starting at s: returns its byte length in the input (0 if
 * none) and sets *value to the pool index of its replacement.
 */
static size_t
longest_phrase(const ConvTable *t, const unsigned char *s,
			   const unsigned char *end, int32_t *value)
{
	uint32_t	node = 0;
	const unsigned char *p = s;
	size_t		best = 0;

	while (p < end)
	{
		int			clen;
		uint32_t	cp = utf8_decode(p, end, &clen);
		int64_t		child = trie_child(t, node, cp);

		if (child < 0)
			break;
		node = (uint32_t) child;
		p += clen;
		if (t->node_value[node] >= 0)
		{
			best = (size_t) (p - s);
			*value = t->node_value[node];
		}
	}
	return best;
}

size_t
ind_convert(IndConvertDirection dir, const char *in, size_t len, char *out)
{
	const ConvTable *t = &tables[dir];
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
		cp = utf8_decode(s, end, &clen);
		v = map_lookup(t, cp);
		if (v & FLAG_STARTER)
		{
			int32_t		value = -1;
			size_t		plen = longest_phrase(t, s, end, &value);

			if (plen > 0)
			{
				uint16_t	vlen = t->value_len[value];

				memcpy(o, t->pool + t->value_off[value], vlen);
				o += vlen;
				s += plen;
				continue;
			}
		}
		if (v & TARGET_MASK)
			o += utf8_encode(v & TARGET_MASK, o);
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
	uint32_t	v = map_lookup(&tables[IND_T2S], cp);
	int			cls = 0;

	if (v & FLAG_TRAD_ONLY)
		cls |= IND_CHAR_TRAD_ONLY;
	if (v & FLAG_SIMP_ONLY)
		cls |= IND_CHAR_SIMP_ONLY;
	return cls;
}

const char *
ind_convert_data_version(void)
{
	return IND_CONVERT_DATA_VERSION;
}
