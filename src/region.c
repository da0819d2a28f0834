/*
 * region.c
 *		Region mentions in running text: a linear scan with a trie over the
 *		gazetteer's names (src/gen/region_table.h).  The rules are described
 *		in region.h.
 *
 * The text is decoded once into folded code points; at each position the
 * trie is walked at most IND_REGION_MAX_KEY steps, so the scan is linear in
 * the length of the text.
 */
#include <stdint.h>
#include <string.h>

#include "core_env.h"
#include "region.h"
#include "region_table.h"
#include "utf8.h"

/* Keys longer than this are cut off by the walk (none is; checked below). */
#define MAX_HITS 32

#if IND_REGION_MAX_KEY > MAX_HITS
#error "a gazetteer name is longer than MAX_HITS code points"
#endif

int
ind_region_count(void)
{
	return IND_REGION_N_ROWS;
}

const IndRegionInfo *
ind_region_get(int i)
{
	if (i < 0 || i >= IND_REGION_N_ROWS)
		return NULL;
	return &ind_region_rows[i];
}

int
ind_region_find(const char *code)
{
	int			lo = 0,
				hi = IND_REGION_N_ROWS - 1;

	if (code == NULL)
		return -1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			r = ind_region_by_code[mid];
		int			c = strcmp(ind_region_rows[r].code, code);

		if (c == 0)
			return r;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

const char *
ind_region_level_name(IndRegionLevel level)
{
	switch (level)
	{
		case IND_REGION_PROVINCE:
			return "province";
		case IND_REGION_CITY:
			return "city";
		case IND_REGION_COUNTY:
			return "county";
	}
	return "county";
}

bool
ind_region_is_under(int row, int anc)
{
	int			p;

	if (row < 0 || row >= IND_REGION_N_ROWS)
		return false;
	for (p = ind_region_parent[row]; p >= 0; p = ind_region_parent[p])
		if (p == anc)
			return true;
	return false;
}

/* Is some ancestor of row flagged in mentioned[]? */
static bool
under_mentioned(int row, const unsigned char *mentioned)
{
	int			p;

	if (mentioned == NULL)
		return false;			/* nothing mentioned yet */
	for (p = ind_region_parent[row]; p >= 0; p = ind_region_parent[p])
		if (mentioned[p])
			return true;
	return false;
}

/* The simplified character the keys use for cp (cp itself if none). */
static uint32_t
fold_cp(uint32_t cp)
{
	int			lo = 0,
				hi = (int) IND_REGION_N_FOLD - 1;

	/* the table only holds Han characters */
	if (cp < 0x3400)
		return cp;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (ind_region_fold[mid][0] == cp)
			return ind_region_fold[mid][1];
		if (ind_region_fold[mid][0] < cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return cp;
}

/*
 * One bit per BMP code point that begins some key, made from the root's
 * edges at the first scan of a backend.  Most Han characters of a text
 * begin none, and the bit spares them the binary search over the root's
 * thousands of edges.
 */
static uint8_t first_bits[8192];
static bool first_bits_ready = false;

/*
 * The root's child for each BMP code point, plus one (0: none), made at the
 * same time: the first step of every walk is then one load instead of a
 * binary search over thousands of edges.  Static storage, so it outlives
 * any memory context.
 */
static int32_t root_child[0x10000];

/*
 * A bit per hash of the first two characters of the keys, made at the same
 * time.  Most characters that begin some key (人 民 中 ...) stand before one
 * that continues none, and a clear bit says so without the walk.
 */
#define PAIR_BITS 17
static uint8_t pair_bits[(1 << PAIR_BITS) / 8];

/* A bit per BMP code point that is a key by itself (both bitmaps stay in cache) */
static uint8_t single_bits[8192];

/*
 * Is some key one character long, or does one begin outside the BMP?  The
 * gazetteer has neither (names and short names are two characters or more,
 * all Han of the BMP), and then the pair's bit alone says whether a key can
 * start at a character: the scan's inner loop tests only that.
 */
static bool short_or_astral_keys = false;

static inline uint32_t
pair_hash(uint32_t a, uint32_t b)
{
	return ((a << 7) ^ b) & ((1u << PAIR_BITS) - 1);
}

/* The child of node along cp, or -1. */
static int
trie_child(uint32_t node, uint32_t cp)
{
	const IndRegionNode *n = &ind_region_nodes[node];
	int			lo = 0,
				hi = (int) n->n_edges - 1;

	if (node == 0 && cp < 0x10000 && first_bits_ready)
		return root_child[cp] - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		const IndRegionEdge *e = &ind_region_edges[n->first_edge + mid];

		if (e->cp == cp)
			return (int) e->child;
		if (e->cp < cp)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}


static bool
may_start_key(uint32_t c)
{
	if (!first_bits_ready)
	{
		const IndRegionNode *root = &ind_region_nodes[0];
		uint32_t	k;

		for (k = 0; k < root->n_edges; k++)
		{
			uint32_t	e = ind_region_edges[root->first_edge + k].cp;
			const IndRegionNode *c1 =
				&ind_region_nodes[ind_region_edges[root->first_edge + k].child];
			uint32_t	j;

			if (e < 0x10000)
			{
				first_bits[e >> 3] |= (uint8_t) (1 << (e & 7));
				root_child[e] = (int32_t) ind_region_edges[root->first_edge + k].child + 1;
				if (c1->key >= 0)
					single_bits[e >> 3] |= (uint8_t) (1 << (e & 7));
			}
			if (e >= 0x10000 || c1->key >= 0)
				short_or_astral_keys = true;
			for (j = 0; j < c1->n_edges; j++)
			{
				uint32_t	h = pair_hash(e, ind_region_edges[c1->first_edge + j].cp);

				pair_bits[h >> 3] |= (uint8_t) (1 << (h & 7));
			}
		}
		first_bits_ready = true;
	}
	if (c >= 0x10000)
		return true;
	return (first_bits[c >> 3] & (1 << (c & 7))) != 0;
}

/*
 * Can a key start at cp[i], whose first character begins some key?  Only
 * if that character is a key itself or the next one continues it; false
 * exactly where trie_walk would find nothing.
 */
static inline bool
may_start_pair(const uint32_t *cp, int n, int i)
{
	uint32_t	c = cp[i];
	uint32_t	h;

	if (c >= 0x10000 || (single_bits[c >> 3] & (1 << (c & 7))))
		return true;
	if (i + 1 >= n)
		return false;
	h = pair_hash(c, cp[i + 1]);
	return (pair_bits[h >> 3] & (1 << (h & 7))) != 0;
}

/*
 * The first i' in [i, lim) at which may_start_pair holds, else lim, when
 * no key is shorter than two characters or begins outside the BMP: then the
 * pair's bit is the whole test, each character is loaded once, and the last
 * character of the text (lim == n) starts no key.  This loop runs over
 * every character the region scans read and passes few of them.
 */
static int
skip_no_pair(const uint32_t *cp, int n, int i, int lim)
{
	int			pl = lim < n - 1 ? lim : n - 1;
	uint32_t	a;

	if (i >= pl)
		return lim;
	a = cp[i];
	for (; i < pl; i++)
	{
		uint32_t	b = cp[i + 1];
		uint32_t	h = pair_hash(a, b);

		if (pair_bits[h >> 3] & (1 << (h & 7)))
			return i;
		a = b;
	}
	return lim;
}

/*
 * Keys starting at cp[i]: their indexes go to hits[], shortest first.
 * Returns the count.
 */
static int
trie_walk(const uint32_t *cp, int n, int i, int *hits)
{
	int			node = 0;
	int			nhits = 0;
	int			j;

	for (j = i; j < n && j - i < IND_REGION_MAX_KEY; j++)
	{
		node = trie_child((uint32_t) node, cp[j]);
		if (node < 0)
			break;
		if (ind_region_nodes[node].key >= 0 && nhits < MAX_HITS)
			hits[nhits++] = ind_region_nodes[node].key;
	}
	return nhits;
}

/*
 * Characters that, after a two-character name ending in 县, make 县 the
 * start of a word rather than a suffix: 完成县级 is no 成县, 市和县域 no 和县.
 * Both scripts, since the fold table only covers the keys' characters.
 */
static bool
xian_word_follows(uint32_t c)
{
	static const uint32_t follow[] = {
		0x7EA7, 0x7D1A,			/* 级 級 */
		0x57DF,					/* 域 */
		0x59D4,					/* 委 */
		0x57CE,					/* 城 */
		0x533A, 0x5340,			/* 区 區 */
		0x957F, 0x9577,			/* 长 長 */
		0x4E61, 0x9109,			/* 乡 鄉 */
		0x9547, 0x93AE,			/* 镇 鎮 */
		0x91CC, 0x88E1,			/* 里 裡 */
		0x5185, 0x5167,			/* 内 內 */
		0x5916,					/* 外 */
		0x76F4,					/* 直 */
		0x5C5E, 0x5C6C,			/* 属 屬 */
		0x5E02,					/* 市 */
		0x653F,					/* 政 */
		0x60C5,					/* 情 */
		0x5883,					/* 境 */
		0x5FD7, 0x8A8C,			/* 志 誌 */
	};
	size_t		k;

	for (k = 0; k < sizeof(follow) / sizeof(follow[0]); k++)
		if (follow[k] == c)
			return true;
	return false;
}

#define RESOLVE_REJECT	(-2)
#define RESOLVE_AMBIG	(-1)

/*
 * Which row key k at position i names, RESOLVE_AMBIG for a full name shared
 * by several rows that nothing tells apart, RESOLVE_REJECT for no mention.
 * adjacent is the row of a mention ending right at i, or -1; next is the
 * character after the key (0 at the end).
 */
static int
resolve(int k, int adjacent, uint32_t next, const unsigned char *mentioned,
		int *first_cand)
{
	const IndRegionKey *key = &ind_region_keys[k];
	int			c[256];
	int			n = 0;
	int			m;
	int			j;
	bool		any_full = false;
	IndRegionLevel best;

	*first_cand = -1;
	if (key->n_cands == 0)
		return RESOLVE_REJECT;	/* a scope word */

	for (j = 0; j < key->n_cands; j++)
		if (ind_region_cands[key->first_cand + j].full)
			any_full = true;
	for (j = 0; j < key->n_cands; j++)
	{
		const IndRegionCand *cd = &ind_region_cands[key->first_cand + j];

		if (!any_full || cd->full)
			c[n++] = cd->row;
	}

	if (key->len == 2 && any_full &&
		strcmp(ind_region_rows[c[0]].name + strlen(ind_region_rows[c[0]].name) - 3,
			   "\xE5\x8E\xBF") == 0 &&	/* 县 */
		xian_word_follows(next))
		return RESOLVE_REJECT;

	/* rows under the mention right before: 安徽亳州, 北京朝阳 */
	if (adjacent >= 0)
	{
		for (m = 0, j = 0; j < n; j++)
			if (ind_region_is_under(c[j], adjacent))
				c[m++] = c[j];
		if (m > 0)
			n = m;
		else if (key->flags & IND_RKEY_STOP)
			return RESOLVE_REJECT;
	}
	else if (key->flags & IND_RKEY_STOP)
		return RESOLVE_REJECT;

	/* the highest level */
	best = IND_REGION_COUNTY;
	for (j = 0; j < n; j++)
		if (ind_region_rows[c[j]].level < best)
			best = ind_region_rows[c[j]].level;
	for (m = 0, j = 0; j < n; j++)
		if (ind_region_rows[c[j]].level == best)
			c[m++] = c[j];
	n = m;

	/* rows under a region mentioned earlier */
	if (n > 1)
	{
		for (m = 0, j = 0; j < n; j++)
			if (under_mentioned(c[j], mentioned))
				c[m++] = c[j];
		if (m > 0)
			n = m;
	}

	*first_cand = c[0];
	if (n == 1)
		return c[0];
	return any_full ? RESOLVE_AMBIG : RESOLVE_REJECT;
}

int
ind_region_scan(const char *s, size_t len, int context_row,
				IndRegionMatch **out)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;
	uint32_t   *cp;
	size_t	   *boff;
	int			nres;
	int			n = 0;
	size_t		next_check = IND_INTERRUPT_STRIDE;

	cp = ind_alloc((len + 1) * sizeof(uint32_t));
	boff = ind_alloc((len + 1) * sizeof(size_t));
	while (p < end)
	{
		int			l;
		uint32_t	c = utf8_decode(p, end, &l);

		boff[n] = (size_t) (p - (const unsigned char *) s);
		cp[n++] = fold_cp(c);
		p += l;
		if (boff[n - 1] >= next_check)
		{
			ind_check_interrupts();
			next_check += IND_INTERRUPT_STRIDE;
		}
	}
	boff[n] = len;

	nres = ind_region_scan_cp(cp, n, boff, context_row, out);
	ind_free(boff);
	ind_free(cp);
	return nres;
}

int
ind_region_scan_cp(const uint32_t *cp, int n, const size_t *boff,
				   int context_row, IndRegionMatch **out)
{
	unsigned char *mentioned;
	IndRegionMatch *res = NULL;
	int			nres = 0,
				cap = 0;
	int			i;
	int			prev_end = -1,
				prev_row = -1;
	int			next_check = IND_INTERRUPT_STRIDE;

	*out = NULL;

	/*
	 * The flags of mentioned rows are made at the first mention: most texts
	 * the metric layer hands over (a clause) mention none.
	 */
	mentioned = NULL;
	if (context_row >= 0 && context_row < IND_REGION_N_ROWS)
	{
		mentioned = ind_alloc(IND_REGION_N_ROWS);
		memset(mentioned, 0, IND_REGION_N_ROWS);
		mentioned[context_row] = 1;
	}

	if (!first_bits_ready)
		(void) may_start_key(0);	/* builds the bitmaps */
	i = 0;
	while (i < n)
	{
		int			hits[MAX_HITS];
		int			nhits;
		int			h;
		bool		done = false;

		if (i >= next_check)
		{
			ind_check_interrupts();
			next_check += IND_INTERRUPT_STRIDE;
		}
		/*
		 * No key starts with anything but a Han character.  The two
		 * characters' bitmaps go first: most Han characters begin some key,
		 * so that a test of the first alone mostly passes and only costs a
		 * mispredicted branch.
		 */
		if (!may_start_pair(cp, n, i))
		{
			/* a tight loop over the characters where no key starts */
			int			lim = n < next_check ? n : next_check;

			if (!short_or_astral_keys)
				i = skip_no_pair(cp, n, i + 1, lim);
			else
				while (++i < lim && !may_start_pair(cp, n, i))
					;
			continue;
		}
		if (!utf8_is_han(cp[i]) || !may_start_key(cp[i]) ||
			(nhits = trie_walk(cp, n, i, hits)) == 0)
		{
			i++;
			continue;
		}
		for (h = nhits - 1; h >= 0 && !done; h--)
		{
			const IndRegionKey *key = &ind_region_keys[hits[h]];
			int			l = key->len;
			int			row;
			int			first;

			if (key->flags & IND_RKEY_SCOPE)
			{
				/* 皖北, 珠三角: skip the word, nothing in it is a region */
				i += l;
				done = true;
				break;
			}
			row = resolve(hits[h], prev_end == i ? prev_row : -1,
						  i + l < n ? cp[i + l] : 0, mentioned, &first);
			if (row == RESOLVE_REJECT)
				continue;

			if (nres == cap)
			{
				cap = cap ? cap * 2 : 8;
				res = res ? ind_realloc(res, cap * sizeof(IndRegionMatch))
					: ind_alloc(cap * sizeof(IndRegionMatch));
			}
			res[nres].start = i;
			res[nres].end = i + l;
			res[nres].byte_start = boff ? boff[i] : 0;
			res[nres].byte_end = boff ? boff[i + l] : 0;
			res[nres].row = row;
			res[nres].code = row >= 0 ? ind_region_rows[row].code : NULL;
			res[nres].name = ind_region_rows[first].name;
			res[nres].level = ind_region_rows[first].level;
			nres++;
			if (row >= 0)
			{
				if (mentioned == NULL)
				{
					mentioned = ind_alloc(IND_REGION_N_ROWS);
					memset(mentioned, 0, IND_REGION_N_ROWS);
				}
				mentioned[row] = 1;
			}
			prev_row = row;
			prev_end = i + l;
			i += l;
			done = true;
		}
		if (!done)
			i++;
	}

	ind_free(mentioned);
	*out = res;
	return nres;
}

bool
ind_region_home_city(const char *s, size_t len, IndRegionMatch *out)
{
	IndRegionMatch *m;
	int			n = ind_region_scan(s, len, -1, &m);
	int			j;
	bool		found = false;

	for (j = 0; j < n && !found; j++)
	{
		const char *name;
		size_t		nl;

		if (m[j].row < 0)
			continue;
		name = ind_region_rows[m[j].row].name;
		nl = strlen(name);
		/* 市: a city at any level; 全市 never means a 州, 盟 or 县 */
		if (nl >= 3 && strcmp(name + nl - 3, "\xE5\xB8\x82") == 0)
		{
			*out = m[j];
			found = true;
		}
	}
	ind_free(m);
	return found;
}

size_t
ind_region_scope_word(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;
	int			node = 0;
	size_t		best = 0;
	int			steps;

	for (steps = 0; p < end && steps < IND_REGION_MAX_KEY; steps++)
	{
		int			l;
		uint32_t	c = fold_cp(utf8_decode(p, end, &l));

		node = trie_child((uint32_t) node, c);
		if (node < 0)
			break;
		p += l;
		if (ind_region_nodes[node].key >= 0 &&
			(ind_region_keys[ind_region_nodes[node].key].flags & IND_RKEY_SCOPE))
			best = (size_t) (p - (const unsigned char *) s);
	}
	return best;
}
