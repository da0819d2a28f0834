/*
 * metric.c
 *		extract_metrics(): economic metrics from running text.
 *
 * The text is read in its normal form (textmap.c), sentence by sentence.
 * In a sentence the numbers layer finds the quantities and the periods; the
 * lexicon (src/data/indicators.tsv, src/data/measure_cues.tsv) finds
 * indicator names and the cue words around them.  Each quantity that
 * states a fact about an indicator becomes a metric:
 *
 *	- the measure comes from the kind of the quantity (个百分点 is diff_pp,
 *	  第N位 a rank) and, for percentages and amounts, from the nearest cue
 *	  word before it in its clause (同比增长 yoy, 占 share, 新增 increase,
 *	  年产 capacity ...), else from the indicator's hint;
 *	- the indicator is the nearest one named before it in its clause, else
 *	  the one named right after it (30家...专精特新企业), else, for growth,
 *	  shares, ranks and differences, the one the sentence is about (the
 *	  spec's inheritance rule);
 *	- a figure whose subject is in no alias is kept only when the subject
 *	  ends with a noun of the measurable kinds (企业, 项目, 投资 ...): counts
 *	  of staff, times or policies are not metrics;
 *	- a period governs the figures after it until another period appears,
 *	  within the paragraph; a period without a year takes the sentence's
 *	  year, else the publication date's;
 *	- target words (力争 确保 目标 计划 预计 将 可) mark the figures after
 *	  them in their sentence or clause as targets.
 *
 * All of it is linear: each sentence is scanned a fixed number of times,
 * and the per-quantity look-backs stay inside one clause.
 */
#include <string.h>

#include "core_env.h"
#include "cpscan.h"
#include "lexicon.h"
#include "metric.h"
#include "region.h"
#include "textmap.h"
#include "utf8.h"

#include "metric_lexicon.h"

/* Characters in a sentence before it is cut at a clause boundary. */
#define MAX_SENTENCE 1000

#define N_ALIASES ((int) (sizeof(ind_indicator_aliases) / sizeof(ind_indicator_aliases[0])))
#define N_CUES ((int) (sizeof(ind_cue_words) / sizeof(ind_cue_words[0])))

/* A word found in a sentence: indicator alias or cue. */
typedef struct Mention
{
	int			start;			/* sentence-relative code-point offsets */
	int			end;
	int			tag;			/* indicator index (or -1 - extra index),
								 * or cue role */
} Mention;

typedef struct MentionList
{
	Mention    *m;
	int			n;
	int			cap;
} MentionList;

/* What carries from sentence to sentence within a paragraph. */
typedef struct ParagraphState
{
	bool		has_period;
	IndPeriod	period;
	char	   *period_label;	/* label_buf or NULL */
	/* carried_region's reading of the sentence that 分号 cut into parts */
	int			carry_from;		/* its start, or -1 */
	int			carry_upto;		/* read up to here */
	const char *carry_name;		/* gazetteer strings, not owned */
	const char *carry_code;
	char	   *label_buf;		/* owned: where period_label is written */
	size_t		label_cap;
} ParagraphState;

/*
 * Buffers of process_sentence kept from one sentence to the next, so that
 * a sentence allocates only what it gives out.
 */
typedef struct SentenceScratch
{
	MentionList indicators;
	MentionList cues;
	char	   *covered;
	int			covered_cap;
	int		   *respective;
	int			respective_cap;
} SentenceScratch;

typedef struct MetricList
{
	IndMetric  *m;
	int			n;
	int			cap;
} MetricList;

static void
mention_add(MentionList *l, int start, int end, int tag)
{
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 16;
		l->m = ind_realloc(l->m, sizeof(Mention) * l->cap);
	}
	l->m[l->n].start = start;
	l->m[l->n].end = end;
	l->m[l->n].tag = tag;
	l->n++;
}

/*
 * strcmp() == 0 against a word of the code (kinds, measures, units): most
 * comparisons fail on the first byte, decided here without the call.
 */
static inline bool
str_eq(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* cp[0..n) as UTF-8 into s, which has room for 4 * n + 1 bytes */
static char *
utf8_into(char *s, const uint32_t *cp, int n)
{
	int			o = 0;
	int			i;

	for (i = 0; i < n; i++)
		o += utf8_encode(cp[i], (unsigned char *) s + o);
	s[o] = '\0';
	return s;
}

static char *
utf8_of(const uint32_t *cp, int n)
{
	return utf8_into(ind_alloc(4 * (size_t) n + 1), cp, n);
}

static char *
dup_str(const char *s)
{
	size_t		n = strlen(s);
	char	   *d = ind_alloc(n + 1);

	memcpy(d, s, n + 1);
	return d;
}

/*
 * Without a branch on the class of c (ASCII, full-width comma folded to
 * ',' and Han alternate at random in Chinese text): only the rare answer
 * true is a branch taken in the loops that call this.
 */
static const bool ascii_sentence_end[128] = {
	['\n'] = true, ['!'] = true, ['?'] = true, [';'] = true
};

static inline bool
is_sentence_end(uint32_t c)
{
	return (c == 0x3002) | ((c < 128) & ascii_sentence_end[c & 127]);
}

static inline bool
is_clause_end(uint32_t c)
{
	return c <= 0x3002 &&
		(c == ',' || c == 0x3001 || c == ':' || is_sentence_end(c));
}

static inline bool
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == 0xA0;
}

/*
 * Where an overlong sentence without clause boundaries may still be cut
 * without splitting a word or a figure: spaces, brackets and quotes.
 */
static bool
is_soft_break(uint32_t c)
{
	return is_space(c) || c == '(' || c == ')' || c == '[' || c == ']' ||
		c == 0x3010 || c == 0x3011 ||	/* 【】 */
		c == 0x300A || c == 0x300B ||	/* 《》 */
		c == 0x201C || c == 0x201D;		/* “” */
}

/*
 * Is c a word that cannot form a compound with the noun after it, so that
 * an alias marked * (standalone only) still stands alone after it: 将在广西
 * 投资 has 在, 计划在未来五年内投资 has 内, 民间投资 has no such word.
 */
static bool
function_word(uint32_t c)
{
	switch (c)
	{
		case 0x5728:			/* 在 */
		case 0x5185:			/* 内 */
		case 0x5C06:			/* 将 */
		case 0x62DF:			/* 拟 */
		case 0x518D:			/* 再 */
		case 0x5DF2:			/* 已 */
		case 0x8981:			/* 要 */
		case 0x5212:			/* 划 (计划投资) */
			return true;
		default:
			return false;
	}
}

/* Does the extra (user) alias, UTF-8, start at cp[0..n)?  Its length. */
static int
extra_alias_at(const char *alias, const uint32_t *cp, int n)
{
	const unsigned char *a = (const unsigned char *) alias;
	const unsigned char *end = a + strlen(alias);
	int			k = 0;

	while (a < end)
	{
		int			l;
		uint32_t	c = utf8_decode(a, end, &l);

		if (k >= n || cp[k] != c)
			return 0;
		a += l;
		k++;
	}
	return k;
}

/*
 * For each BMP code point that begins an alias (a cue word), the index of
 * the first such alias plus one, else 0: made on first use from the sorted
 * lists and their first-character bitmaps, it replaces the binary search
 * where the bitmap (small enough to stay in cache) lets a character pass.
 */
static uint16_t alias_from[0x10000];
static uint16_t cue_from[0x10000];
static bool lex_from_ready = false;

/*
 * A bit per BMP code point that is an alias or a cue word by itself, and a
 * bit per hash of the first two code points of the longer ones: a clear
 * bit in both says that no word starts at a character, and is clear far
 * more often than a bit of the first character alone, so that the branch
 * on it is seldom mispredicted.
 */
#define WORD_PAIR_BITS 17
static uint8_t word_single[0x10000 / 8];
static uint8_t word_pair[(1 << WORD_PAIR_BITS) / 8];

static inline uint32_t
word_pair_hash(uint32_t a, uint32_t b)
{
	return ((a << 7) ^ b) & ((1u << WORD_PAIR_BITS) - 1);
}

/*
 * The same test with one lookup per character: a slot per BMP code point
 * that begins an alias or a cue word (0: none), and per slot a bit for each
 * second character of its longer words, by the character's low six bits
 * (all bits when it is a word by itself).  Made with the bitmaps; if more
 * than 255 characters begin words, word_may_start alone is used.
 */
static uint8_t word_first_slot[0x10000];
static uint64_t word_second[256];
static int	n_word_slots = 0;
static bool word_slots_full = false;

static void
word_first_add(const IndLexWord *w)
{
	int			slot = word_first_slot[w->cp[0]];

	if (slot == 0 && n_word_slots < 255)
		slot = word_first_slot[w->cp[0]] = (uint8_t) ++n_word_slots;
	if (slot == 0)
		word_slots_full = true;
	else
		word_second[slot] |= w->len == 1 ? ~(uint64_t) 0 :
			(uint64_t) 1 << (w->cp[1] & 63);
	if (w->len == 1)
		word_single[w->cp[0] >> 3] |= (uint8_t) (1 << (w->cp[0] & 7));
	else
	{
		uint32_t	h = word_pair_hash(w->cp[0], w->cp[1]);

		word_pair[h >> 3] |= (uint8_t) (1 << (h & 7));
	}
}

/* Can an alias or a cue word start at cp[i]? */
static inline bool
word_may_start(const uint32_t *cp, int n, int i)
{
	uint32_t	c = cp[i];
	uint32_t	h;

	if (c >= 0x10000)
		return false;
	if (word_single[c >> 3] & (1 << (c & 7)))
		return true;
	if (i + 1 >= n)
		return false;
	h = word_pair_hash(c, cp[i + 1]);
	return (word_pair[h >> 3] & (1 << (h & 7))) != 0;
}

/*
 * The first i' >= i outside quantities and periods (covered) at which
 * word_may_start may hold, else n: the loop over every character of the
 * sentences with figures, which few pass.
 */
static int
next_word_start(const uint32_t *cp, int n, const char *covered, int i)
{
	uint32_t	a;

	if (word_slots_full)
	{
		while (i < n && (covered[i] || !word_may_start(cp, n, i)))
			i++;
		return i;
	}
	if (i >= n)
		return n;
	for (a = cp[i]; i + 1 < n; i++)
	{
		uint32_t	b = cp[i + 1];

		/* a code point outside the BMP shares its low 16 bits' slot */
		if (((word_second[word_first_slot[a & 0xFFFF]] >> (b & 63)) & 1) &&
			a < 0x10000 && !covered[i])
			return i;
		a = b;
	}
	/* the last character: only a word by itself */
	if (!covered[i] && word_may_start(cp, n, i))
		return i;
	return n;
}

static void
lex_from_build(void)
{
	int			i;

	for (i = N_ALIASES - 1; i >= 0; i--)
	{
		uint32_t	c = ind_indicator_aliases[i].cp[0];

		if (ind_lex_may_start(ind_indicator_aliases_first, c))
		{
			alias_from[c] = (uint16_t) (i + 1);
			word_first_add(&ind_indicator_aliases[i]);
		}
	}
	for (i = N_CUES - 1; i >= 0; i--)
	{
		uint32_t	c = ind_cue_words[i].cp[0];

		if (ind_lex_may_start(ind_cue_words_first, c))
		{
			cue_from[c] = (uint16_t) (i + 1);
			word_first_add(&ind_cue_words[i]);
		}
	}
	lex_from_ready = true;
}

/* Find indicator aliases and cue words, outside quantities and periods. */
static void
find_mentions(const uint32_t *cp, int n, const char *covered,
			  const IndMetricContext *ctx,
			  MentionList *indicators, MentionList *cues)
{
	int			i = 0;

	if (!lex_from_ready)
		lex_from_build();
	while (i < n)
	{
		int			best_len = 0;
		int			best_tag = 0;
		int			j;

		if (ctx->n_extra == 0)
		{
			/* past what begins no word: the usual case */
			i = next_word_start(cp, n, covered, i);
			if (i == n)
				break;
		}
		else if (covered[i])
		{
			i++;
			continue;
		}
		for (j = 0; j < ctx->n_extra; j++)
		{
			int			l = extra_alias_at(ctx->extra_alias[j], cp + i, n - i);

			if (l > best_len)
			{
				best_len = l;
				best_tag = -1 - j;
			}
		}
		j = ind_lex_may_start(ind_indicator_aliases_first, cp[i]) && alias_from[cp[i]] ?
			ind_lex_match_from(ind_indicator_aliases, N_ALIASES,
							   alias_from[cp[i]] - 1, cp + i, n - i) : -1;
		if (j >= 0 && ind_indicator_aliases[j].len > best_len &&
			!((ind_indicator_aliases[j].tag & 0x80) && i > 0 && utf8_is_han(cp[i - 1]) &&
			  !function_word(cp[i - 1])))
		{
			best_len = ind_indicator_aliases[j].len;
			best_tag = ind_indicator_aliases[j].tag & 0x7F;
		}
		if (best_len > 0)
		{
			mention_add(indicators, i, i + best_len, best_tag);
			i += best_len;
			continue;
		}
		j = ind_lex_may_start(ind_cue_words_first, cp[i]) && cue_from[cp[i]] ?
			ind_lex_match_from(ind_cue_words, N_CUES, cue_from[cp[i]] - 1,
							   cp + i, n - i) : -1;
		if (j >= 0)
		{
			mention_add(cues, i, i + ind_cue_words[j].len, ind_cue_words[j].tag);
			i += ind_cue_words[j].len;
			continue;
		}
		i++;
	}
}

/* The last cue of one of the roles (a bit set) inside [from, to). */
static const Mention *
last_cue(const MentionList *cues, int from, int to, unsigned roles)
{
	const Mention *best = NULL;
	int			i;

	for (i = 0; i < cues->n; i++)
	{
		const Mention *c = &cues->m[i];

		if (c->start >= from && c->end <= to && (roles & (1u << c->tag)))
			best = c;
	}
	return best;
}

#define ROLE(r) (1u << (r))

static const char *
indicator_name(const IndMetricContext *ctx, int tag)
{
	return tag >= 0 ? ind_indicator_names[tag] : ctx->extra_indicator[-1 - tag];
}

/* Does the indicator count things (规模以上工业企业, 快递业务量)? */
static bool
kind_counts(const IndMetricContext *ctx, int tag)
{
	const char *name = indicator_name(ctx, tag);
	size_t		l = strlen(name);

	return tag >= 0 &&
		((l >= 6 && str_eq(name + l - 6, "企业")) ||
		 (l >= 3 && str_eq(name + l - 3, "量")));
}

/*
 * Can a figure of this kind be about this indicator?  A count is only of
 * an indicator that counts enterprises (规模以上工业企业, 专精特新企业) or a
 * volume (快递业务量 73.8亿件); user indicators take anything.
 */
static bool
kind_fits(const IndMetricContext *ctx, int tag, const IndQuantity *q)
{
	const char *name;
	size_t		l;

	if (q->base_unit == NULL || !str_eq(q->base_unit, "count") || tag < 0)
		return true;
	name = indicator_name(ctx, tag);
	l = strlen(name);
	return kind_counts(ctx, tag) ||
		(l >= 6 && str_eq(name + l - 6, "就业"));
}


static const char *
indicator_hint(int tag)
{
	return tag >= 0 ? ind_indicator_hints[tag] : "value";
}

/*
 * The measurable nouns (企业, 项目 ...) of the cue list, gathered on first
 * use: the subject tests below run for most figures, and walking the whole
 * cue list for its few nouns was a good part of their cost.
 */
static const IndLexWord *nouns[N_CUES];
static int	n_nouns = -1;
static uint8_t noun_last[0x10000 / 8];	/* a bit per last character */

/*
 * The nouns chained on their last character, so that a subject is tried
 * against the few that end as it does: noun_chain[h] is the first index,
 * noun_next[i] the next of the same hash, -1 ending a chain.
 */
#define NOUN_CHAINS 256
static int16_t noun_chain[NOUN_CHAINS];
static int16_t noun_next[N_CUES];

static void
nouns_build(void)
{
	int			i;
	int			k = 0;

	for (i = 0; i < NOUN_CHAINS; i++)
		noun_chain[i] = -1;
	for (i = 0; i < N_CUES; i++)
		if (ind_cue_words[i].tag == CUE_NOUN)
		{
			const IndLexWord *w = &ind_cue_words[i];
			uint32_t	c = w->cp[w->len - 1];

			nouns[k] = w;
			noun_next[k] = noun_chain[c % NOUN_CHAINS];
			noun_chain[c % NOUN_CHAINS] = (int16_t) k;
			k++;
			if (c < 0x10000)
				noun_last[c >> 3] |= (uint8_t) (1 << (c & 7));
		}
	n_nouns = k;
}

/* Does the subject end with one of the measurable nouns? */
static bool
ends_with_noun(const uint32_t *cp, int n)
{
	int			i;

	if (n_nouns < 0)
		nouns_build();
	if (n <= 0)
		return false;
	if (cp[n - 1] < 0x10000 && !ind_lex_may_start(noun_last, cp[n - 1]))
		return false;
	for (i = noun_chain[cp[n - 1] % NOUN_CHAINS]; i >= 0; i = noun_next[i])
	{
		const IndLexWord *w = nouns[i];

		if (w->cp[w->len - 1] == cp[n - 1] && w->len <= n &&
			memcmp(cp + n - w->len, w->cp, sizeof(uint32_t) * w->len) == 0)
			return true;
	}
	return false;
}

/*
 * The subject's text: cp[s..e) without the filler verbs and periods inside
 * it (陶瓷产业1-4月实现产值 -> 陶瓷产业产值).
 */
static char *
subject_text(const uint32_t *cp, int s, int e, const MentionList *cues,
			 const IndPeriod *ps, int np)
{
	char	   *out = ind_alloc(4 * (size_t) (e > s ? e - s : 0) + 1);
	int			o = 0;
	int			i = s;

	while (i < e)
	{
		int			skip = 0;
		int			j;

		for (j = 0; j < cues->n && !skip; j++)
			if (cues->m[j].start == i && cues->m[j].tag == CUE_FILLER &&
				cues->m[j].end <= e)
				skip = cues->m[j].end - i;
		for (j = 0; j < np && !skip; j++)
			if (ps[j].start == i && ps[j].end <= e)
				skip = ps[j].end - i;
		if (skip)
		{
			i += skip;
			continue;
		}
		/* curly quotes as the contract writes them: 专精特新"小巨人"企业 */
		if (cp[i] == 0x201C || cp[i] == 0x201D)
			out[o++] = '"';
		else
			o += utf8_encode(cp[i], (unsigned char *) out + o);
		i++;
	}
	out[o] = '\0';
	return out;
}

/* Is the subject just one of the nouns (企业, 项目): too general to report? */
static bool
is_bare_noun(const uint32_t *cp, int n)
{
	int			i;

	if (n_nouns < 0)
		nouns_build();
	if (n <= 0)
		return false;
	if (cp[n - 1] < 0x10000 && !ind_lex_may_start(noun_last, cp[n - 1]))
		return false;
	/* only the nouns of its last character and its length can match */
	for (i = noun_chain[cp[n - 1] % NOUN_CHAINS]; i >= 0; i = noun_next[i])
	{
		const IndLexWord *w = nouns[i];

		if (w->len == n && memcmp(cp, w->cp, sizeof(uint32_t) * n) == 0)
			return true;
	}
	return false;
}

/*
 * The subject read after a figure: from its end up to the clause's end, the
 * next figure or a verb; it must begin with a Han character.
 */
static void
subject_after(const uint32_t *cp, int from, int to, const MentionList *cues,
			  int *s, int *e)
{
	int			i;

	*s = *e = from;
	if (from >= to || !utf8_is_han(cp[from]))
		return;
	/* 的 after a count is "of" (3家的 ...); 和 及 与 等 start no subject */
	if (cp[from] == 0x7684 || cp[from] == 0x548C || cp[from] == 0x53CA ||
		cp[from] == 0x4E0E || cp[from] == 0x7B49)
		return;
	for (i = 0; i < cues->n; i++)
	{
		const Mention *c = &cues->m[i];

		if ((c->tag == CUE_VERB || c->tag == CUE_FILLER) && c->start > from && c->start < to)
			to = c->start;
	}
	/*
	 * 20多家企业的园区: what is counted ends before a 的 that follows a
	 * measurable noun (but 10个纳入省重点调度的工业项目 goes on)
	 */
	for (i = from; i < to && !is_space(cp[i]); i++)
		if (cp[i] == 0x7684 && i > from && ends_with_noun(cp + from, i - from) &&
			!(i - from == 2 && cp[from] == 0x89C4 && cp[from + 1] == 0x6A21))
			break;				/* (600亿元规模的基金: the size, read later) */
	*e = i;
}

/* Length of a cue of the role starting at pos, or 0. */
static int
cue_at(const MentionList *cues, int pos, int role)
{
	int			i;

	for (i = 0; i < cues->n; i++)
		if (cues->m[i].start == pos && cues->m[i].tag == role)
			return cues->m[i].end - cues->m[i].start;
	return 0;
}

/*
 * Is the cue a word that joins or is part of a name rather than a verb
 * before one: 卫星导航与位置服务产值, 用于“两个确保”和城市“低保”的资金,
 * 一般公共预算支出 (共)?  Inside a subject these do not cut it.
 */
static bool
joining_word(const uint32_t *cp, const Mention *c)
{
	uint32_t	w = cp[c->start];

	/* (等 ends a list and cuts: 新材料等战略性新兴产业增加值) */
	return c->end - c->start == 1 &&
		(w == 0x548C || w == 0x53CA || w == 0x4E0E ||	/* 和 及 与 */
		 (w == 0x5171 && c->start > 0 && cp[c->start - 1] == 0x516C));	/* 公共 */
}

/*
 * The subject read before a figure: the clause's text before it, without
 * cue words and verbs at its end and scope words at its start.
 */
static void
subject_before(const uint32_t *cp, int from, int to, const MentionList *cues,
			   const IndPeriod *ps, int np, int *s, int *e)
{
	bool		changed = true;
	int			i;

	while (changed)
	{
		changed = false;
		/* 增长了43%: the particle belongs to the verb */
		while (to > from && (is_space(cp[to - 1]) || cp[to - 1] == 0x4E86))
			to--;
		while (from < to && is_space(cp[from]))
			from++;
		for (i = 0; i < np; i++)
			if (ps[i].start == from && ps[i].end <= to)
			{
				from = ps[i].end;
				changed = true;
			}
		for (i = 0; i < cues->n; i++)
		{
			const Mention *c = &cues->m[i];

			if (c->end == to && c->start >= from && c->tag != CUE_NOUN)
			{
				to = c->start;
				changed = true;
			}
			else if (c->start == from && c->end <= to &&
					 (c->tag == CUE_SCOPE || c->tag == CUE_VERB || c->tag == CUE_FILLER ||
					  c->tag == CUE_TARGET_SENTENCE || c->tag == CUE_TARGET_CLAUSE))
			{
				from = c->end;
				changed = true;
			}
		}
	}

	/*
	 * After a cue or verb inside, when what follows is still a subject:
	 * 可形成年产碳酸锂 -> 碳酸锂, 企业获得融资担保贷款 -> 融资担保贷款.
	 */
	for (i = 0; i < cues->n; i++)
	{
		const Mention *c = &cues->m[i];

		if (c->start < from || c->end >= to)
			continue;
		if (c->tag == CUE_CAPACITY || c->tag == CUE_INCREASE)
		{
			int			f = c->end;

			/* 碳酸锂产能达到每年: nothing after the cue, the subject is before */
			while (f < to && (is_space(cp[f]) || cue_at(cues, f, CUE_FILLER) ||
							  (cp[f] == 0x6BCF && f + 1 < to && cp[f + 1] == 0x5E74)))
				f += cue_at(cues, f, CUE_FILLER) ? cue_at(cues, f, CUE_FILLER) :
					(cp[f] == 0x6BCF ? 2 : 1);	/* 每年 */
			if (f + 1 < to)
				from = c->end;	/* 年产30万吨再生铝 (年产量: 量 is no product) */
			else if (c->start > from)
				to = c->start;
		}
		else if (c->tag == CUE_VERB && !joining_word(cp, c) &&
				 ends_with_noun(cp + c->end, to - c->end) &&
				 !is_bare_noun(cp + c->end, to - c->end))
			from = c->end;
	}
	*s = from;
	*e = to;
}

/*
 * The end of an actor that opens a subject (国铁集团, 某公司, 中央财政), or
 * from when there is none.  The actor must leave text after it.
 */
static int
actor_end(const uint32_t *cp, int from, int to)
{
	int			i;
	int			end = from;

	for (i = from; i + 2 < to; i++)
	{
		uint32_t	a = cp[i];
		uint32_t	b = cp[i + 1];

		if ((a == 0x96C6 && b == 0x56E2) ||	/* 集团 */
			(a == 0x516C && b == 0x53F8) ||	/* 公司 */
			(a == 0x8D22 && b == 0x653F && i >= from + 2 &&
			 cp[i - 2] == 0x4E2D && cp[i - 1] == 0x592E))	/* 中央财政 */
			end = i + 2;
	}
	return end;
}

/* Is the figure at pos the object of 对, 向 or 为 (对全市3154家企业…)? */
static bool
object_of_preposition(const uint32_t *cp, int from, int pos)
{
	int			i;

	for (i = pos - 1; i >= from && i >= pos - 4; i--)
		if (cp[i] == 0x5BF9 || cp[i] == 0x5411 || cp[i] == 0x4E3A)	/* 对 向 为 */
			return true;
	return false;
}

/* Does an indicator's mention start at pos? */
static bool
indicator_at(const MentionList *indicators, int pos)
{
	int			i;

	for (i = 0; i < indicators->n; i++)
		if (indicators->m[i].start == pos)
			return true;
	return false;
}

/* Does cp[0..n) hold c? */
static bool
has_char(const uint32_t *cp, int n, uint32_t c)
{
	int			i;

	for (i = 0; i < n; i++)
		if (cp[i] == c)
			return true;
	return false;
}

/*
 * The clause's own subject before a relational figure, cp[from..to): what
 * is left without cue words and periods, ending with a measurable noun.
 */
static bool
own_subject(const uint32_t *cp, int from, int to, const MentionList *cues,
			const IndPeriod *ps, int np, int *s, int *e)
{
	int			i;

	subject_before(cp, from, to, cues, ps, np, s, e);
	/* after the last verb inside: 79家…企业实现产值 -> 产值 */
	for (i = 0; i < cues->n; i++)
		if (cues->m[i].start >= *s && cues->m[i].end < *e &&
			(cues->m[i].tag == CUE_VERB || cues->m[i].tag == CUE_FILLER))
			*s = cues->m[i].end;
	if (*e - *s < 2 || *e - *s > 24 || !ends_with_noun(cp + *s, *e - *s))
		return false;
	/* no figure word inside: 产量居 is cut */
	for (i = 0; i < cues->n; i++)
		if (cues->m[i].start >= *s && cues->m[i].end <= *e &&
			cues->m[i].tag != CUE_NOUN)
			return false;
	return true;
}

/* Equal strings, NULL equal to NULL only. */
static bool
same_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* The words that take a figure from a first value to a second */
static const char *const to_words[] = {
	"降至", "降到", "降为", "下降到", "下降至", "下降为", "减少到", "减少至",
	"减至", "缩小到", "缩小至", "增至", "增加到", "增加至", "增长到",
	"增长至", "增长为", "提高到", "提高至", "提升到", "提升至", "上升到",
	"上升至", "升至", "升到", "扩大到", "扩大至", "跃升至", "跃升到", "变为",
	NULL
};

/*
 * Is a the first value and b the second of a change in one clause (关税总
 * 水平从9.8%降至7.4%, 由1997年的2.54亿千瓦增加到2002年的3.53亿千瓦)?  Only
 * b is a fact; a is its base.  *from_at gets the position of 从 or 由.
 */
static bool
from_to(const uint32_t *cp, int n, int cs, const IndQuantity *a,
		const IndQuantity *b, int *from_at)
{
	int			i = a->end;
	int			w = 0;
	int			j;
	int			f;

	if (b->start <= a->end || a->start < cs || !same_str(a->base_unit, b->base_unit))
		return false;
	/* 从 or 由 first: it is rare, and the test is cheap */
	for (f = a->start - 1; f >= cs && a->start - f <= 10; f--)
	{
		if (is_clause_end(cp[f]))
			return false;
		if (cp[f] == 0x4ECE || cp[f] == 0x7531)	/* 从 由 */
			break;
	}
	if (f < cs || a->start - f > 10)
		return false;
	while (i < b->start && is_space(cp[i]))
		i++;
	if (i < b->start && cp[i] == ',')	/* 从2012年26575亿元，增长到… */
		i++;
	for (j = 0; to_words[j] != NULL && w == 0; j++)
		w = ind_lit_at(cp, n, i, to_words[j]);
	if (w == 0 || b->start - (i + w) > 10)
		return false;
	for (j = i + w; j < b->start; j++)
		if (is_clause_end(cp[j]))
			return false;
	*from_at = f;
	return true;
}

/* The rate word of a progress figure: 开工率, 整改率 (the Han run up to 率). */
static bool
rate_word(const uint32_t *cp, int from, int to, int *s, int *e)
{
	int			i;

	while (to > from && (is_space(cp[to - 1]) || cp[to - 1] == 0x8FBE ||
						 cp[to - 1] == 0x5230 || cp[to - 1] == 0x4E3A ||
						 cp[to - 1] == 0x662F))	/* 达 到 为 是 */
		to--;
	if (to <= from || cp[to - 1] != 0x7387)	/* 率 */
		return false;
	for (i = to - 1; i > from && to - i < 5 && utf8_is_han(cp[i - 1]); i--)
		;
	*s = i;
	*e = to;
	return to - i >= 2;
}

static bool
all_space(const uint32_t *cp, int from, int to)
{
	int			i;

	for (i = from; i < to; i++)
		if (!is_space(cp[i]))
			return false;
	return true;
}

/*
 * The subject cp[s..e) of figure q without the place that opens it:
 * 醴陵市陶瓷产业产值 is of 陶瓷产业产值, the place is the region.  But a
 * province names a title where the words run straight into a count
 * (安徽省企业技术中心5家), not where a verb stands between (吉林省新登记市场
 * 主体达到57.2万户).  Returns the new start.
 */
static int
without_place(const uint32_t *cp, int s, int e, const IndQuantity *q)
{
	IndRegionMatch *rm;
	int			nr;

	if (e - s <= 2)
		return s;
	nr = ind_region_scan_cp(cp + s, e - s, NULL, -1, &rm);
	if (nr > 0 && rm[0].start == 0 && rm[0].end < e - s &&
		(rm[0].level != IND_REGION_PROVINCE ||
		 !all_space(cp, e, q->start) ||
		 q->base_unit == NULL || !str_eq(q->base_unit, "count")))
	{
		/* 甘肃省属企业, 湖南省级以上园区: 省属, 省级 stay whole */
		if ((cp[s + rm[0].end] == 0x5C5E || cp[s + rm[0].end] == 0x7EA7) &&
			rm[0].end >= 3)	/* 属 级 */
			s += rm[0].end - 1;
		else
			s += rm[0].end;
	}
	ind_free(rm);
	return s;
}

/*
 * 分别 pairs lists: "A、B分别增长x%、y%" gives A x% and B y%.  Into r[], for
 * each quantity, the index of the indicator mention it is paired with, or -1.
 * The names are those of the clause before 分别, the figures those right
 * after it up to the next comma; the pairing holds only when both lists
 * are as long.
 */
static void
respectively(const uint32_t *cp, const IndQuantity *qs, int nq,
			 const MentionList *indicators, const MentionList *cues, int *r)
{
	int			i;

	for (i = 0; i < nq; i++)
		r[i] = -1;
	for (i = 0; i < cues->n; i++)
	{
		const Mention *c = &cues->m[i];
		int			from;
		int			names[8];
		int			nn = 0;
		int			figs[8];
		int			nf = 0;
		int			j;

		if (c->tag != CUE_RESPECTIVELY)
			continue;
		for (from = c->start; from > 0; from--)
			if (cp[from - 1] == ',' || cp[from - 1] == ';' || cp[from - 1] == ':' ||
				cp[from - 1] == 0x3002)
				break;
		for (j = 0; j < indicators->n && nn < 8; j++)
			if (indicators->m[j].start >= from && indicators->m[j].end <= c->start)
				names[nn++] = j;
		for (j = 0; j < nq && nf < 8; j++)
		{
			int			p;
			bool		comma = false;

			if (qs[j].start < c->end)
				continue;
			for (p = c->end; p < qs[j].start && !comma; p++)
				comma = cp[p] == ',' || cp[p] == ';' || cp[p] == 0x3002;
			if (comma)
				break;
			figs[nf++] = j;
		}
		if (nn >= 2 && nn == nf)
			for (j = 0; j < nf; j++)
				r[figs[j]] = names[j];
	}
}

/* Is cp[from, to) only spaces and cue words (净增, 比去年同期多)? */
static bool
all_space_or_cue(const uint32_t *cp, int from, int to, const MentionList *cues)
{
	int			i = from;

	while (i < to)
	{
		int			j;
		int			next = i;

		if (is_space(cp[i]))
		{
			i++;
			continue;
		}
		for (j = 0; j < cues->n; j++)
			if (cues->m[j].start == i && cues->m[j].end <= to)
				next = cues->m[j].end;
		if (next == i)
			return false;
		i = next;
	}
	return true;
}

/* The last indicator named before pos (and before a share's 占), or INT32_MIN. */
static int
last_mention_before(const MentionList *indicators, int pos, const Mention *share_cue)
{
	int			tag = INT32_MIN;
	int			i;

	for (i = 0; i < indicators->n; i++)
		if (indicators->m[i].end <= pos &&
			(share_cue == NULL || indicators->m[i].start < share_cue->start))
			tag = indicators->m[i].tag;
	return tag;
}

static bool
has_arabic_digit(const uint32_t *cp, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if ((cp[i] >= '0' && cp[i] <= '9'))
			return true;
	return false;
}

/*
 * Can the quantity q of the sentence cp[0, n) state a fact about an
 * indicator?  The tests that need nothing but the quantity and the text.
 */
static bool
may_be_fact(const uint32_t *cp, int n, const IndQuantity *q)
{
	if (str_eq(q->kind, "number") || q->is_range)
		return false;
	if (str_eq(q->kind, "count") &&
		!has_arabic_digit(cp + q->start, q->end - q->start) &&
		q->end - q->start <= 2)
		return false;			/* 一个, 两项: words, not counts (二十八家 is) */
	if (q->qualifier != NULL && q->end < n && cp[q->end] == 0x7684 &&
		(str_eq(q->qualifier, "over") || str_eq(q->qualifier, "under")))
		return false;			/* 1000万元以上的企业: a threshold in a name */
	if (q->end + 1 < n && q->end - q->start > 2 &&
		cp[q->end - 2] == 0x4EE5 && (cp[q->end - 1] == 0x4E0A || cp[q->end - 1] == 0x4E0B) &&
		((cp[q->end] == 0x9879 && cp[q->end + 1] == 0x76EE) ||	/* 项目 */
		 (cp[q->end] == 0x4F01 && cp[q->end + 1] == 0x4E1A)))	/* 企业 */
		return false;			/* 5000万元以上项目: a class (20多家企业 is a count) */
	if (str_eq(q->unit, "次") || str_eq(q->unit, "人次") ||
		str_eq(q->unit, "万次"))
		return false;			/* visits and services: activity, not a metric */
	if (!has_arabic_digit(cp + q->start, q->end - q->start))
	{
		/* 一瓦 is a tile, not a watt: power and energy are written in digits */
		if (str_eq(q->kind, "power") || str_eq(q->kind, "energy"))
			return false;
		/* 一一个 is "one by one": a digit run without 十百千 or 〇 is no count */
		if (q->end - q->start >= 3 && cp[q->start] == cp[q->start + 1] &&
			cp[q->start] == 0x4E00)
			return false;
	}
	return true;
}

/* The year of the first "NNNN年" in the sentence, or 0. */
static int
sentence_year(const uint32_t *cp, int n)
{
	int			i;

	for (i = 0; i + 4 < n; i++)
	{
		if (cp[i + 4] == 0x5E74 &&	/* 年 */
			cp[i] >= '1' && cp[i] <= '2' &&
			cp[i + 1] >= '0' && cp[i + 1] <= '9' &&
			cp[i + 2] >= '0' && cp[i + 2] <= '9' &&
			cp[i + 3] >= '0' && cp[i + 3] <= '9' &&
			(i == 0 || cp[i - 1] < '0' || cp[i - 1] > '9') &&
			/* 比2021年提升: the base of a comparison dates nothing */
			(i == 0 || (cp[i - 1] != 0x6BD4 && cp[i - 1] != 0x8F83)))	/* 比 较 */
			return (cp[i] - '0') * 1000 + (cp[i + 1] - '0') * 100 +
				(cp[i + 2] - '0') * 10 + (cp[i + 3] - '0');
	}
	return 0;
}

/*
 * Flags of the positions inside a book or document title 《...》, made in
 * one pass (a title's figures are part of its name: 《2022年...方案》);
 * NULL when the sentence has no 《, as most have not.
 */
static char *
book_title_flags(const uint32_t *cp, int n)
{
	char	   *f;
	int			depth = 0;
	int			i;

	for (i = 0; i < n && cp[i] != 0x300A; i++)
		;
	if (i == n)
		return NULL;
	f = ind_alloc(n + 1);
	for (i = 0; i < n; i++)
	{
		if (cp[i] == 0x300A)	/* 《 */
			depth++;
		else if (cp[i] == 0x300B && depth > 0)	/* 》 */
			depth--;
		f[i] = depth > 0;
	}
	f[n] = 0;
	return f;
}

static int
drop_quoted_quantities(const char *in_title, IndQuantity *qs, int nq)
{
	int			i;
	int			kept = 0;

	for (i = 0; i < nq; i++)
		if (!in_title[qs[i].start])
			qs[kept++] = qs[i];
	return kept;
}

/*
 * A period in a title, or the base of a comparison (比去年同期, 较上年,
 * 高于去年), governs nothing.  in_title is NULL when there is no title.
 */
static int
drop_nongoverning_periods(const uint32_t *cp, int n, const char *in_title,
						  IndPeriod *ps, int np)
{
	int			i;
	int			kept = 0;

	for (i = 0; i < np; i++)
	{
		int			s = ps[i].start;
		int			e = ps[i].end;
		uint32_t	before = s > 0 ? cp[s - 1] : 0;

		if (in_title != NULL && in_title[s])
			continue;
		if (before == 0x6BD4 || before == 0x8F83 || before == 0x4E8E ||
			before == 0x4E0E || before == 0x540C)	/* 比 较 于 与 同 */
			continue;
		if (e + 1 < n && cp[e] == 0x540C && cp[e + 1] == 0x671F)	/* 同期 */
			continue;
		ps[kept++] = ps[i];
	}
	return kept;
}

/*
 * The last period that opens a clause (今年1至11月，...) governs the
 * paragraph from here on; one inside a phrase (入选2022年...名单) does not.
 */
static void
carry_period(const uint32_t *cp, const IndPeriod *ps, int np,
			 ParagraphState *para)
{
	int			i;

	for (i = np - 1; i >= 0; i--)
	{
		int			j = ps[i].start;

		while (j > 0 && is_space(cp[j - 1]))
			j--;
		if (j == 0 || is_clause_end(cp[j - 1]))
		{
			size_t		need = 4 * (size_t) (ps[i].end - ps[i].start) + 1;

			if (need > para->label_cap)
			{
				ind_free(para->label_buf);
				para->label_buf = ind_alloc(need);
				para->label_cap = need;
			}
			para->has_period = true;
			para->period = ps[i];
			para->period_label = utf8_into(para->label_buf, cp + ps[i].start,
										   ps[i].end - ps[i].start);
			return;
		}
	}
}

/*
 * Normal-form index where the last 全市, 我市, 本市 or 该市 of cp[from, to)
 * ends, or -1.
 */
static int
last_home_word(const uint32_t *cp, int from, int to)
{
	int			i;

	for (i = to - 2; i >= from; i--)
		if (cp[i + 1] == 0x5E02 &&	/* 市 */
			(cp[i] == 0x5168 || cp[i] == 0x6211 || cp[i] == 0x672C ||
			 cp[i] == 0x8BE5))	/* 全 我 本 该 */
			return i + 2;
	return -1;
}

/*
 * Is there a comparison (比, or a word of higher or lower) in cp[from, to)?
 * The scope of a difference follows one (比全省平均高, 高于全省); a 全市
 * before the subject (全市增加值比上年回落0.5个百分点) is its own place.
 */
static bool
comparison_before(const uint32_t *cp, int from, int to, const MentionList *cues)
{
	int			i;

	for (i = from; i < to; i++)
		if (cp[i] == 0x6BD4)	/* 比 */
			return true;
	return last_cue(cues, from, to, ROLE(CUE_DIFF_POS) | ROLE(CUE_DIFF_NEG)) != NULL;
}

/*
 * Normal-form index where the last 我国 (or 全国, unless the figure is a
 * rank or a difference, whose 全国 is the comparison scope) of cp[from, to)
 * ends, or -1.
 */
static int
last_national_word(const uint32_t *cp, int from, int to, bool scope_only)
{
	int			i;

	for (i = to - 2; i >= from; i--)
		if (cp[i + 1] == 0x56FD &&	/* 国 */
			(cp[i] == 0x6211 || (cp[i] == 0x5168 && !scope_only)))	/* 我 全 */
			return i + 2;
	return -1;
}

/*
 * The region of a metric: the last division named in its sentence before
 * the figure (郴州10个..., 资兴市...，其中...), unless 全市, 我市, 本市 or 该市
 * comes later, or 我国/全国 for a national figure (no region); else the home
 * city, which those words stand for and which a figure without a place is
 * taken to be about.  The sentence (up to its
 * last figure) is scanned for regions once, at its first metric, in its
 * normal form.  a is the sentence's start, q_start and q_end the figure's,
 * all in the normal form.
 */
/* Does the text at pos open a clause of the text from start on (spaces aside)? */
static bool
opens_clause(const uint32_t *cp, int start, int pos)
{
	while (pos > start && is_space(cp[pos - 1]))
		pos--;
	return pos == start || cp[pos - 1] == ',' || cp[pos - 1] == ';' || cp[pos - 1] == ':';
}

/*
 * The place of a sentence that 分号 cut into parts (吉林省新登记市场主体…；
 * 新登记企业…): a division that opens a clause of the parts before this one,
 * the first such.  Sets m's region; false when there is none.
 */
static bool
carried_region(const IndTextMap *tm, int a, ParagraphState *para, IndMetric *m)
{
	const uint32_t *cp = tm->cp;
	int			b = a;
	int			from;
	IndRegionMatch *rm;
	int			nr;
	int			i;

	if (a == 0 || cp[a - 1] != ';')
		return false;
	while (b > 0 && a - b < MAX_SENTENCE &&
		   !(cp[b - 1] == 0x3002 || cp[b - 1] == '\n' || cp[b - 1] == '!' ||
			 cp[b - 1] == '?'))
		b--;
	/* the parts read for an earlier part are not read again */
	if (para->carry_from != b)
	{
		para->carry_from = b;
		para->carry_upto = b;
		para->carry_name = para->carry_code = NULL;
	}
	from = para->carry_upto;
	if (para->carry_name == NULL && from < a - 1)
	{
		nr = ind_region_scan_cp(cp + from, a - 1 - from, NULL, -1, &rm);
		for (i = 0; i < nr && para->carry_name == NULL; i++)
		{
			int			j = from + rm[i].start;

			if (rm[i].code == NULL)
				continue;
			if (opens_clause(cp, b, j))
			{
				para->carry_name = rm[i].name;
				para->carry_code = rm[i].code;
			}
		}
		ind_free(rm);
		para->carry_upto = a - 1;
	}
	if (para->carry_name == NULL)
		return false;
	m->region = dup_str(para->carry_name);
	m->region_code = dup_str(para->carry_code);
	return true;
}

static void
resolve_region(IndMetric *m, const IndTextMap *tm, int a, int clause_start,
			   int q_start, int scan_end, IndRegionMatch **regions,
			   int *nregions, const IndMetric *same, int nsame,
			   ParagraphState *para)
{
	const IndRegionMatch *best = NULL;
	int			i;

	if (*nregions < 0)
		*nregions = ind_region_scan_cp(tm->cp + a, scan_end - a, NULL, -1, regions);
	for (i = 0; i < *nregions; i++)
	{
		const IndRegionMatch *r = &(*regions)[i];

		if (a + r->end > q_start || r->code == NULL)
			continue;

		/*
		 * A province that opens a subject of this sentence (this figure's
		 * or one before it) is part of a title there (安徽省企业技术中心5家，
		 * 共认定…), not the place: subjects keep a province.
		 */
		if (r->level == IND_REGION_PROVINCE)
		{
			char		small[4 * 16 + 1];
			int			rl = r->end - r->start;
			char	   *name = rl <= 16 ?
				utf8_into(small, tm->cp + a + r->start, rl) :
				utf8_of(tm->cp + a + r->start, rl);
			size_t		len = strlen(name);
			bool		in_title = false;
			int			j;

			for (j = 0; j < nsame && !in_title; j++)
				in_title = same[j].subject != NULL &&
					strncmp(same[j].subject, name, len) == 0;
			if (name != small)
				ind_free(name);
			if (in_title)
				continue;
		}

		/*
		 * In an earlier clause, only a division that opens its clause (资兴市
		 * 1-10月...，其中...) or follows 在/于 (穿行在宜章...，年产...) is what
		 * the sentence is about; one further in (…、永兴经开区有望…) is not.
		 */
		if (a + r->start < clause_start)
		{
			int			j = a + r->start;

			while (j > a && is_space(tm->cp[j - 1]))
				j--;
			/* 在河南省兰考县: a division inside the one that opens counts */
			if (!opens_clause(tm->cp, a, a + r->start) &&
				!(tm->cp[j - 1] == 0x5728 || tm->cp[j - 1] == 0x4E8E) &&
				!(best != NULL && best->end == r->start))
				continue;		/* (not after 在 or 于: 穿行在宜章...，年产...) */
		}
		best = r;
	}
	{
		int			home_end = last_home_word(tm->cp, a, q_start);
		int			national_end = last_national_word(tm->cp, a, q_start,
													  str_eq(m->measure, "rank") ||
													  str_eq(m->measure, "diff_pp"));
		int			best_end = best ? a + best->end : -1;

		if (national_end > best_end && national_end > home_end)
			return;				/* 我国, 全国: the country's figure, no division */
		if (best == NULL && home_end < 0 && carried_region(tm, a, para, m))
			return;
		if (best != NULL && best_end > home_end)
		{
			m->region = dup_str(best->name);
			m->region_code = dup_str(best->code);
		}
		else
			m->wants_home = true;	/* filled once the home city is known */
	}
}

static void
set_home(IndMetricContext *ctx, int row)
{
	const IndRegionInfo *r = ind_region_get(row);

	ctx->home_row = row;
	ctx->home_region = r->name;
	ctx->home_region_code = r->code;
}

/* Does a division's full name end in 市 (the units 全市 can stand for)? */
static bool
is_shi(const char *name)
{
	size_t		l = strlen(name);

	return l >= 3 && memcmp(name + l - 3, "\xe5\xb8\x82", 3) == 0;
}

/* The first city (full name in 市) of the n matches rm, or -1. */
static int
first_city_of(const IndRegionMatch *rm, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (rm[i].row >= 0 && rm[i].level != IND_REGION_PROVINCE &&
			is_shi(ind_region_get(rm[i].row)->name))
			return rm[i].row;
	return -1;
}

/* The first city (full name in 市) mentioned in cp[from, to), or -1. */
static int
first_city(const uint32_t *cp, int from, int to)
{
	IndRegionMatch *rm;
	int			n = ind_region_scan_cp(cp + from, to - from, NULL, -1, &rm);
	int			row = first_city_of(rm, n);

	ind_free(rm);
	return row;
}

/*
 * The index of the next 来源 or 日报 in cp[i, n), or -1.  Found by their
 * second characters (源, 报), four code points at a time: this search runs
 * over the whole of every text whose first lines name no city.
 */
static int
next_source_word(const uint32_t *cp, int n, int i)
{
	int			k;

	while ((k = cp_find2(cp, i + 1, n, 0x6E90, 0x62A5)) < n)
	{
		if ((cp[k - 1] == 0x6765 && cp[k] == 0x6E90) ||	/* 来源 */
			(cp[k - 1] == 0x65E5 && cp[k] == 0x62A5))	/* 日报 */
			return k - 1;
		i = k;
	}
	return -1;
}

/*
 * The home city of a text, from its normal form: the first city its first
 * lines name (title, dateline), else the one a source line names
 * (来源:嘉峪关日报, 梧州日报讯), else the city it names most in its first
 * thousand characters.
 */
static void
infer_home(const IndTextMap *tm, IndMetricContext *home)
{
	const uint32_t *cp = tm->cp;
	int			n = tm->n;
	int			end;
	int			lim = n < 1024 ? n : 1024;
	int			head = n < 256 ? n : 256;
	int			lines;
	int			row;
	int			i;
	IndRegionMatch *first_rm;
	int			first_nm;

	home->home_region = NULL;
	home->home_region_code = NULL;
	home->home_row = -1;

	/* the first three lines, at most 256 characters */
	end = 0;
	for (lines = 0; lines < 3 && end < head; lines++)
	{
		end = cp_find2(cp, end, head, '\n', '\n');
		if (end < head)
			end++;				/* past the line's end */
	}
	first_nm = ind_region_scan_cp(cp, end, NULL, -1, &first_rm);
	row = first_city_of(first_rm, first_nm);

	/* a line with 来源 or 日报 */
	for (i = 0; row < 0 && (i = next_source_word(cp, n, i)) >= 0; i++)
	{
		int			ls = i;
		int			le = i;

		while (ls > 0 && cp[ls - 1] != '\n' && i - ls < 64)
			ls--;
		while (le < n && cp[le] != '\n' && le - i < 64)
			le++;
		row = first_city(cp, ls, le);
	}

	if (row < 0)
	{
		IndRegionMatch *rm = first_rm;
		int			nm = first_nm;
		int			best_count = 0;

		/* a short text's first lines are the whole of it, already scanned */
		if (end != lim)
		{
			ind_free(first_rm);
			nm = ind_region_scan_cp(cp, lim, NULL, -1, &rm);
		}
		first_rm = NULL;

		for (i = 0; i < nm; i++)
		{
			int			count = 0;
			int			j;

			if (rm[i].row < 0 || rm[i].level == IND_REGION_PROVINCE)
				continue;
			for (j = 0; j < nm; j++)
				if (rm[j].row == rm[i].row)
					count++;
			if (count > best_count)
			{
				best_count = count;
				row = rm[i].row;
			}
		}
		ind_free(rm);

		/*
		 * National news (我国, 全国) that mentions a city in passing (杭州峰会)
		 * has no home city: the city must be named more often than the
		 * country.
		 */
		if (best_count < 2)
			row = -1;			/* one mention in passing is no home */
		if (row >= 0)
		{
			int			national = 0;

			for (i = 0; i + 1 < lim; i++)
				if (cp[i + 1] == 0x56FD && (cp[i] == 0x6211 || cp[i] == 0x5168))
					national++;
			if (national >= best_count)
				row = -1;
		}
	}
	ind_free(first_rm);
	if (row >= 0)
		set_home(home, row);
}

static bool
all_ascii_digits(const char *s)
{
	int			n = 0;

	for (; *s; s++, n++)
		if (*s < '0' || *s > '9')
			return false;
	return n == 6;
}


void
ind_metric_home_region(const char *given, IndMetricContext *ctx)
{
	IndRegionMatch *rm = NULL;
	int			n;
	int			i;

	ctx->home_region = NULL;
	ctx->home_region_code = NULL;
	ctx->home_row = -1;
	if (given != NULL)
	{
		int			row = -1;

		if (all_ascii_digits(given))
			row = ind_region_find(given);
		else
		{
			n = ind_region_scan(given, strlen(given), -1, &rm);
			for (i = 0; i < n && row < 0; i++)
				row = rm[i].row;
			ind_free(rm);
		}
		if (row >= 0)
			set_home(ctx, row);
		else
			ctx->home_region = given;	/* not in the gazetteer: as given */
	}
}

/* What the scan for a sentence's end saw in it: 《, 年 */
#define SENT_TITLE	1
#define SENT_YEAR	2

/*
 * Where the sentence that starts at a ends: its terminator; one longer than
 * MAX_SENTENCE ends at a clause boundary or else at a space, bracket or
 * quote, and at twice that anywhere (n at the end of the text).  The work per sentence grows with its figures
 * times its words, so this bound keeps a text without full stops (a table
 * dumped as one line) linear.  *marks gets the SENT_ flags of what the
 * sentence holds, so that the scans for a title or a year are made only
 * in sentences that can have one.
 */
static int
sentence_end(const uint32_t *cp, int n, int a, unsigned *marks)
{
	int			lim = n - a > MAX_SENTENCE ? a + MAX_SENTENCE : n;
	int			i = a;
	unsigned	m = 0;

#ifdef __SSE2__

	/*
	 * Eight at a time first, the code points packed to 16 bits with signed
	 * saturation: the terminators, 《 and 年 are all below 0x7FFF, and a
	 * code point above saturates to 0x7FFF, none of them, so one compare
	 * tests eight characters.  The loop below finds the terminator in the
	 * block where this one stops.
	 */
	if (i + 8 <= lim)
	{
		__m128i		title = _mm_setzero_si128();
		__m128i		year = _mm_setzero_si128();

		for (; i + 8 <= lim; i += 8)
		{
			__m128i		c = _mm_packs_epi32(_mm_loadu_si128((const __m128i *) (cp + i)),
											_mm_loadu_si128((const __m128i *) (cp + i + 4)));
			__m128i		t = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16(0x3002)),
													  _mm_cmpeq_epi16(c, _mm_set1_epi16('\n'))),
										 _mm_or_si128(_mm_cmpeq_epi16(c, _mm_set1_epi16('!')),
													  _mm_cmpeq_epi16(c, _mm_set1_epi16('?'))));

			if (_mm_movemask_epi8(_mm_or_si128(t, _mm_cmpeq_epi16(c, _mm_set1_epi16(';')))))
				break;
			title = _mm_or_si128(title, _mm_cmpeq_epi16(c, _mm_set1_epi16(0x300A)));
			year = _mm_or_si128(year, _mm_cmpeq_epi16(c, _mm_set1_epi16(0x5E74)));
		}
		m = (_mm_movemask_epi8(title) != 0) | ((_mm_movemask_epi8(year) != 0) << 1);
	}
#endif

	/*
	 * Four at a time up to the block with the terminator; the blocks' 《
	 * and 年 are gathered in two masks, read once after the loop.
	 */
	if (i + 4 <= lim)
	{
		IndCp4		title = cp4_none();
		IndCp4		year = cp4_none();

		for (; i + 4 <= lim; i += 4)
		{
			IndCp4		c = cp4_load(cp + i);

			if (cp4_any(cp4_or(cp4_or(cp4_or(cp4_eq(c, 0x3002), cp4_eq(c, '\n')),
									  cp4_or(cp4_eq(c, '!'), cp4_eq(c, '?'))),
							   cp4_eq(c, ';'))))
				break;
			title = cp4_or(title, cp4_eq(c, 0x300A));
			year = cp4_or(year, cp4_eq(c, 0x5E74));
		}
		m |= cp4_any(title) | (cp4_any(year) << 1);
	}
	while (i < lim && !is_sentence_end(cp[i]))
	{
		m |= (cp[i] == 0x300A) | ((cp[i] == 0x5E74) << 1);
		i++;
	}
	*marks = m;
	if (i < lim)
		return i;
	*marks = SENT_TITLE | SENT_YEAR;	/* not looked at */
	for (; i < n; i++)
		if (is_clause_end(cp[i]) || is_soft_break(cp[i]) ||
			i - a >= 2 * MAX_SENTENCE)
			return i;
	return n;
}

static IndMetric *
metric_new(MetricList *l)
{
	IndMetric  *m;

	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 16;
		l->m = ind_realloc(l->m, sizeof(IndMetric) * l->cap);
	}
	m = &l->m[l->n++];
	memset(m, 0, sizeof(*m));
	return m;
}


/*
 * A threshold that the next figure states exactly (首次突破50万亿元，达到
 * 501202亿元) is one fact, the exact one: out->m[from..] loses every figure
 * over or at least some amount that the figure after it, of the same
 * indicator and measure and without a qualifier, meets.
 */
static void
drop_thresholds(MetricList *out, int from)
{
	int			i;
	int			k = from;

	for (i = from; i < out->n; i++)
	{
		IndMetric  *m = &out->m[i];
		const IndMetric *x = i + 1 < out->n ? &out->m[i + 1] : NULL;

		if (x != NULL && m->qualifier != NULL && x->qualifier == NULL &&
			(str_eq(m->qualifier, "over") || str_eq(m->qualifier, "at_least")) &&
			m->has_base && x->has_base && same_str(m->base_unit, x->base_unit) &&
			str_eq(m->measure, x->measure) && same_str(m->indicator, x->indicator) &&
			(m->indicator != NULL || same_str(m->subject, x->subject)) &&
			m->is_target == x->is_target &&
			ind_dec_cmp(&x->base_value, &m->base_value) >= 0)
		{
			ind_free(m->subject);
			ind_free(m->period_label);
			ind_free(m->region);
			ind_free(m->region_code);
			ind_free(m->scope);
			continue;
		}
		out->m[k++] = *m;
	}
	out->n = k;
}

/* Is the period label an "as of" a month (截至11月底, 截止到9月末)? */
static bool
as_of_month(const char *label)
{
	return (strncmp(label, "截至", strlen("截至")) == 0 ||
			strncmp(label, "截止", strlen("截止")) == 0) &&
		strstr(label, "月") != NULL;
}

/* Does cp[0..n) hold the literal? */
static bool
has_lit(const uint32_t *cp, int n, const char *lit)
{
	int			i;

	for (i = 0; i < n; i++)
		if (ind_lit_at(cp, n, i, lit))
			return true;
	return false;
}

/* Is p one dated day (今天（4月7日）, 今年底)? */
static bool
single_day(const IndPeriod *p)
{
	return p->has_dates && p->first.y == p->last.y &&
		p->first.m == p->last.m && p->first.d == p->last.d;
}

/* Is p a year's end written as such (今年底, 2025年末)? */
static bool
year_end_point(const uint32_t *cp, const IndPeriod *p)
{
	uint32_t	last = cp[p->end - 1];

	return p->has_dates && p->last.m == 12 && p->last.d == 31 &&
		p->end - p->start >= 2 && cp[p->end - 2] == 0x5E74 &&	/* 年 */
		(last == 0x5E95 || last == 0x672B);	/* 底 末 */
}

/*
 * A deadline after the year of publication (到2026年, 到2025年底) makes the
 * figures after it in its sentence goals: a text of 2024 that says
 * 到2025年…达到1500家 states a plan, not a result.  Without a publication
 * date nothing can be said.
 */
static bool
future_deadline_before(const uint32_t *cp, const IndPeriod *ps, int np,
					   int pos, const IndDate *published)
{
	int			i;

	if (published == NULL)
		return false;
	for (i = 0; i < np; i++)
		if (ps[i].end <= pos && ps[i].start > 0 &&
			cp[ps[i].start - 1] == 0x5230 &&	/* 到 */
			ps[i].has_dates && ps[i].first.y > published->y)
			return true;
	return false;
}

static void
process_sentence(const char *in, const IndTextMap *tm, int a, int b,
				 unsigned marks, const IndMetricContext *ctx,
				 ParagraphState *para, MetricList *out,
				 SentenceScratch *scratch, IndQuantity *qs, int snq)
{
	const uint32_t *cp = tm->cp + a;
	int			n = b - a;
	IndPeriod  *ps = NULL;
	IndPeriod	one_period;
	int			nq;
	int			np;
	char	   *covered;
	MentionList indicators = scratch->indicators;
	MentionList cues = scratch->cues;
	IndDate		ref;
	const IndDate *refp = ctx->published;
	int			year = (marks & SENT_YEAR) ? sentence_year(cp, n) : 0;
	int			sent_from;
	int			sent_to;
	int			inherited_tag = INT32_MIN;
	const char *inherited_subject = NULL;	/* a subject of out, not owned */
	int			first_of_sentence = out->n;
	IndRegionMatch *regions = NULL;
	int			nregions = -1;	/* the sentence is scanned at need */
	int		   *respective = NULL;
	int			i;
	int			k;

	/*
	 * The text's quantities that lie in this sentence, made relative to it
	 * in place: qs[0..snq) are the text's quantities that start here, which
	 * no other sentence reads, and a quantity is a few hundred bytes.
	 */
	for (nq = 0, i = 0; i < snq; i++)
	{
		if (qs[i].start < a || qs[i].end > b)
			continue;
		if (nq != i)
			qs[nq] = qs[i];
		qs[nq].start -= a;
		qs[nq].end -= a;
		nq++;
	}
	/*
	 * Periods are read only where they can matter: in full where there are
	 * figures, else in the sentence's opening clause, the one place a period
	 * that governs the following sentences stands (今年以来，...).  A year
	 * the sentence names dates its periods that name none.
	 */
	if (year > 0)
	{
		ref.y = year;
		ref.m = 12;
		ref.d = 31;
		refp = &ref;
	}
	if (nq == 0)
	{
		int			w = 0;
		int			s = 0;
		IndPeriod	p;

		/*
		 * Of the opening clause's periods only one at its start can carry
		 * (carry_period), so only that place is read.
		 */
		while (w < n && w < 32 && !is_clause_end(cp[w]))
			w++;
		while (s < w && is_space(cp[s]))
			s++;
		np = 0;
		if (ind_period_at(cp, w, s, refp, &p))
		{
			one_period = p;
			ps = &one_period;
			np = 1;
		}
	}
	else
		np = ind_scan_periods(cp, n, refp, &ps);
	if (nq > 0 || np > 0)
	{
		char	   *in_title = (marks & SENT_TITLE) ? book_title_flags(cp, n) : NULL;

		if (in_title != NULL)
			nq = drop_quoted_quantities(in_title, qs, nq);
		np = drop_nongoverning_periods(cp, n, in_title, ps, np);
		ind_free(in_title);
	}
	/*
	 * A sentence whose figures are all of kinds that state no fact (bare
	 * numbers, ranges, 一个, visits) gives no metric either: its words are
	 * not looked up.
	 */
	for (i = 0; i < nq && !may_be_fact(cp, n, &qs[i]); i++)
		;
	if (i == nq)
	{
		/* no figure: only the period can matter, for the next sentences */
		carry_period(cp, ps, np, para);
		if (ps != &one_period)
			ind_free(ps);
		return;
	}

	if (n + 1 > scratch->covered_cap)
	{
		ind_free(scratch->covered);
		scratch->covered_cap = n + 1 > 2 * scratch->covered_cap ?
			n + 1 : 2 * scratch->covered_cap;
		scratch->covered = ind_alloc(scratch->covered_cap);
	}
	covered = scratch->covered;
	memset(covered, 0, n + 1);
	indicators.n = 0;
	cues.n = 0;
	for (i = 0; i < nq; i++)
		memset(covered + qs[i].start, 1, qs[i].end - qs[i].start);
	for (i = 0; i < np; i++)
		memset(covered + ps[i].start, 1, ps[i].end - ps[i].start);
	find_mentions(cp, n, covered, ctx, &indicators, &cues);
	if (nq + 1 > scratch->respective_cap)
	{
		ind_free(scratch->respective);
		scratch->respective_cap = nq + 1 > 2 * scratch->respective_cap ?
			nq + 1 : 2 * scratch->respective_cap;
		scratch->respective = ind_alloc(sizeof(int) * scratch->respective_cap);
	}
	respective = scratch->respective;
	respectively(cp, qs, nq, &indicators, &cues, respective);

	/* the sentence as it stands in the input, without leading spaces */
	{
		int			s = 0;

		while (s < n && (is_space(cp[s]) || cp[s] == '\n'))
			s++;
		ind_textmap_source(tm, a + s, b, &sent_from, &sent_to);
	}

	for (k = 0; k < nq; k++)
	{
		const IndQuantity *q = &qs[k];
		int			cs = q->start;
		int			ce = q->end;
		int			ps_from;
		const char *measure = NULL;
		bool		negate = false;
		int			tag = INT32_MIN;
		int			subj_s = 0;
		int			subj_e = 0;
		int			subj_to;	/* where the text before the figure ends */
		int			ind_cs;		/* where its indicator may stand */
		int			acs;		/* the clause of the figure before */
		const Mention *c = NULL;
		const Mention *share_cue;
		IndMetric  *m;
		bool		relational;
		bool		list_item;
		bool		as_percent = false;

		if (!may_be_fact(cp, n, q))
			continue;

		while (cs > 0 && !is_clause_end(cp[cs - 1]))
			cs--;
		while (ce < n && !is_clause_end(cp[ce]))
			ce++;
		if (str_eq(q->kind, "ordinal") &&
			last_cue(&cues, cs, q->start, ROLE(CUE_SCOPE)) == NULL)
			continue;			/* 第一 without 全省/全市 before it: no rank */
		if (str_eq(q->kind, "multiple") &&
			(c = last_cue(&cues, cs, q->start, ROLE(CUE_YOY) | ROLE(CUE_YOY_NEG))) == NULL)
			continue;			/* 1.5倍 alone: a ratio, not a fact */
		ps_from = cs;
		if (k > 0 && qs[k - 1].end > cs && qs[k - 1].end <= q->start)
			ps_from = qs[k - 1].end;
		subj_to = q->start;

		/* 从9.8%降至7.4%: the first figure is the base of the second */
		if (k + 1 < nq && from_to(cp, n, cs, q, &qs[k + 1], &i))
			continue;

		/* the measure */
		ind_cs = cs;
		acs = cs;
		if (k > 0)
		{
			/* the first value may stand in the clause before (…26575亿元，增长到…) */
			acs = qs[k - 1].start;
			while (acs > 0 && !is_clause_end(cp[acs - 1]))
				acs--;
		}
		if (k > 0 && from_to(cp, n, acs, &qs[k - 1], q, &subj_to))
		{
			/* the level reached; its subject stands before 从 */
			ind_cs = ps_from = acs;
			if (k > 1 && qs[k - 2].end > acs && qs[k - 2].end <= subj_to)
				ps_from = qs[k - 2].end;
			measure = (str_eq(q->kind, "power") || str_eq(q->kind, "energy")) ?
				"capacity" : "value";
			/* 占进出口比重从1%增长到5%: a share */
			if (str_eq(q->kind, "percent") &&
				last_cue(&cues, ind_cs, subj_to, ROLE(CUE_SHARE)) != NULL)
				measure = "share";
		}
		else if (str_eq(q->kind, "pp"))
		{
			/*
			 * The nearest word of direction decides the sign: 低于全省0.3个
			 * 百分点, and also 增速比上年回落0.5个百分点 (a growth word)
			 */
			measure = "diff_pp";
			c = last_cue(&cues, cs, q->start,
						 ROLE(CUE_DIFF_POS) | ROLE(CUE_DIFF_NEG) |
						 ROLE(CUE_YOY) | ROLE(CUE_YOY_NEG) |
						 ROLE(CUE_MOM) | ROLE(CUE_MOM_NEG));
			negate = c && (c->tag == CUE_DIFF_NEG || c->tag == CUE_YOY_NEG ||
						   c->tag == CUE_MOM_NEG);
		}
		else if (str_eq(q->kind, "rank") || str_eq(q->kind, "ordinal"))
			measure = "rank";		/* 第2位; 保持全省第一 */
		else if (str_eq(q->kind, "multiple"))
		{
			/* 增长1.2倍: a growth of 120% (c is the growth cue found above) */
			measure = "yoy";
			negate = c->tag == CUE_YOY_NEG;
			as_percent = true;
		}
		else if (str_eq(q->kind, "percent"))
		{
			c = last_cue(&cues, ps_from, q->start,
						 ROLE(CUE_YOY) | ROLE(CUE_YOY_NEG) | ROLE(CUE_MOM) |
						 ROLE(CUE_MOM_NEG) | ROLE(CUE_SHARE) | ROLE(CUE_PROGRESS));
			/* 对经济增长的贡献率30%: a growth word before 的 names, not measures */
			if (c && c->tag != CUE_SHARE && c->tag != CUE_PROGRESS &&
				c->end < q->start && cp[c->end] == 0x7684)
				c = NULL;
			if (c)
			{
				switch (c->tag)
				{
					case CUE_YOY_NEG:
						negate = true;
						/* FALLTHROUGH */
					case CUE_YOY:
						measure = "yoy";
						break;
					case CUE_MOM_NEG:
						negate = true;
						/* FALLTHROUGH */
					case CUE_MOM:
						measure = "mom";
						break;
					case CUE_SHARE:
						measure = "share";
						break;
					default:
						measure = "progress";
						break;
				}
			}
		}
		else
		{
			c = last_cue(&cues, ps_from, q->start,
						 ROLE(CUE_INCREASE) | ROLE(CUE_CAPACITY) | ROLE(CUE_YOY_NEG));
			if (c && c->tag == CUE_YOY_NEG && c->end == q->start)
			{
				measure = "increase";	/* 减少23家: an increase of -23 */
				negate = true;
			}
			else if (c && c->tag == CUE_INCREASE &&
					 (c->end == q->start || cp[c->start] != 0x591A))	/* 多 only right before */
				measure = "increase";
			else if ((c && c->tag == CUE_CAPACITY &&
					  !(q->base_unit != NULL &&	/* 向过剩产能行业发放补贴9841万元 */
						(str_eq(q->base_unit, "CNY") || str_eq(q->base_unit, "USD")))) ||
					 str_eq(q->kind, "power") ||
					 (str_eq(q->kind, "energy") && q->end + 1 < n &&
					  ((cp[q->end] == 0x7535 && cp[q->end + 1] == 0x6C60) ||	/* 电池 */
					   (cp[q->end] == 0x50A8 && cp[q->end + 1] == 0x80FD))))	/* 储能 */
				measure = "capacity";
			else
				measure = "value";
		}

		/*
		 * The indicator: named before it in the clause, or right after it.
		 * For a share, what follows 占 is the whole the part is of (工业投资
		 * 占固定资产投资的45.3%): the indicator is named before 占.
		 */
		share_cue = NULL;
		if (str_eq(measure ? measure : "", "share"))
			for (i = 0; i < cues.n && share_cue == NULL; i++)
				if (cues.m[i].tag == CUE_SHARE && cues.m[i].start >= cs &&
					cues.m[i].end <= q->start)
					share_cue = &cues.m[i];	/* the first: 占 before 比重 */
		for (i = 0; i < indicators.n && respective[k] < 0; i++)
		{
			const Mention *im = &indicators.m[i];

			if (share_cue && im->start >= share_cue->start)
				continue;
			if (!kind_fits(ctx, im->tag, q))
				continue;		/* 总投资203亿元的30个项目: 30 is no investment */
			if (im->start >= ind_cs && im->end <= subj_to)
			{
				tag = im->tag;
				subj_s = im->start;
				subj_e = im->end;
			}
		}
		/*
		 * 79家专精特新企业实现产值增长43%: the enterprises are the actor of
		 * a figure that is no count; what they produced is the subject.
		 */
		if (tag != INT32_MIN && respective[k] < 0 && q->base_unit != NULL &&
			!str_eq(q->base_unit, "count") && kind_counts(ctx, tag))
		{
			int			s2;
			int			e2;

			if (own_subject(cp, subj_e, q->start, &cues, ps, np, &s2, &e2) &&
				s2 > subj_e && !indicator_at(&indicators, s2))
				tag = INT32_MIN;
		}
		if (respective[k] >= 0)
		{
			/* 营业收入、利润总额分别增长8.6%、23.5%: the i-th of each */
			const Mention *im = &indicators.m[respective[k]];

			tag = im->tag;
			subj_s = im->start;
			subj_e = im->end;
		}
		if (tag == INT32_MIN)
		{
			for (i = 0; i < indicators.n; i++)
			{
				const Mention *im = &indicators.m[i];

				if (im->start >= q->end && im->end <= ce &&
					(k + 1 >= nq || im->end <= qs[k + 1].start) &&
					kind_fits(ctx, im->tag, q) &&
					last_cue(&cues, q->end, im->start, ROLE(CUE_VERB) | ROLE(CUE_FILLER)) == NULL)
				{
					tag = im->tag;
					subj_s = im->start;
					subj_e = im->end;
					break;
				}
			}
		}
		/*
		 * A list item (after 、) or a clause that is only a figure (新增30家
		 * A企业，6家B企业) says what the figure before it said.
		 */
		list_item = out->n > first_of_sentence &&
			(cs > 0 && (cp[cs - 1] == 0x3001 || all_space(cp, cs, q->start))) &&
			strcmp(out->m[out->n - 1].unit, q->unit) == 0;
		if (list_item && str_eq(measure ? measure : "", "value"))
			measure = out->m[out->n - 1].measure;
		relational = measure != NULL &&
			(!str_eq(measure, "value") && !str_eq(measure, "increase") &&
			 !str_eq(measure, "capacity"));
		/*
		 * 比去年同期多107家, 新增90家，净增68家: an increase with no subject of
		 * its own is of what the sentence is about.
		 */
		if (measure != NULL && str_eq(measure, "increase") && tag == INT32_MIN &&
			out->n > first_of_sentence &&
			all_space_or_cue(cp, cs, q->start, &cues))
			relational = true;
		if (measure != NULL && str_eq(measure, "increase") &&
			(cp[cs] == 0x6BD4 || cp[cs] == 0x8F83 ||
			 (last_cue(&cues, ps_from, q->start, ROLE(CUE_INCREASE)) &&
			  cp[last_cue(&cues, ps_from, q->start, ROLE(CUE_INCREASE))->start] == 0x591A)))
			relational = true;
		if (measure == NULL)
		{
			/* a bare percentage: the indicator's hint says what it is */
			int			t = tag;

			if (t == INT32_MIN)
				for (i = 0; i < indicators.n; i++)
					if (indicators.m[i].end <= q->start)
						t = indicators.m[i].tag;
			if (t == INT32_MIN)
			{
				int			s;
				int			e;

				/*
				 * 城镇失业率为6.2%, 利率为1.45%: a rate named before the
				 * figure is a level, reported as a value.
				 */
				subject_before(cp, ps_from, q->start, &cues, ps, np, &s, &e);
				if (e - s < 2 || cp[e - 1] != 0x7387)	/* 率 */
					continue;
				measure = "value";
			}
			else
			{
				measure = indicator_hint(t);
				if (str_eq(measure, "value") || str_eq(measure, "increase") ||
					str_eq(measure, "capacity"))
					continue;
				relational = true;
			}
		}

		m = metric_new(out);
		if (str_eq(measure, "progress") && tag == INT32_MIN &&
			rate_word(cp, ps_from, q->start, &subj_s, &subj_e))
		{
			/*
			 * 省重点项目开工率95.6%: the rate is of 省重点项目; the rate
			 * word alone only where nothing stands before it.
			 */
			for (i = 0; i < cues.n; i++)
				if (cues.m[i].tag == CUE_PROGRESS && cues.m[i].end == subj_e &&
					cues.m[i].start > ps_from)
				{
					int			s;
					int			e;
					int			k2;

					subject_before(cp, ps_from, cues.m[i].start, &cues, ps, np, &s, &e);
					/* 包括这座大桥在内的…项目 */
					for (k2 = e - 3; k2 > s; k2--)
						if (cp[k2] == 0x5728 && cp[k2 + 1] == 0x5185 && cp[k2 + 2] == 0x7684)
						{
							s = k2 + 3;		/* 在内的 */
							break;
						}
					s = without_place(cp, s, e, q);
					if (e - s >= 2 && e - s <= 24)
					{
						subj_s = s;
						subj_e = e;
					}
					break;
				}
			m->subject = subject_text(cp, subj_s, subj_e, &cues, ps, np);
		}
		else if (tag != INT32_MIN)
		{
			m->indicator = indicator_name(ctx, tag);
			m->subject = subject_text(cp, subj_s, subj_e, &cues, ps, np);
			/* 城镇新增就业1206万人: an indicator of additions */
			if (str_eq(measure, "value"))
				for (i = subj_s; i + 1 < subj_e; i++)
					if (cp[i] == 0x65B0 && cp[i + 1] == 0x589E)	/* 新增 */
						measure = "increase";
		}
		else if (inherited_subject != NULL &&
				 (c = last_cue(&cues, cs, q->start, ROLE(CUE_TOTAL))) != NULL &&
				 all_space_or_cue(cp, cs, q->start, &cues))
		{
			/* 新增...3家，总数达到7家: the total of the same */
			if (inherited_tag != INT32_MIN)
				m->indicator = indicator_name(ctx, inherited_tag);
			m->subject = dup_str(inherited_subject);
		}
		else if (out->n - 1 > first_of_sentence &&
				 out->m[out->n - 2].qualifier != NULL &&
				 (str_eq(out->m[out->n - 2].qualifier, "over") ||
				  str_eq(out->m[out->n - 2].qualifier, "at_least")) &&
				 q->qualifier == NULL && q->base_unit != NULL &&
				 same_str(out->m[out->n - 2].base_unit, q->base_unit) &&
				 out->m[out->n - 2].has_base && q->has_base &&
				 ind_dec_cmp(&q->base_value, &out->m[out->n - 2].base_value) >= 0 &&
				 all_space_or_cue(cp, cs, q->start, &cues))
		{
			/*
			 * 突破1000亿元，达到1036.8亿元: the exact figure of the threshold
			 * before it (which drop_thresholds removes)
			 */
			m->indicator = out->m[out->n - 2].indicator;
			m->subject = dup_str(out->m[out->n - 2].subject);
		}
		else if (relational && inherited_tag == INT32_MIN && inherited_subject == NULL &&
				 (tag = last_mention_before(&indicators, q->start, share_cue)) != INT32_MIN)
		{
			/* 规模以上工业增加值增速由负转正，1-5月增长0.8%: named, no figure */
			m->indicator = indicator_name(ctx, tag);
			m->subject = dup_str(m->indicator);
		}
		else if (relational && respective[k] < 0 &&
				 (inherited_tag != INT32_MIN || inherited_subject != NULL) &&
				 (str_eq(measure, "rank") || str_eq(measure, "yoy") ||
				  str_eq(measure, "mom")) &&
				 own_subject(cp, cs, q->start, &cues, ps, np, &subj_s, &subj_e))
		{
			/*
			 * 年产值突破300亿元，稀贵金属产量居全国第一: a clause that names
			 * its own subject does not inherit the one before
			 */
			m->subject = subject_text(cp, subj_s, subj_e, &cues, ps, np);
		}
		else if (!relational && str_eq(measure, "value") && tag == INT32_MIN &&
				 inherited_subject != NULL && out->n - 1 > first_of_sentence &&
				 (str_eq(out->m[out->n - 2].measure, "yoy") ||
				  str_eq(out->m[out->n - 2].measure, "mom")) &&
				 cs > 0 && cp[cs - 1] == ',' &&
				 all_space_or_cue(cp, cs, q->start, &cues) &&
				 last_cue(&cues, cs, q->start, ROLE(CUE_NOUN)) == NULL)
		{
			/*
			 * 工业总产值增长10%，达到500亿元: a clause that is only a level
			 * after a growth states the level of the same
			 */
			if (inherited_tag != INT32_MIN)
				m->indicator = indicator_name(ctx, inherited_tag);
			m->subject = dup_str(inherited_subject);
		}
		else if (relational && inherited_tag != INT32_MIN)
		{
			m->indicator = indicator_name(ctx, inherited_tag);
			m->subject = dup_str(inherited_subject);
		}
		else if (relational && inherited_subject != NULL)
			m->subject = dup_str(inherited_subject);
		else
		{
			int			s;
			int			e;

			/*
			 * A bare noun counts only where what it names is plain from the
			 * unit: 实现收入936亿元 is income, 企业30家 says nothing.
			 */
			bool		bare_ok = str_eq(measure, "increase") ||
				str_eq(measure, "capacity") ||
				(q->base_unit != NULL &&
				 (str_eq(q->base_unit, "CNY") || str_eq(q->base_unit, "USD")));

			/*
			 * The subject before the figure (数字化车间7个), else after it;
			 * a capacity names its product after the figure when it can
			 * (年产30万吨再生铝), else before (碳酸锂12万吨、...).
			 */
			if (str_eq(measure, "capacity") && subj_to == q->start)
			{
				subject_after(cp, q->end, (k + 1 < nq && qs[k + 1].start < ce) ? qs[k + 1].start : ce,
							  &cues, &s, &e);
				if (e == s)
					subject_before(cp, ps_from, q->start, &cues, ps, np, &s, &e);
			}
			else if (share_cue != NULL && share_cue->start > ps_from)
			{
				/* 第三产业的增加值占到地区生产总值51%: the part, before 占 */
				subject_before(cp, ps_from, share_cue->start, &cues, ps, np, &s, &e);
				if (e == s || !ends_with_noun(cp + s, e - s))
					s = e = share_cue->start;
			}
			else
				subject_before(cp, ps_from, subj_to, &cues, ps, np, &s, &e);
			if (str_eq(measure, "capacity"))
				;				/* any product will do */
			else if (str_eq(measure, "progress"))
			{
				if (!rate_word(cp, ps_from, q->start, &s, &e))
					s = e;
			}
			else if (e == s ||
					 (!str_eq(measure, "capacity") &&
					  (!ends_with_noun(cp + s, e - s) ||
					   (!bare_ok && is_bare_noun(cp + s, e - s)))))
			{
				subject_after(cp, q->end, (k + 1 < nq && qs[k + 1].start < ce) ? qs[k + 1].start : ce,
							  &cues, &s, &e);

				/*
				 * 43个预增产值2000万元以上的增长点: words that run into the
				 * next figure with no verb between qualify what comes after
				 * it; they are not what the first figure counts.  An
				 * indicator named after the figure ends what it counts.
				 */
				for (i = 0; i < indicators.n; i++)
					if (indicators.m[i].start > s && indicators.m[i].start < e)
					{
						/* 10个重点工业项目完成投资151亿元: the projects */
						e = indicators.m[i].start;
						break;
					}
				if (e > s && k + 1 < nq && e == qs[k + 1].start &&
					last_cue(&cues, s, e, ROLE(CUE_VERB) | ROLE(CUE_FILLER) |
							 ROLE(CUE_INCREASE)) == NULL)
					s = e;
			}
			/*
			 * Leftovers of the text before: a dash, 以上 of an earlier
			 * figure (…以上重组成本); 2000吨级以上的船舶 is a class, no fact.
			 */
			while (e > s && (cp[s] == 0x2014 || cp[s] == 0x2013 || cp[s] == '-' ||
							 cp[s] == 0x7684 || cp[s] == 0x4E86 ||	/* 的 了 */
							 (cp[s] == '(' && !has_char(cp + s, e - s, ')'))))
				s++;
			/* a whole clause is no name of a measure */
			if (e - s > 24)
				s = e;
			/* 31个大城市城镇失业率: a rate is in percent, never counted */
			if (e > s && cp[e - 1] == 0x7387 &&
				(q->base_unit == NULL || !str_eq(q->base_unit, "pct")))
				s = e;
			if (e - s > 2 && cp[s] == 0x4EE5 &&
				(cp[s + 1] == 0x4E0A || cp[s + 1] == 0x4E0B))	/* 以上, 以下 */
				s = e;
			if (e > s && s == q->end && cp[s] == 0x7EA7)	/* 级 */
				s = e;
			/*
			 * 居民10.6万户，占城市人口63%: what follows 占 is the whole, never
			 * the part; with no subject before it there is none.
			 */
			if (share_cue != NULL && s >= share_cue->start)
				s = e;
			/* 增加到的2.54亿千瓦: a subject cut off before its noun */
			if (e > s && cp[e - 1] == 0x7684)	/* 的 */
				s = e;
			/*
			 * 设立规模为1亿元的专项基金, 600亿元规模的基金, 总储量达165亿吨
			 * 的煤炭: the size or amount of what follows 的.
			 */
			if (e - s >= 2 && q->end + 1 < n && cp[q->end] == 0x7684 &&	/* 的 */
				((cp[e - 2] == 0x89C4 && cp[e - 1] == 0x6A21) ||	/* 规模 */
				 cp[e - 1] == 0x91CF))	/* 量: 总储量达165亿吨的煤炭 */
				subject_after(cp, q->end + 1,
							  (k + 1 < nq && qs[k + 1].start < ce) ? qs[k + 1].start : ce,
							  &cues, &s, &e);
			else if (e - s > 3 && s == q->end && cp[s] == 0x89C4 &&
					 cp[s + 1] == 0x6A21 && cp[s + 2] == 0x7684)
				s += 3;
			/*
			 * 1032个项目总投资5871.7亿元, 拥有20多家企业，: a bare noun right
			 * after its count that ends the clause or meets an indicator is
			 * what is counted; 6家企业被认定为… counts what follows the verb,
			 * 对3154家企业进行服务 counts no fact.
			 */
			if (!bare_ok && s == q->end && e > s && is_bare_noun(cp + s, e - s) &&
				(e >= n || is_clause_end(cp[e]) || cp[e] == 0x3001 ||
				 is_sentence_end(cp[e]) ||
				 (k + 1 < nq && qs[k + 1].start > e && indicator_at(&indicators, e))) &&
				!object_of_preposition(cp, ps_from, q->start))
				bare_ok = true;
			/* a capacity is of any product; other figures of what is counted */
			if (e == s || (!str_eq(measure, "capacity") &&
						   !str_eq(measure, "progress") &&
						   (!ends_with_noun(cp + s, e - s) ||
							(!bare_ok && is_bare_noun(cp + s, e - s)))))
			{
				out->n--;		/* no subject of a measurable kind */
				continue;
			}
			s = without_place(cp, s, e, q);
			/*
			 * 国铁集团实现收入, 中央财政用于"三农"的资金: the one who
			 * reports or spends is not what is measured.
			 */
			if (e - s > 4)
			{
				int			a = actor_end(cp, s, e);

				if (a > s)
				{
					int			s2;
					int			e2;

					subject_before(cp, a, e, &cues, ps, np, &s2, &e2);
					if (e2 == e && e2 - s2 >= 2 && ends_with_noun(cp + s2, e2 - s2))
						s = s2;
				}
			}
			/* 年产30万吨再生铝项目: the capacity is of 再生铝 */
			if (str_eq(measure, "capacity") && e - s > 3 &&
				cp[e - 2] == 0x9879 && cp[e - 1] == 0x76EE)	/* 项目 */
				e -= 2;
			m->subject = subject_text(cp, s, e, &cues, ps, np);
		}
		if (m->indicator != NULL || m->subject != NULL)
		{
			if (tag != INT32_MIN)
				inherited_tag = tag;
			if (m->indicator == NULL && tag == INT32_MIN && !relational)
				inherited_tag = INT32_MIN;
			inherited_subject = m->subject;
		}

		m->measure = measure;
		m->value = q->value;
		memcpy(m->unit, q->unit, sizeof(m->unit));
		m->has_base = q->has_base;
		m->base_value = q->base_value;
		m->base_unit = q->base_unit;
		if (str_eq(q->kind, "ordinal"))
		{
			strcpy(m->unit, "位");	/* 全省第一: rank 1, as 第1位 */
			m->base_unit = "rank";
			m->base_value = m->value;
			m->has_base = true;
		}
		if (as_percent)
		{
			/* 1.2倍 of growth is 120% */
			ind_dec_shift(&m->value, 2);
			m->base_value = m->value;
			m->has_base = true;
			strcpy(m->unit, "%");
			m->base_unit = "pct";
		}
		if (negate)
		{
			m->value.neg = !m->value.neg;
			m->base_value.neg = !m->base_value.neg;
		}
		m->qualifier = q->qualifier;

		/* the period: the last one before it in the sentence or paragraph */
		{
			const IndPeriod *gov = NULL;
			const char *label = NULL;
			char	   *own = NULL;

			IndPeriod	year_end;

			/*
			 * A single day (今天（4月7日）) is when something happened, not
			 * the period a figure covers: it governs nothing.  But a year's
			 * end (到今年底) stands for that year.
			 */
			for (i = 0; i < np; i++)
				if (ps[i].start < q->start &&
					/* 由2002年的7703元增加到…: the base's date */
					!(subj_to < q->start && ps[i].start >= subj_to &&
					  ps[i].end <= qs[k - 1].end) &&
					!(single_day(&ps[i]) && !year_end_point(cp, &ps[i])))
					gov = &ps[i];
			if (gov != NULL && year_end_point(cp, gov) &&
				gov->first.d == gov->last.d && gov->first.m == gov->last.m)
			{
				year_end = *gov;
				year_end.first.m = 1;
				year_end.first.d = 1;
				gov = &year_end;
			}
			if (gov != NULL)
				label = own = utf8_of(cp + gov->start, gov->end - gov->start);
			else if (para->has_period && !single_day(&para->period))
			{
				gov = &para->period;
				label = para->period_label;
			}
			if (gov != NULL)
			{
				m->period_label = own ? own : dup_str(label);
				m->has_period_dates = gov->has_dates;
				m->period_start = gov->first;
				m->period_end = gov->last;
				/*
				 * 截至3月末，光缆线路总长度达到7454万公里: a level as of a
				 * month's end is that month's; only what the sentence says
				 * is 累计 (cumulative) runs from January.
				 */
				if (gov->has_dates && as_of_month(m->period_label) &&
					!has_lit(cp, n, "累计") && !has_lit(cp, n, "累計"))
				{
					m->period_start.m = m->period_end.m;
					m->period_start.y = m->period_end.y;
					m->period_start.d = 1;
				}
			}
		}

		/* a target? */
		c = last_cue(&cues, 0, q->start, ROLE(CUE_TARGET_SENTENCE));
		m->is_target = c != NULL;
		if (!m->is_target)
		{
			/* a list (拟发行国债1.3万亿元、比上年增加3000亿元) is one clause here */
			int			lcs = cs;

			while (lcs > 0 && cp[lcs - 1] == 0x3001)
			{
				lcs--;
				while (lcs > 0 && !is_clause_end(cp[lcs - 1]))
					lcs--;
			}
			m->is_target = last_cue(&cues, lcs, q->start, ROLE(CUE_TARGET_CLAUSE)) != NULL;
		}
		if (!m->is_target)
			m->is_target = future_deadline_before(cp, ps, np, q->start,
												  ctx->published);
		if (!m->is_target && list_item)
			m->is_target = out->m[out->n - 2].is_target;
		if (!m->is_target)
		{
			/* 完成1100万人以上目标任务的27%: the figure names the goal */
			int			j = q->end;

			if (j < n && cp[j] == 0x7684)	/* 的 */
				j++;
			m->is_target = j + 1 < n && cp[j] == 0x76EE && cp[j + 1] == 0x6807;	/* 目标 */
		}

		/* the scope of a rank or a difference */
		if (str_eq(measure, "rank") || str_eq(measure, "diff_pp"))
		{
			c = last_cue(&cues, cs, q->start, ROLE(CUE_SCOPE));
			if (c && strcmp(measure, "diff_pp") == 0 &&
				!comparison_before(cp, cs, c->start, &cues))
				c = NULL;
			if (c)
				m->scope = utf8_of(cp + c->start, c->end - c->start);
		}


		m->sentence_start = tm->src_byte[sent_from];
		m->sentence_end = tm->src_byte[sent_to];
		ind_textmap_source(tm, a + q->start, a + q->end, &m->span_start, &m->span_end);
		resolve_region(m, tm, a, a + cs, a + q->start, a + qs[nq - 1].end,
					   &regions, &nregions, out->m + first_of_sentence,
					   out->n - first_of_sentence, para);
	}

	drop_thresholds(out, first_of_sentence);
	carry_period(cp, ps, np, para);

	ind_free(regions);
	scratch->indicators = indicators;
	scratch->cues = cues;
	if (ps != &one_period)
		ind_free(ps);
}

int
ind_extract_metrics(const char *in, size_t len, const IndMetricContext *ctx,
					IndMetric **out)
{
	IndTextMap	tm;
	MetricList	list = {NULL, 0, 0};
	ParagraphState para = {false, {0}, NULL, -1, 0, NULL, NULL, NULL, 0};
	SentenceScratch scratch;
	int			a = 0;
	int			i;

	IndQuantity *qs;
	int			nq;
	int			qi = 0;
	IndMetricContext home = *ctx;
	bool		home_known = false;

	memset(&scratch, 0, sizeof(scratch));
	ind_textmap_build(in, len, &tm);

	/* one scan of the whole text each, then sentence by sentence */
	nq = ind_scan_quantities(tm.cp, tm.n, &qs);
	for (i = 0; i <= tm.n; i++)
	{
		bool		end_of_paragraph;
		int			b;
		int			q0 = qi;
		unsigned	marks;

		i = sentence_end(tm.cp, tm.n, a, &marks);
		b = i < tm.n ? i + 1 : i;
		ind_check_interrupts();
		end_of_paragraph = i == tm.n || tm.cp[i] == '\n';
		while (qi < nq && qs[qi].start < b)
			qi++;
		if (i > a)
			process_sentence(in, &tm, a, b, marks, ctx, &para, &list,
							 &scratch, qs ? qs + q0 : NULL, qi - q0);
		if (end_of_paragraph)
		{
			para.period_label = NULL;
			para.has_period = false;
		}
		a = i + 1;
	}
	ind_free(para.label_buf);
	ind_free(scratch.indicators.m);
	ind_free(scratch.cues.m);
	ind_free(scratch.covered);
	ind_free(scratch.respective);
	ind_free(qs);

	/* figures without a place of their own are about the home city */
	for (i = 0; i < list.n; i++)
	{
		IndMetric  *m = &list.m[i];

		if (!m->wants_home)
			continue;
		if (!home_known)
		{
			if (ctx->home_region != NULL)
				ind_metric_home_region(ctx->home_region, &home);
			else
				infer_home(&tm, &home);
			home_known = true;
		}
		if (home.home_region)
			m->region = dup_str(home.home_region);
		if (home.home_region_code)
			m->region_code = dup_str(home.home_region_code);
	}
	ind_textmap_free(&tm);
	*out = list.m;
	return list.n;
}

void
ind_free_metrics(IndMetric *m, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		ind_free(m[i].subject);
		ind_free(m[i].period_label);
		ind_free(m[i].region);
		ind_free(m[i].region_code);
		ind_free(m[i].scope);
	}
	ind_free(m);
}
