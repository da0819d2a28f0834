/*
 * quantity.c
 *		Quantities (number + unit + qualifier, ranges) in running text.
 *
 * A quantity is read as
 *
 *	[pre-qualifier] [sign | 第 | 百分之 | currency prefix] numeral
 *	[mid-qualifier 多/余] [scale 万/亿] [spaces] [unit] [post-qualifier]
 *
 * optionally followed by a range connector and a second such piece
 * (3至5万吨, 10%~15%).  A scale written between the number and a unit that
 * takes one is reported as part of the unit (value 5, unit 万吨), as the
 * metric spec wants; without such a unit it is multiplied into the value.
 *
 * False hits are kept out by construction rather than by lists alone: a
 * Chinese numeral without a unit is only a quantity when it has a unit
 * character (三十, 一千二百万), so 一切, 统一, 万一, 四川, 一致 never start
 * one; a number followed by a time word (年 月 日 季度 ...) is a date or a
 * period, not a quantity; digit runs joined by - / . : are dates, times or
 * codes; long bare digit runs are ids or phone numbers; digits touching
 * Latin letters are names (5G, G20, H7N9).
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core_env.h"
#include "numeral.h"
#include "quantity.h"
#include "unit_table.h"
#include "utf8.h"

typedef struct Piece
{
	int			start;			/* first character (sign, 第, prefix) */
	int			run_start;		/* the numeral */
	int			run_end;
	int			end;			/* after unit and post-qualifier */
	int			scale_exp;		/* 万 = 4, 亿 = 8, 万亿 = 12 */
	int			scale_len;		/* bytes in scale_str */
	bool		chinese_range;	/* 三四万 */
	const IndUnitDef *unit;
	const char *unit_override;	/* 成, %, ‰ from special forms */
	const char *kind_override;
	const char *base_override;
	const char *factor_override;
	const char *qual;
	bool		neg;
	bool		ordinal;		/* 第N */
	bool		has_chinese;	/* a Chinese numeral character */
	bool		has_unit_char;	/* 十百千万亿 廿卅 点 */
	bool		plain_digits;	/* Arabic digits only */
	int			ndigits;
	bool		prefix_unit;	/* currency symbol before the number */
	/* written before they are read, so left out of the clearing */
	char		scale_str[16];	/* the scale as written: 万, 亿, 万亿 */
	uint64_t	digits_val;		/* the value of the run's Arabic digits,
								 * when there are at most 18 of them */
	IndDec		num;			/* numeral without the split-off scale */
	IndDec		lo,				/* only with chinese_range */
				hi;
} Piece;

typedef enum PieceResult
{
	PIECE_NONE,					/* not a quantity; skip to *next */
	PIECE_OK,
	PIECE_DATE					/* a date, period or code: skip to *next */
} PieceResult;

/* ---- small helpers --------------------------------------------------- */

static inline uint32_t
fold_width(uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		return c - 0xFEE0;
	return c;
}

static inline bool
is_ascii_letter(uint32_t c)
{
	c = fold_width(c);
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
is_numeral_char(uint32_t c)
{
	int			v;

	return ind_num_class(c, &v) != NC_NONE;
}

/* Does the word w[0..wlen) stand at cp[i]? (full width folded) */
static inline bool
word_at(const uint32_t *cp, int n, int i, const uint32_t *w, int wlen)
{
	int			k;

	if (i < 0 || i + wlen > n)
		return false;
	for (k = 0; k < wlen; k++)
		if (cp[i + k] != w[k] && fold_width(cp[i + k]) != fold_width(w[k]))
			return false;		/* (equal code points need no folding) */
	return true;
}

/* Does the word end right before cp[i]? */
static inline bool
word_before(const uint32_t *cp, int n, int i, const uint32_t *w, int wlen)
{
	return i - wlen >= 0 && word_at(cp, n, i - wlen, w, wlen);
}

/*
 * The word tables are searched through chains hashed on their first
 * character (full width folded), each in table order, so a lookup costs the
 * few words that share a first character instead of the whole table.  The
 * chains are built on first use; the tables are constant.
 */
#define WORD_HASH 256
#define WORD_HASH_OF(c) (((c) * 2654435761u) >> 24)

typedef struct WordIndex
{
	bool		ready;
	int16_t		head[WORD_HASH];
	int16_t		next[512];
} WordIndex;

/* the chains' links are int16_t indexes into next[] */
typedef char units_fit_index[IND_N_UNITS <= 512 ? 1 : -1];
typedef char quals_fit_index[IND_N_QUALIFIERS <= 512 ? 1 : -1];
typedef char words_fit_index[IND_N_NUMERAL_WORDS <= 512 ? 1 : -1];

static WordIndex unit_index,
			qual_index,
			numword_index;

static void
word_index_build(WordIndex *ix, const uint32_t *first, size_t stride, size_t n)
{
	int			k;

	for (k = 0; k < WORD_HASH; k++)
		ix->head[k] = -1;
	/* push in reverse so that every chain is in table order */
	for (k = (int) n - 1; k >= 0; k--)
	{
		uint32_t	c = fold_width(*(const uint32_t *) ((const char *) first + k * stride));
		int			h = WORD_HASH_OF(c);

		ix->next[k] = ix->head[h];
		ix->head[h] = (int16_t) k;
	}
	ix->ready = true;
}

static inline int
unit_chain(uint32_t c)
{
	if (!unit_index.ready)
		word_index_build(&unit_index, ind_units[0].w, sizeof(ind_units[0]), IND_N_UNITS);
	return unit_index.head[WORD_HASH_OF(fold_width(c))];
}

static inline int
qual_chain(uint32_t c)
{
	if (!qual_index.ready)
		word_index_build(&qual_index, ind_qualifiers[0].w, sizeof(ind_qualifiers[0]),
						 IND_N_QUALIFIERS);
	return qual_index.head[WORD_HASH_OF(fold_width(c))];
}

/*
 * The numeral words are chained on their first two characters instead:
 * nearly all of them begin with 一, so a chain of the first alone would be
 * most of the table, and it is walked wherever a Chinese numeral starts a
 * candidate (一个, 一些, 统一 ...).  Every word has two characters or more
 * (gen_unit_table.pl insists).
 */
#define PAIR_HASH_OF(c0, c1) WORD_HASH_OF((c0) * 31 + (c1))

static void
numword_index_build(void)
{
	int			k;

	for (k = 0; k < WORD_HASH; k++)
		numword_index.head[k] = -1;
	/* push in reverse so that every chain is in table order */
	for (k = (int) IND_N_NUMERAL_WORDS - 1; k >= 0; k--)
	{
		int			h;

		h = PAIR_HASH_OF(fold_width(ind_numeral_words[k].w[0]),
						 fold_width(ind_numeral_words[k].w[1]));
		numword_index.next[k] = numword_index.head[h];
		numword_index.head[h] = (int16_t) k;
	}
	numword_index.ready = true;
}

/*
 * The first characters (full width folded) of all units and of the units
 * written before a number.  Most places asked about begin no unit at all
 * (every candidate number is asked whether a currency sign stands there),
 * and one bit test answers that without walking a chain.
 */
static unsigned char unit_first[2][0x10000 / 8];
static bool unit_first_ready = false;

static void
unit_first_build(void)
{
	size_t		u;

	for (u = 0; u < IND_N_UNITS; u++)
	{
		uint32_t	c = fold_width(ind_units[u].w[0]);

		if (c >= 0x10000)
			continue;
		unit_first[0][c >> 3] |= (unsigned char) (1 << (c & 7));
		if (ind_units[u].flags & IND_UNIT_PREFIX)
			unit_first[1][c >> 3] |= (unsigned char) (1 << (c & 7));
	}
	unit_first_ready = true;
}

static const IndUnitDef *unit_walk(const uint32_t *cp, int n, int i, int need_flags);

/*
 * The longest unit at cp[i]; NULL when none.  Latin units need a boundary.
 * Inline, so that the usual answer (no unit begins here) costs no call.
 */
static inline const IndUnitDef *
unit_at(const uint32_t *cp, int n, int i, int need_flags)
{
	uint32_t	c;

	if (i < 0 || i >= n)
		return NULL;
	if (!unit_first_ready)
		unit_first_build();
	c = fold_width(cp[i]);
	if (c < 0x10000 &&
		!(unit_first[(need_flags & IND_UNIT_PREFIX) ? 1 : 0][c >> 3] & (1 << (c & 7))))
		return NULL;
	return unit_walk(cp, n, i, need_flags);
}

/* unit_at past its first-character test */
static const IndUnitDef *
unit_walk(const uint32_t *cp, int n, int i, int need_flags)
{
	int			u;

	for (u = unit_chain(cp[i]); u >= 0; u = unit_index.next[u])
	{
		const IndUnitDef *d = &ind_units[u];

		if ((d->flags & need_flags) != need_flags)
			continue;
		if (!word_at(cp, n, i, d->w, d->wlen))
			continue;
		if (is_ascii_letter(d->w[d->wlen - 1]) && i + d->wlen < n &&
			is_ascii_letter(cp[i + d->wlen]))
			continue;
		return d;
	}
	return NULL;
}

/* Words after a number that make it a date, time, duration or period. */
static const char *const time_words[] = {
	"个工作日", "個工作日", "个季度", "個季度", "个小时", "個小時", "个月",
	"個月", "个星期", "個星期", "周年", "週年", "年代", "世纪", "世紀",
	"季度", "小时", "小時", "分钟", "分鐘", "星期", "点钟", "點鐘",
	"年", "月", "日", "号", "號", "季", "周", "週", "天", "时", "時",
	"秒", "岁", "歲", "晚", "期", "届", "屆", "代", "旬", "线", "線",
	"楼", "樓", "层", "層", "版", "路", "中", "大", "是", "则", "則",
	"级", "級", "类", "類", "星", "产", "產", "批", "轮", "輪", "步",
	"项目", NULL
};

/*
 * time_words as code points, chained apart by length: those of two
 * characters or more on their first two, those of one on it.  The chain of
 * a first character alone would hold every word that begins with 个 (个月,
 * 个季度, 个小时 ...), and 个 follows many numbers.  Of the words that can
 * match at one place, all of two characters or more share their first two,
 * and each comes before any one-character word it begins with (年代 before
 * 年; keep the list so): so the first match in the long chain and then in
 * the short one is the first match in list order.
 */
#define N_TIME_WORDS (sizeof(time_words) / sizeof(time_words[0]) - 1)
typedef struct TimeWord
{
	uint32_t	w[8];
	int			wlen;
} TimeWord;
static TimeWord time_cps[N_TIME_WORDS];
static WordIndex time_long_index,
			time_short_index;

/* the first characters of time_words (folded), and 点 點 */
static unsigned char time_first[0x10000 / 8];
static bool time_cps_ready = false;

static void
time_index_build(void)
{
	int			k;

	for (k = 0; k < WORD_HASH; k++)
	{
		time_long_index.head[k] = -1;
		time_short_index.head[k] = -1;
	}
	for (k = 0; k < (int) N_TIME_WORDS; k++)
	{
		const unsigned char *s = (const unsigned char *) time_words[k];

		time_cps[k].wlen = 0;
		while (*s && time_cps[k].wlen < 8)
		{
			int			len;

			time_cps[k].w[time_cps[k].wlen++] = utf8_decode(s, s + 4, &len);
			s += len;
		}
	}
	/* push in reverse so that every chain is in list order */
	for (k = (int) N_TIME_WORDS - 1; k >= 0; k--)
	{
		const TimeWord *t = &time_cps[k];
		WordIndex  *ix;
		int			h;

		if (t->wlen >= 2)
		{
			ix = &time_long_index;
			h = PAIR_HASH_OF(fold_width(t->w[0]), fold_width(t->w[1]));
		}
		else
		{
			ix = &time_short_index;
			h = WORD_HASH_OF(fold_width(t->w[0]));
		}
		ix->next[k] = ix->head[h];
		ix->head[h] = (int16_t) k;
		h = fold_width(t->w[0]);
		if (h < 0x10000)
			time_first[h >> 3] |= (unsigned char) (1 << (h & 7));
	}
	time_first[0x70B9 >> 3] |= (unsigned char) (1 << (0x70B9 & 7));
	time_first[0x9EDE >> 3] |= (unsigned char) (1 << (0x9EDE & 7));
	time_cps_ready = true;
}

/* time_word_at past its first-character test; c is cp[i] folded */
static int
time_word_walk(const uint32_t *cp, int n, int i, uint32_t c)
{
	int			k;

	if (i + 1 < n)
		for (k = time_long_index.head[PAIR_HASH_OF(c, fold_width(cp[i + 1]))];
			 k >= 0; k = time_long_index.next[k])
			if (word_at(cp, n, i, time_cps[k].w, time_cps[k].wlen))
				return time_cps[k].wlen;
	for (k = time_short_index.head[WORD_HASH_OF(c)]; k >= 0;
		 k = time_short_index.next[k])
		if (word_at(cp, n, i, time_cps[k].w, 1))
			return 1;
	/* "3点" is a time unless a digit follows (3点5 was read as a decimal) */
	if (cp[i] == 0x70B9 || cp[i] == 0x9EDE)
		return 1;
	return 0;
}

/*
 * Length of the time word at cp[i], 0 when none.  Inline: asked of every
 * number read, and most numbers are followed by a character that begins no
 * time word (time_first), which one bit test says.
 */
static inline int
time_word_at(const uint32_t *cp, int n, int i)
{
	uint32_t	c;

	if (i < 0 || i >= n)
		return 0;
	if (!time_cps_ready)
		time_index_build();
	c = fold_width(cp[i]);
	if (c < 0x10000 && !(time_first[c >> 3] & (1 << (c & 7))))
		return 0;
	return time_word_walk(cp, n, i, c);
}

/*
 * The first characters (full width folded) of the qualifiers, by where they
 * stand.  After most numbers stands a unit or a time word, which begins no
 * qualifier: one bit test says so.
 */
static unsigned char qual_first[IND_WHERE_POST + 1][0x10000 / 8];
static bool qual_first_ready = false;

static void
qual_first_build(void)
{
	size_t		k;

	for (k = 0; k < IND_N_QUALIFIERS; k++)
	{
		uint32_t	c = fold_width(ind_qualifiers[k].w[0]);
		int			where = ind_qualifiers[k].where;

		if (c < 0x10000 && where >= 0 && where <= IND_WHERE_POST)
			qual_first[where][c >> 3] |= (unsigned char) (1 << (c & 7));
	}
	qual_first_ready = true;
}

/* qualifier_at past its first-character test */
static const IndWordDef *
qualifier_walk(const uint32_t *cp, int n, int i, int where)
{
	int			q;

	for (q = qual_chain(cp[i]); q >= 0; q = qual_index.next[q])
		if (ind_qualifiers[q].where == where &&
			word_at(cp, n, i, ind_qualifiers[q].w, ind_qualifiers[q].wlen))
			return &ind_qualifiers[q];
	return NULL;
}

/*
 * The qualifier standing at cp[i] where it may (IND_WHERE_MID ...); NULL
 * when none.  Inline: asked twice of every number read, and nearly always
 * answered by the first-character test.
 */
static inline const IndWordDef *
qualifier_at(const uint32_t *cp, int n, int i, int where)
{
	uint32_t	c;

	if (i < 0 || i >= n)
		return NULL;
	if (!qual_first_ready)
		qual_first_build();
	c = fold_width(cp[i]);
	if (where >= 0 && where <= IND_WHERE_POST && c < 0x10000 &&
		!(qual_first[where][c >> 3] & (1 << (c & 7))))
		return NULL;
	return qualifier_walk(cp, n, i, where);
}

/*
 * The qualifiers written before a number, chained on their last character
 * (full width folded) in table order.  The table is sorted longest first,
 * so the first word of the chain that ends at cp[i] is the longest one, and
 * of those the first in the table, as a walk over the whole table would
 * find.  qual_last has the same last characters, and their full-width
 * forms, for a test of the character as written.
 */
static unsigned char qual_last[0x10000 / 8];
static WordIndex qual_pre_index;

static void
qual_pre_index_build(void)
{
	int			k;

	for (k = 0; k < WORD_HASH; k++)
		qual_pre_index.head[k] = -1;
	/* push in reverse so that every chain is in table order */
	for (k = (int) IND_N_QUALIFIERS - 1; k >= 0; k--)
	{
		uint32_t	c = ind_qualifiers[k].w[ind_qualifiers[k].wlen - 1];
		int			h;

		if (ind_qualifiers[k].where != IND_WHERE_PRE)
			continue;
		c = fold_width(c);
		if (c < 0x10000)
			qual_last[c >> 3] |= (unsigned char) (1 << (c & 7));
		if (c > 0x20 && c < 0x7F)
			qual_last[(c + 0xFEE0) >> 3] |= (unsigned char) (1 << ((c + 0xFEE0) & 7));
		h = WORD_HASH_OF(c);
		qual_pre_index.next[k] = qual_pre_index.head[h];
		qual_pre_index.head[h] = (int16_t) k;
	}
	qual_pre_index.ready = true;
}

static const IndWordDef *
qualifier_before(const uint32_t *cp, int n, int i)
{
	int			q;

	if (!qual_pre_index.ready)
		qual_pre_index_build();
	/* most quantities have none: the character before ends no qualifier */
	if (i <= 0 || (cp[i - 1] < 0x10000 &&
				   !(qual_last[cp[i - 1] >> 3] & (1 << (cp[i - 1] & 7)))))
		return NULL;

	for (q = qual_pre_index.head[WORD_HASH_OF(fold_width(cp[i - 1]))]; q >= 0;
		 q = qual_pre_index.next[q])
	{
		int			len = ind_qualifiers[q].wlen;

		if (i - len >= 0 && word_at(cp, n, i - len, ind_qualifiers[q].w, len))
			return &ind_qualifiers[q];
	}
	return NULL;
}

static int
numeral_word_at(const uint32_t *cp, int n, int i)
{
	int			k;

	if (i < 0 || i + 1 >= n)
		return 0;
	if (!numword_index.ready)
		numword_index_build();
	for (k = numword_index.head[PAIR_HASH_OF(fold_width(cp[i]),
											 fold_width(cp[i + 1]))];
		 k >= 0; k = numword_index.next[k])
		if (word_at(cp, n, i, ind_numeral_words[k].w, ind_numeral_words[k].wlen))
			return ind_numeral_words[k].wlen;
	return 0;
}

static inline bool
is_connector(uint32_t c)
{
	return c == 0x81F3 || c == 0x5230 || c == '-' || c == '~' ||
		c == 0xFF5E || c == 0x2014 || c == 0xFF0D || c == 0x301C ||
		c == 0x2013 || c == 0x2212;
}

static inline bool
is_minus(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2212;
}

/* Big-scale characters that may stand between a number and its unit. */
static inline int
scale_exp_of(uint32_t c)
{
	switch (c)
	{
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			return 4;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			return 8;
		case 0x5146:			/* 兆 */
			return 12;
		default:
			return 0;
	}
}

static void
append_scale(Piece *p, uint32_t c)
{
	const char *s;

	switch (scale_exp_of(c))
	{
		case 4:
			s = "万";
			break;
		case 8:
			s = "亿";
			break;
		case 12:
			s = "兆";
			break;
		default:
			return;
	}
	/* each is three bytes; the string is kept with room for its NUL */
	if (p->scale_len + 3 < (int) sizeof(p->scale_str))
	{
		memcpy(p->scale_str + p->scale_len, s, 3);
		p->scale_len += 3;
	}
	p->scale_exp += scale_exp_of(c);
}

/*
 * End of the numeral run at cp[i].  Stops before a unit word that begins
 * with a numeral character (千瓦, 兆瓦, 千克, 百分点), so that 300万千瓦 reads
 * as 300 万 千瓦.
 */
static int
numeral_run_end(const uint32_t *cp, int n, int i, Piece *p)
{
	int			j = i;
	int			v;

	p->has_chinese = false;
	p->has_unit_char = false;
	p->plain_digits = true;
	p->ndigits = 0;
	p->digits_val = 0;
	while (j < n)
	{
		IndNumClass c = ind_num_class(cp[j], &v);

		if (c == NC_ARABIC)
		{
			/* (wraps past 19 digits, when it is not used) */
			p->digits_val = p->digits_val * 10 + v;
			p->ndigits++;
			j++;
			continue;
		}
		if ((cp[j] == '.' || cp[j] == 0xFF0E) && j > i &&
			ind_is_arabic_digit(cp[j - 1]) && j + 1 < n &&
			ind_is_arabic_digit(cp[j + 1]))
		{
			p->plain_digits = false;
			j++;
			continue;
		}
		if (cp[j] == ',' && j > i && ind_is_arabic_digit(cp[j - 1]) &&
			j + 3 < n && ind_is_arabic_digit(cp[j + 1]) &&
			ind_is_arabic_digit(cp[j + 2]) && ind_is_arabic_digit(cp[j + 3]) &&
			(j + 4 >= n || !ind_is_arabic_digit(cp[j + 4])))
		{
			p->plain_digits = false;
			j++;
			continue;
		}
		if (c == NC_NONE)
			break;
		if (c == NC_POINT)
		{
			int			w;

			if (j == i || j + 1 >= n)
				break;
			c = ind_num_class(cp[j + 1], &w);
			if (c != NC_DIGIT && c != NC_ZERO && c != NC_ARABIC)
				break;
		}
		if ((c == NC_SMALL || c == NC_BIG) && unit_at(cp, n, j, 0) != NULL)
			break;
		if (c != NC_ARABIC)
		{
			p->has_chinese = true;
			p->plain_digits = false;
		}
		if (c == NC_SMALL || c == NC_BIG || c == NC_TENS || c == NC_POINT)
			p->has_unit_char = true;
		j++;
	}
	return j;
}

/*
 * 三四万, 七八十, 十五六: two adjacent ascending digits make a range.  Parse
 * [a, b) as lo/hi by dropping one digit of the pair each time.
 */
static bool
chinese_range(const uint32_t *cp, int a, int b, IndDec *lo, IndDec *hi)
{
	uint32_t	buf[16];
	int			k,
				v1,
				v2,
				len = b - a;

	if (len < 2 || len > 12)
		return false;
	for (k = a; k + 1 < b; k++)
	{
		if (ind_num_class(cp[k], &v1) == NC_DIGIT &&
			ind_num_class(cp[k + 1], &v2) == NC_DIGIT && v2 == v1 + 1)
			break;
	}
	if (k + 1 >= b)
		return false;
	memcpy(buf, cp + a, (k - a + 1) * sizeof(uint32_t));
	memcpy(buf + (k - a + 1), cp + k + 2, (b - k - 2) * sizeof(uint32_t));
	if (!ind_numeral_parse(buf, len - 1, lo, 0))
		return false;
	memcpy(buf, cp + a, (k - a) * sizeof(uint32_t));
	memcpy(buf + (k - a), cp + k + 1, (b - k - 1) * sizeof(uint32_t));
	if (!ind_numeral_parse(buf, len - 1, hi, 0))
		return false;
	/* 七八十 = 70..80: the elision rule would read 七十 and 八十 alike */
	return true;
}

/* inline: asked at every candidate and after every connector */
static inline bool
is_start_char(uint32_t c, bool whole)
{
	int			v;
	IndNumClass k = ind_num_class(c, &v);

	if (k == NC_DIGIT || k == NC_ZERO || k == NC_ARABIC || k == NC_TENS)
		return true;
	if (k == NC_SMALL && (v == 1 || whole))
		return true;
	return false;
}

/*
 * Han characters that may follow a lone Chinese digit in a quantity: the
 * first characters of units, qualifiers, time words and range connectors,
 * 成 and the filler 个/個.  A lone digit followed by any other Han character
 * (一些, 统一, 三方) cannot become a quantity (bare_ok wants a unit or a
 * unit character), so read_piece leaves it at once.
 */
static unsigned char digit_follow[(0x9FFF - 0x4E00 + 1 + 7) / 8];
static bool digit_follow_ready = false;

static void
digit_follow_set(uint32_t c)
{
	c = fold_width(c);
	if (c >= 0x4E00 && c <= 0x9FFF)
		digit_follow[(c - 0x4E00) >> 3] |= (unsigned char) (1 << ((c - 0x4E00) & 7));
}

static void
digit_follow_build(void)
{
	size_t		k;
	uint32_t	c;
	int			v;

	if (!time_cps_ready)
		time_index_build();
	for (k = 0; k < IND_N_UNITS; k++)
		digit_follow_set(ind_units[k].w[0]);
	for (k = 0; k < IND_N_QUALIFIERS; k++)
		digit_follow_set(ind_qualifiers[k].w[0]);
	for (k = 0; k < N_TIME_WORDS; k++)
		digit_follow_set(time_cps[k].w[0]);
	for (c = 0x4E00; c <= 0x9FFF; c++)
		if (ind_num_class(c, &v) != NC_NONE || is_connector(c))
			digit_follow_set(c);
	digit_follow_set(0x6210);	/* 成 */
	digit_follow_set(0x4E2A);	/* 个 */
	digit_follow_set(0x500B);	/* 個 */
	digit_follow_ready = true;
}

/* May the Han character c follow a lone Chinese digit in a quantity? */
static inline bool
may_follow_digit(uint32_t c)
{
	if (c < 0x4E00 || c > 0x9FFF)
		return true;
	if (!digit_follow_ready)
		digit_follow_build();
	return (digit_follow[(c - 0x4E00) >> 3] >> ((c - 0x4E00) & 7)) & 1;
}

/*
 * 升 alone is a litre only where it cannot be the verb (上升, 升至, 升为):
 * at the end, before a non-Han character, or before a few words that follow
 * a volume (的 水 油 汽油).  A number before it is read anyway.
 */
static bool
litre_ok(const uint32_t *cp, int n, int k)
{
	if (k >= n || !utf8_is_han(cp[k]))
		return true;
	switch (cp[k])
	{
		case 0x7684:			/* 的 */
		case 0x6C34:			/* 水 */
		case 0x6CB9:			/* 油 */
		case 0x6C7D:			/* 汽 */
		case 0x67F4:			/* 柴 */
		case 0x88C5:			/* 装 */
		case 0x88DD:			/* 裝 */
		case 0x5DE6:			/* 左 */
		case 0x4EE5:			/* 以 */
		case 0x591A:			/* 多 */
		case 0x4F59:			/* 余 */
		case 0x3002:			/* 。 */
			return true;
		default:
			return false;
	}
}

/*
 * 折 after a number is a discount (九五折 = 95%) unless it begins a word
 * (折合, 折算, 折旧, 折扣, 折价, 折现, 折射).
 */
static bool
discount_ok(const uint32_t *cp, int n, int k)
{
	if (k >= n || !utf8_is_han(cp[k]))
		return true;
	switch (cp[k])
	{
		case 0x5408:			/* 合 */
		case 0x7B97:			/* 算 */
		case 0x65E7:			/* 旧 */
		case 0x820A:			/* 舊 */
		case 0x6263:			/* 扣 */
		case 0x4EF7:			/* 价 */
		case 0x50F9:			/* 價 */
		case 0x73B0:			/* 现 */
		case 0x73FE:			/* 現 */
		case 0x5C04:			/* 射 */
		case 0x817E:			/* 腾 */
		case 0x9A30:			/* 騰 */
		case 0x53E0:			/* 叠 */
		case 0x758A:			/* 疊 */
		case 0x8FD4:			/* 返 */
		case 0x56DE:			/* 回 */
		case 0x7EBF:			/* 线 */
		case 0x7DDA:			/* 線 */
		case 0x670D:			/* 服 */
		case 0x635F:			/* 损 */
		case 0x640D:			/* 損 */
		case 0x4E2D:			/* 中 */
		case 0x534A:			/* 半 */
		case 0x78E8:			/* 磨 */
			return false;
		default:
			return true;
	}
}

/*
 * Loose magnitudes: 上千, 数十, 几百万, 成千上万 (a bare 百/千/万 after 上 数
 * 几 or 成…上万) are read as the magnitude with qualifier "over".  Returns
 * the number of characters before cp[j] that belong to it (1), or 0.
 */
static int
loose_word_before(const uint32_t *cp, int n, int j, bool *chengqian)
{
	uint32_t	b;

	*chengqian = false;
	if (j <= 0)
		return 0;
	b = cp[j - 1];
	if (b == 0x6570 || b == 0x6578 || b == 0x51E0 || b == 0x5E7E)	/* 数 數 几 幾 */
		return 1;
	if (b == 0x4E0A)			/* 上, but not 以上 */
		return j >= 2 && cp[j - 2] == 0x4EE5 ? 0 : 1;
	if (b == 0x6210 && cp[j] == 0x5343 && j + 2 < n && cp[j + 1] == 0x4E0A &&
		(cp[j + 2] == 0x4E07 || cp[j + 2] == 0x842C))	/* 成千上万 */
	{
		*chengqian = true;
		return 1;
	}
	return 0;
}

/*
 * Read one piece at cp[i].  On PIECE_OK, p is filled and p->end set; on the
 * other results *next is where scanning resumes (> i).
 */
static PieceResult
read_piece(const uint32_t *cp, int n, int i, bool whole, bool second,
		   Piece *p, int *next)
{
	int			j = i;
	int			k,
				w;
	int			num_end;
	bool		split_scale = false;
	bool		loose = false;
	bool		chengqian = false;
	bool		is_date;
	IndNumClass dc;
	int			us,
				tw;
	const IndWordDef *q;
	const IndUnitDef *u;

	memset(p, 0, offsetof(Piece, num));
	p->start = i;
	*next = i + 1;

	/* sign, only where it cannot be a hyphen inside a code or range */
	if (j + 1 < n && !second &&
		((is_minus(cp[j]) && (j == 0 || !(is_ascii_letter(cp[j - 1]) ||
											ind_is_arabic_digit(cp[j - 1])))) ||
		 cp[j] == 0x8D1F || cp[j] == 0x8CA0) &&
		(ind_is_arabic_digit(cp[j + 1]) || (cp[j] > 0x7F && is_start_char(cp[j + 1], false))))
	{
		p->neg = true;
		j++;
	}
	else if (j + 1 < n && (cp[j] == '+' || cp[j] == 0xFF0B) &&
			 ind_is_arabic_digit(cp[j + 1]))
		j++;

	/* currency written before the number: ¥100, US$5, USD 100 */
	if (!p->neg && (u = unit_at(cp, n, j, IND_UNIT_PREFIX)) != NULL)
	{
		k = j + u->wlen;
		while (k < n && ind_is_space(cp[k]))
			k++;
		if (k < n && ind_is_arabic_digit(cp[k]) &&
			!(j > 0 && is_ascii_letter(u->w[0]) && is_ascii_letter(cp[j - 1])))
		{
			p->unit = u;
			p->prefix_unit = true;
			j = k;
		}
		else
			return PIECE_NONE;
	}

	/* 第N: ordinals and ranks */
	if (cp[j] == 0x7B2C && j + 1 < n && is_start_char(cp[j + 1], true))
	{
		p->ordinal = true;
		j++;
	}
	/* 百分之X, 千分之X */
	else if (cp[j] == 0x767E && (w = ind_lit_at(cp, n, j, "百分之")) > 0 && j + w < n &&
			 (is_start_char(cp[j + w], true)))
	{
		p->unit_override = "%";
		p->kind_override = "percent";
		p->base_override = "pct";
		p->factor_override = "1";
		j += w;
	}
	else if (cp[j] == 0x5343 && (w = ind_lit_at(cp, n, j, "千分之")) > 0 && j + w < n &&
			 is_start_char(cp[j + w], true))
	{
		p->unit_override = "‰";
		p->kind_override = "percent";
		p->base_override = "pct";
		p->factor_override = "0.1";
		j += w;
	}

	if (j >= n)
		return PIECE_NONE;
	{
		IndNumClass lc = ind_num_class(cp[j], &w);
		int			lw;

		/* 上千家, 数十, 几百万, 成千上万 */
		if (j == i && !second && (lc == NC_SMALL || lc == NC_BIG) &&
			(lw = loose_word_before(cp, n, j, &chengqian)) > 0)
		{
			p->start = j - lw;
			p->qual = "over";
			loose = true;
		}
		else if (!is_start_char(cp[j], whole))
		{
			/*
			 * 近千家, 逾百亿 after a qualifier; not a bare 万/亿 (签约亿元以上
			 * 项目 names a class of projects)
			 */
			if (j != i || second || lc != NC_SMALL ||
				qualifier_before(cp, n, j) == NULL)
				return PIECE_NONE;
			loose = true;
		}
	}

	/* words that start with a numeral: 一次性, 三台, 十四五 */
	if (!whole && !loose && !ind_is_arabic_digit(cp[j]) &&
		(w = numeral_word_at(cp, n, j)) > 0)
	{
		*next = j + w;
		return PIECE_NONE;
	}

	p->run_start = j;
	num_end = numeral_run_end(cp, n, j, p);
	p->run_end = num_end;
	*next = num_end > i ? num_end : i + 1;

	/* a lone Chinese digit before a Han character that cannot follow it */
	if (!whole && !second && !p->ordinal && p->unit_override == NULL &&
		!p->prefix_unit && num_end == j + 1 && num_end < n &&
		ind_num_class(cp[j], &w) == NC_DIGIT && !may_follow_digit(cp[num_end]))
		return PIECE_NONE;

	/* digits touching Latin letters are names: 5G, G20, H7N9 */
	if (!whole && j > 0 && ind_is_arabic_digit(cp[j]) &&
		(is_ascii_letter(cp[j - 1]) ||
		 ((cp[j - 1] == '.' || cp[j - 1] == ':' || cp[j - 1] == '/' ||
		   cp[j - 1] == '_' || cp[j - 1] == '#') &&
		  j > 1 && (ind_is_arabic_digit(cp[j - 2]) || is_ascii_letter(cp[j - 2])))))
		return PIECE_DATE;

	/*
	 * joined by . : / or another run: 2021.03.05, 10:30, 3/5 (the run may
	 * be empty, after a prefix unit such as 百分點 with no number)
	 */
	if (num_end > j && num_end + 1 < n && ind_is_arabic_digit(cp[num_end - 1]) &&
		(cp[num_end] == '.' || cp[num_end] == ':' || cp[num_end] == '/' ||
		 cp[num_end] == 0xFF1A || cp[num_end] == 0xFF0F) &&
		ind_is_arabic_digit(cp[num_end + 1]))
	{
		k = num_end + 1;
		while (k < n && (ind_is_arabic_digit(cp[k]) || cp[k] == '.' ||
						 cp[k] == ':' || cp[k] == '/' || cp[k] == '-'))
			k++;
		*next = k;
		return PIECE_DATE;
	}

	/* a scale at the end of the run may belong to the unit: 5万吨 */
	k = num_end;
	if (loose && scale_exp_of(cp[j]) > 0)
	{
		/* 上万, 近亿: the scale alone is one of it */
		int			s;

		for (s = j; s < num_end; s++)
			if (scale_exp_of(cp[s]) == 0)
				return PIECE_NONE;
		for (s = j; s < num_end; s++)
			append_scale(p, cp[s]);
		ind_dec_small(&p->num, 1);
	}
	else
	{
		int			t = num_end;

		while (t > j + 1 && scale_exp_of(cp[t - 1]) > 0)
			t--;
		if (t < num_end && t > j)
			split_scale = true;
		if (split_scale)
		{
			int			s;

			for (s = t; s < num_end; s++)
				append_scale(p, cp[s]);
			num_end = t;
		}
	}

	/* 成千上万: the run is 千, 上万 belongs to it */
	if (chengqian)
	{
		if (num_end != j + 1)
			return PIECE_NONE;
		k = j + 3;
	}

	/* mid-qualifier and a scale after it: 300余家, 10多万元, 两个亿 */
	q = qualifier_at(cp, n, k, IND_WHERE_MID);
	if (q != NULL)
	{
		/* 多 is only a qualifier before a scale, a unit, or a non-word */
		int			after = k + q->wlen;
		int			v;
		IndNumClass ac = after < n ? ind_num_class(cp[after], &v) : NC_NONE;

		if (ac == NC_DIGIT || ac == NC_ARABIC || ac == NC_ZERO)
			q = NULL;			/* a new number follows */
		else if (time_word_at(cp, n, after) > 0 &&
				 (unit_at(cp, n, after, 0) == NULL ||
				  time_word_at(cp, n, after) > unit_at(cp, n, after, 0)->wlen))
		{
			*next = after + time_word_at(cp, n, after);
			return PIECE_DATE;	/* 10多年 */
		}
		else if (p->scale_exp == 0 && scale_exp_of(cp[after < n ? after : k]) > 0 && after < n)
		{
			p->qual = q->code;
			k = after;
			while (k < n && scale_exp_of(cp[k]) > 0)
				append_scale(p, cp[k++]);
		}
		else if (unit_at(cp, n, after, 0) != NULL ||
				 (after < n && (cp[after] == 0x500B || cp[after] == 0x4E2A)) ||
				 after >= n || !utf8_is_han(cp[after]))
		{
			p->qual = q->code;
			k = after;
		}
		else
			q = NULL;
	}
	if (q == NULL && p->scale_exp == 0 && k + 1 < n &&
			 (cp[k] == 0x4E2A || cp[k] == 0x500B) && scale_exp_of(cp[k + 1]) > 0)
	{
		/* 两个亿: 个 as a filler before a scale */
		k++;
		while (k < n && scale_exp_of(cp[k]) > 0)
			append_scale(p, cp[k++]);
	}

	/* the unit, and a time word that makes the number a date */
	us = k;
	while (us < n && ind_is_space(cp[us]) && us - k < 3)
		us++;
	if (p->prefix_unit)
		u = NULL;
	else
		u = unit_at(cp, n, us, 0);
	if (u != NULL && u->wlen == 1 && u->w[0] == 0x5347 &&	/* 升 */
		!litre_ok(cp, n, us + 1))
		u = NULL;
	tw = time_word_at(cp, n, k);
	is_date = tw > 0 && (u == NULL || us != k || tw > u->wlen) && !p->unit_override;

	/*
	 * Dates (2023年, 10月, 一年) are most of the numbers met, and a run of
	 * Arabic digits that fits always evaluates, as does one Chinese digit,
	 * so such a date is dropped before its numeral is evaluated.  Any other
	 * numeral is evaluated first: one that fails to evaluate is no quantity
	 * and the scan resumes right after it, not after the time word.
	 */
	if (is_date &&
		((p->plain_digits && num_end > j && num_end - j <= IND_DEC_INT_DIGITS) ||
		 (num_end == j + 1 && ((dc = ind_num_class(cp[j], &w)) == NC_DIGIT ||
							   dc == NC_ZERO))))
	{
		*next = k + tw;
		return PIECE_DATE;
	}

	/* evaluate the numeral; 三四 before a scale or unit is a range */
	if (p->scale_exp > 0 && loose && scale_exp_of(cp[j]) > 0)
		;
	else if (num_end - j == 2 && ind_num_class(cp[j], &w) == NC_DIGIT &&
		ind_num_class(cp[j + 1], &w) == NC_DIGIT &&
		chinese_range(cp, j, num_end, &p->lo, &p->hi))
		p->chinese_range = true;
	else if (num_end > j && p->ndigits == num_end - j && p->ndigits <= 18)
	{
		/*
		 * Most numbers are a few digits and nothing else (plain_digits does
		 * not say so: 9點20 has it), whose value the run's scan has read
		 * already; ind_numeral_parse would find the same.
		 */
		ind_dec_small(&p->num, p->digits_val);
	}
	else if (!ind_numeral_parse(cp + j, num_end - j, &p->num, 0))
	{
		if (!p->has_chinese ||
			!chinese_range(cp, j, num_end, &p->lo, &p->hi))
			return PIECE_NONE;
		p->chinese_range = true;
	}
	if (p->chinese_range)
		ind_dec_zero(&p->num);

	if (is_date)
	{
		*next = k + tw;
		return PIECE_DATE;
	}

	/* the unit */
	{
		if (p->unit_override == NULL && !p->prefix_unit && u == NULL &&
			k < n && cp[k] == 0x6210)	/* 成 */
		{
			int			v;
			IndNumClass c = k + 1 < n ? ind_num_class(cp[k + 1], &v) : NC_NONE;

			if (k + 1 >= n || !utf8_is_han(cp[k + 1]) || c == NC_DIGIT ||
				ind_lit_at(cp, n, k + 1, "以") || ind_lit_at(cp, n, k + 1, "左") ||
				ind_lit_at(cp, n, k + 1, "多") || ind_lit_at(cp, n, k + 1, "的") ||
				ind_lit_at(cp, n, k + 1, "上") || ind_lit_at(cp, n, k + 1, "至"))
			{
				p->unit_override = "成";
				p->kind_override = "percent";
				p->base_override = "pct";
				p->factor_override = "10";
				k++;
				if (c == NC_DIGIT && !p->chinese_range)
				{
					/* 三成五 = 3.5 成 */
					IndDec		t;

					ind_dec_small(&t, (unsigned) v);
					if (ind_dec_shift(&t, -1 - p->scale_exp) && ind_dec_add(&p->num, &t))
						k++;
				}
			}
		}
		else if (p->unit_override == NULL && !p->prefix_unit && u == NULL &&
				 k < n && cp[k] == 0x6298 && !p->ordinal && !p->neg &&
				 discount_ok(cp, n, k + 1))	/* 折 */
		{
			/*
			 * 七折 = 70%, 8.5折 = 85%, 九五折 and 95折 = 95%: the value is in
			 * tenths (unit 折); two digits name tenths and hundredths.
			 */
			int64_t		mant;
			int			sc,
						v1,
						v2;
			bool		okd = true;

			if (p->chinese_range)
				;
			else if (num_end - j == 2 && p->scale_exp == 0 &&
					 ((ind_num_class(cp[j], &v1) == NC_DIGIT &&
					   ind_num_class(cp[j + 1], &v2) == NC_DIGIT) ||
					  (ind_is_arabic_digit(cp[j]) && ind_is_arabic_digit(cp[j + 1]) &&
					   ind_num_class(cp[j], &v1) && ind_num_class(cp[j + 1], &v2))))
			{
				ind_dec_small(&p->num, (unsigned) (v1 * 10 + v2));
				okd = v1 > 0 && ind_dec_shift(&p->num, -1);
			}
			else
				okd = p->scale_exp == 0 && ind_dec_to_int64(&p->num, &mant, &sc) &&
					((sc == 0 && mant >= 1 && mant <= 9) ||
					 (sc == 1 && mant >= 10 && mant < 100));
			if (okd)
			{
				p->unit_override = "折";
				p->kind_override = "percent";
				p->base_override = "pct";
				p->factor_override = "10";
				k++;
			}
		}
		else if (u != NULL && p->unit_override == NULL && !p->ordinal)
		{
			p->unit = u;
			k = us + u->wlen;
		}
		else if (u != NULL && p->ordinal &&
				 (ind_lit_at(cp, n, us, "位") || ind_lit_at(cp, n, us, "名")) && us == k)
		{
			p->unit = u;
			k = us + 1;
		}
	}

	/* a mid-qualifier may also stand after a unitless scale: 3万多 */
	if (p->qual == NULL && (q = qualifier_at(cp, n, k, IND_WHERE_POST)) != NULL)
	{
		/* 多 after a unit must not begin a new number or word */
		int			after = k + q->wlen;

		if (!(q->wlen == 1 && after < n && (utf8_is_han(cp[after]) && !ind_lit_at(cp, n, after, "的"))))
		{
			p->qual = q->code;
			k = after;
		}
	}
	p->end = k;

	return PIECE_OK;
}

/* Is this unitless, scaleless piece acceptable as a bare number? */
static bool
bare_ok(const Piece *p, bool whole)
{
	if (p->unit || p->unit_override)
		return true;
	/* 十四五, 七八十 without a unit or scale are plan names, not ranges */
	if (p->chinese_range && p->scale_exp == 0)
		return false;
	if (whole || p->ordinal)
		return true;
	if (p->has_chinese)
		return (p->has_unit_char || p->scale_exp > 0 || p->chinese_range) &&
			(p->run_end - p->run_start >= 2 || p->scale_exp > 0);
	/* long bare digit runs are ids and phone numbers */
	if (p->plain_digits && p->ndigits >= 7)
		return false;
	return true;
}

/*
 * Append s to q->unit, whose length is *len, as far as it fits (as strncat
 * would, without measuring the unit again).
 */
static inline void
unit_append(IndQuantity *q, size_t *len, const char *s)
{
	size_t		l = strlen(s);

	if (l > sizeof(q->unit) - 1 - *len)
		l = sizeof(q->unit) - 1 - *len;
	memcpy(q->unit + *len, s, l);
	*len += l;
	q->unit[*len] = '\0';
}

/* Fill q from a single piece. */
static bool
finish_piece(const Piece *p, IndQuantity *q)
{
	IndDec		factor,
				scale;
	const char *fs;
	int			scale_shift = p->scale_exp;	/* scale left in the unit */
	size_t		ulen = 0;

	/*
	 * Field by field rather than a memset of the whole: value and
	 * base_value are written on every path that returns true, the unit is
	 * read only up to its NUL, and low and high only with is_range, which
	 * sets them.  The decimals are most of the struct.
	 */
	q->start = p->start;
	q->end = p->end;
	q->kind = NULL;
	q->has_value = false;
	q->unit[0] = '\0';
	q->has_base = false;
	q->base_unit = NULL;
	q->qualifier = p->qual;
	q->is_range = false;

	if (p->ordinal && p->unit == NULL)
	{
		q->kind = "ordinal";
		q->has_value = true;
		q->value = p->num;
		if (p->scale_exp && !ind_dec_shift(&q->value, p->scale_exp))
			return false;
		q->has_base = true;
		q->base_value = q->value;
		q->base_unit = "rank";
		q->end = p->run_end;
		return true;
	}

	/*
	 * 10^scale_exp must fit, as it did when it was always built here; it is
	 * now built only for a factor that is not a power of ten.
	 */
	if (p->scale_exp < -IND_DEC_FRAC_DIGITS || p->scale_exp >= IND_DEC_INT_DIGITS)
		return false;

	q->has_value = true;
	q->value = p->num;
	if (p->ordinal)
	{
		q->kind = "rank";
		strcpy(q->unit, p->unit->folded);
		q->base_unit = "rank";
		q->has_base = true;
		q->base_value = p->num;
		return true;
	}
	if (p->unit_override || (p->unit && !(p->unit->flags & IND_UNIT_SCALE)) ||
		p->prefix_unit || p->unit == NULL)
	{
		/* the scale goes into the value: 3万% is not a unit */
		if (!ind_dec_shift(&q->value, p->scale_exp))
			return false;
		scale_shift = 0;
	}
	else
	{
		memcpy(q->unit, p->scale_str, p->scale_len);
		ulen = p->scale_len;
		q->unit[ulen] = '\0';
	}

	if (p->unit_override)
	{
		unit_append(q, &ulen, p->unit_override);
		q->kind = p->kind_override;
		q->base_unit = p->base_override;
		fs = p->factor_override;
	}
	else if (p->unit)
	{
		unit_append(q, &ulen, p->unit->folded);
		q->kind = p->unit->kind;
		q->base_unit = p->unit->base_unit;
		fs = p->unit->factor;
	}
	else
	{
		q->kind = "number";
		q->has_base = true;
		q->base_value = q->value;
		q->value.neg = p->neg && !ind_dec_is_zero(&q->value);
		q->base_value.neg = q->value.neg;
		return true;
	}
	q->value.neg = p->neg && !ind_dec_is_zero(&q->value);
	/* factors 1 and 1eN (nearly all) are shifts, not multiplications */
	if (fs[0] == '1' && (fs[1] == '\0' || (fs[1] == 'e' && fs[2] >= '1' && fs[2] <= '9' &&
										  (fs[3] == '\0' || (fs[3] >= '0' && fs[3] <= '9' && fs[4] == '\0')))))
	{
		int			e = fs[1] == '\0' ? 0 : fs[3] == '\0' ? fs[2] - '0' :
		(fs[2] - '0') * 10 + fs[3] - '0';

		q->base_value = q->value;
		if (!ind_dec_shift(&q->base_value, e + scale_shift))
			return false;
	}
	else
	{
		ind_dec_small(&scale, 1);
		if (!ind_dec_shift(&scale, scale_shift) ||
			!ind_dec_from_ascii(&factor, fs) || !ind_dec_mul(&factor, &factor, &scale) ||
			!ind_dec_mul(&q->base_value, &q->value, &factor))
			return false;
	}
	q->has_base = true;
	return true;
}

/* Fill q from a range lo..hi read as a piece of its own (三四万吨) or two. */
static bool
finish_range(IndQuantity *q, const IndDec *lo, const IndDec *hi)
{
	if (ind_dec_cmp(lo, hi) >= 0)
		return false;
	q->is_range = true;
	q->low = *lo;
	q->high = *hi;
	q->has_value = false;
	q->has_base = false;
	return true;
}

/*
 * A currency named in words (人民币, 港币, 美元, 新台币; two characters or
 * more) at cp[i] or, with before, ending right before cp[i]; NULL when none.
 * A word right after a numeral is the unit of an earlier number (100美元200).
 */
static const IndUnitDef *
money_word(const uint32_t *cp, int n, int i, bool before)
{
	int			len,
				u;
	uint32_t	c;

	if (before)
	{
		if (i < 2)
			return NULL;
		/* the last characters of the money words: 币 幣 元 金 镑 鎊 布 铢 銖 */
		c = cp[i - 1];
		if (c != 0x5E01 && c != 0x5E63 && c != 0x5143 && c != 0x91D1 &&
			c != 0x9551 && c != 0x938A && c != 0x5E03 && c != 0x94E2 && c != 0x9296)
			return NULL;
	}
	else
	{
		/* the first characters of the money words, built on first use */
		static unsigned char first[(0x9FFF - 0x4E00 + 1 + 7) / 8];
		static bool first_ready = false;

		if (!first_ready)
		{
			size_t		k;

			for (k = 0; k < IND_N_UNITS; k++)
			{
				uint32_t	f = ind_units[k].w[0];

				if (ind_units[k].wlen >= 2 && f >= 0x4E00 && f <= 0x9FFF &&
					strcmp(ind_units[k].kind, "money") == 0)
					first[(f - 0x4E00) >> 3] |= (unsigned char) (1 << ((f - 0x4E00) & 7));
			}
			first_ready = true;
		}
		if (i >= n || cp[i] < 0x4E00 || cp[i] > 0x9FFF ||
			!((first[(cp[i] - 0x4E00) >> 3] >> ((cp[i] - 0x4E00) & 7)) & 1))
			return NULL;
	}
	/* the money words are two to four characters long */
	for (len = 4; len >= 2; len--)
	{
		int			at = before ? i - len : i;

		if (at < 0 || at + len > n)
			continue;
		for (u = unit_chain(cp[at]); u >= 0; u = unit_index.next[u])
		{
			const IndUnitDef *d = &ind_units[u];
			int			v;

			if (d->wlen != len || !utf8_is_han(d->w[0]) ||
				strcmp(d->kind, "money") != 0 || strcmp(d->factor, "1") != 0 ||
				d->w[0] == 0x5143 || d->w[0] == 0x5757)	/* 元人民币, 块钱 */
				continue;
			if (!word_at(cp, n, at, d->w, len))
				continue;
			if (before && at > 0 && ind_num_class(cp[at - 1], &v) != NC_NONE)
				return NULL;
			return d;
		}
	}
	return NULL;
}

/* Is q a bare number, or money in 元 (CNY), that a currency word may name? */
static bool
takes_currency(const IndQuantity *q)
{
	size_t		l;

	/* number, money: a first-letter test before the comparison */
	if (q->kind[0] == 'n')
		return strcmp(q->kind, "number") == 0;
	if (q->kind[0] != 'm' || q->kind[1] != 'o' || q->base_unit == NULL ||
		strcmp(q->base_unit, "CNY") != 0)
		return false;
	l = strlen(q->unit);
	return l >= 3 && strcmp(q->unit + l - 3, "元") == 0;
}

/* Make q money in the currency d: 港币100元, 美元100, 1000元新台币. */
static void
set_currency(IndQuantity *q, const IndUnitDef *d)
{
	if (strcmp(q->kind, "number") == 0)
	{
		/* every money word has factor 1: the base value is the value */
		q->kind = d->kind;
		strcpy(q->unit, d->folded);
	}
	else if (strcmp(d->base_unit, "CNY") != 0)
	{
		/* 万元 -> 万港元: the scale stays, the currency changes */
		size_t		l = strlen(q->unit) - 3;

		if (l + strlen(d->folded) < sizeof(q->unit))
			strcpy(q->unit + l, d->folded);
	}
	q->base_unit = d->base_unit;
}

/*
 * The qualifier written before a quantity that begins at q->start, possibly
 * with 为/达/了 between it and the number: it widens the span and becomes
 * the qualifier unless the quantity has its own.  Looked for only once a
 * quantity is accepted, not for every candidate.
 */
static void
pre_qualifier(const uint32_t *cp, int n, IndQuantity *q)
{
	int			b = q->start;
	const IndWordDef *pq;
	const IndUnitDef *cur;

	/* a currency in words before the number, or after 元 */
	if (takes_currency(q))
	{
		int			t = b;

		while (t > 0 && ind_is_space(cp[t - 1]) && b - t < 2)
			t--;
		if ((cur = money_word(cp, n, t, true)) != NULL)
		{
			set_currency(q, cur);
			q->start = b = t - cur->wlen;
		}
		else if (strcmp(q->kind, "money") == 0 &&
				 (cur = money_word(cp, n, q->end, false)) != NULL &&
				 strcmp(cur->base_unit, "CNY") != 0)
		{
			set_currency(q, cur);
			q->end += cur->wlen;
		}
	}

	pq = qualifier_before(cp, n, b);
	if (pq == NULL && b > 0 && (cp[b - 1] == 0x4E3A || cp[b - 1] == 0x70BA ||
								cp[b - 1] == 0x8FBE || cp[b - 1] == 0x9054 ||
								cp[b - 1] == 0x4E86))
	{
		pq = qualifier_before(cp, n, b - 1);
		if (pq)
			b--;
	}
	if (pq != NULL)
	{
		if (q->qualifier == NULL)
			q->qualifier = pq->code;
		q->start = b - pq->wlen;
	}
}

/*
 * One quantity at cp[i] (a piece, or two joined by a connector).  Returns
 * true with q filled; *next is where scanning resumes either way.
 */
static bool
read_quantity(const uint32_t *cp, int n, int i, bool whole, IndQuantity *q,
			  int *next)
{
	Piece		a,
				b;
	PieceResult r;
	int			nx,
				nx2;
	int			c;

	r = read_piece(cp, n, i, whole, false, &a, &nx);
	*next = nx;
	if (r != PIECE_OK)
		return false;
	*next = a.end > i ? a.end : i + 1;

	/* a range: connector right after the first piece */
	c = a.end;
	if (c + 1 < n && is_connector(cp[c]) && !a.prefix_unit && !a.ordinal &&
		!a.chinese_range && is_start_char(cp[c + 1], false))
	{
		r = read_piece(cp, n, c + 1, whole, true, &b, &nx2);
		if (r == PIECE_DATE)
		{
			/* 1-10月, 2021-2022年: a period, not a quantity */
			*next = nx2;
			return false;
		}
		if (r == PIECE_OK && !b.ordinal && !b.chinese_range &&
			(b.end >= n || !is_connector(cp[b.end]) || cp[b.end] == 0x81F3 || cp[b.end] == 0x5230))
		{
			bool		compatible;
			IndQuantity qb;

			/* the first piece inherits the second's unit: 3至5万吨 */
			compatible = (a.unit == NULL && a.unit_override == NULL) ||
				(a.unit && b.unit && strcmp(a.unit->folded, b.unit->folded) == 0) ||
				(a.unit_override && b.unit_override &&
				 strcmp(a.unit_override, b.unit_override) == 0);
			if (compatible && !(b.plain_digits && b.ndigits >= 7 && !b.unit) &&
				finish_piece(&b, &qb))
			{
				IndDec		lo = a.num;
				IndDec		hi = qb.value;
				IndDec		b_full = b.num;
				bool		b_scale_in_unit = (b.unit && (b.unit->flags & IND_UNIT_SCALE) &&
											   !b.unit_override && !b.prefix_unit);
				int			a_exp = a.scale_exp;
				int			b_exp = b_scale_in_unit ? b.scale_exp : 0;

				/* 3至5万: a bare first number takes the second's scale */
				if (a_exp == 0 && a.unit == NULL && b.scale_exp > 0 &&
					ind_dec_shift(&b_full, b.scale_exp))
				{
					IndDec		t = lo;

					if (ind_dec_shift(&t, b.scale_exp) && ind_dec_cmp(&t, &b_full) <= 0)
						a_exp = b.scale_exp;
				}
				if (ind_dec_shift(&lo, a_exp - b_exp))
				{
					lo.neg = a.neg && !ind_dec_is_zero(&lo);
					*q = qb;
					q->start = a.start;
					if (a.qual && !q->qualifier)
						q->qualifier = a.qual;
					if (finish_range(q, &lo, &hi))
					{
						*next = q->end;
						pre_qualifier(cp, n, q);
						return true;
					}
				}
			}
		}
		else if (r == PIECE_OK && b.end < n && is_connector(cp[b.end]))
		{
			/* 2021-03-05, 0731-8888-1234: a chain, a date or a code */
			int			k = b.end;

			while (k < n && (ind_is_arabic_digit(cp[k]) || is_connector(cp[k])))
				k++;
			*next = k;
			return false;
		}
		/* a phone number 0731-88888888 */
		if (r == PIECE_OK && b.plain_digits && b.ndigits >= 7 && !b.unit &&
			!whole)
		{
			*next = b.end;
			return false;
		}
	}

	/* a spaced digit group: 138 1234 5678 */
	if (!whole && a.plain_digits && !a.unit && a.end + 1 < n &&
		cp[a.end] == ' ' && ind_is_arabic_digit(cp[a.end + 1]))
	{
		int			k = a.end;

		while (k < n && (ind_is_arabic_digit(cp[k]) || cp[k] == ' '))
			k++;
		*next = k;
		return false;
	}
	/* a Latin letter right after the number: 5G, 3D */
	if (!whole && a.unit == NULL && a.unit_override == NULL && a.end < n &&
		is_ascii_letter(cp[a.end]))
		return false;

	if (!bare_ok(&a, whole))
		return false;
	if (!finish_piece(&a, q))
		return false;
	if (a.chinese_range)
	{
		IndDec		lo = a.lo,
					hi = a.hi;

		if (!(q->unit[0] && a.scale_exp && a.unit && (a.unit->flags & IND_UNIT_SCALE) &&
			  !a.unit_override))
		{
			if (!ind_dec_shift(&lo, a.scale_exp) || !ind_dec_shift(&hi, a.scale_exp))
				return false;
		}
		if (!finish_range(q, &lo, &hi))
			return false;
	}
	pre_qualifier(cp, n, q);
	return true;
}

/* 翻一番 = 2 times, 翻两番 = 4, 翻三番 = 8; returns the span length or 0. */
static int
doubling_at(const uint32_t *cp, int n, int i, IndQuantity *q)
{
	int			k = i + 1;
	int			times = 1;
	int			v;

	if (i >= n || cp[i] != 0x7FFB)	/* 翻 */
		return 0;
	if (k < n && cp[k] == 0x4E86)	/* 了 */
		k++;
	if (k < n && (cp[k] == 0x756A))	/* 番 */
		times = 1;
	else if (k + 1 < n && ind_num_class(cp[k], &v) == NC_DIGIT && v <= 4 &&
			 cp[k + 1] == 0x756A)
	{
		times = v;
		k++;
	}
	else
		return 0;
	k++;
	memset(q, 0, sizeof(*q));
	q->start = i;
	q->end = k;
	q->kind = "multiple";
	q->has_value = true;
	ind_dec_small(&q->value, 1u << times);
	strcpy(q->unit, "倍");
	q->has_base = true;
	q->base_value = q->value;
	q->base_unit = "times";
	return k - i;
}

/*
 * Characters at which the scanner must look: exactly those the dispatch in
 * ind_scan_quantities acts on.  Digits and Latin letters (ASCII and full
 * width), the signs + - − and their full-width forms, the first characters
 * of the units written before a number ($ ¥ € ..., folded or not), 〇, the
 * Han numerals, 第, 负/負 and 翻.  Every other character (punctuation,
 * spaces, the full-width comma that fills Chinese text) is passed over by
 * one look-up, which is what keeps the scan near the speed of reading the
 * text.  A byte a character rather than a bit: the test is then a load and
 * a compare, where a bit costs five more instructions on every character.
 * (Characters beyond the BMP start nothing: see no_look.)
 */
static unsigned char look_at[0x10000];
static bool look_at_ready = false;

static void
look_at_set(uint32_t c)
{
	if (c < 0x10000)
		look_at[c] = 1;
}

/* c and its full-width form */
static void
look_at_set_both(uint32_t c)
{
	look_at_set(c);
	if (c > 0x20 && c < 0x7F)
		look_at_set(c + 0xFEE0);
}

static void
look_at_build(void)
{
	uint32_t	c;
	size_t		u;
	int			v;

	for (c = '0'; c <= '9'; c++)
		look_at_set_both(c);
	for (c = 'a'; c <= 'z'; c++)
	{
		look_at_set_both(c);
		look_at_set_both(c - 'a' + 'A');
	}
	look_at_set_both('+');
	look_at_set_both('-');
	look_at_set(0x3007);
	look_at_set(0x2212);
	look_at_set(0xFFE5);
	for (u = 0; u < IND_N_UNITS; u++)
		if (ind_units[u].flags & IND_UNIT_PREFIX)
		{
			look_at_set(ind_units[u].w[0]);
			look_at_set_both(fold_width(ind_units[u].w[0]));
		}
	for (c = 0x4E00; c <= 0x9FFF; c++)
		if (ind_num_class(c, &v) != NC_NONE || c == 0x7B2C || c == 0x8D1F ||
			c == 0x8CA0 || c == 0x7FFB)
			look_at_set(c);
	look_at_ready = true;
}

/*
 * A character beyond the BMP starts nothing: passed over here, or looked at
 * and passed over by the dispatch, it comes to the same.  So the index is
 * only masked into the table, which saves a test and a branch on every
 * character of the text.
 */
static inline bool
no_look(uint32_t c)
{
	return !look_at[c & (sizeof(look_at) - 1)];
}

int
ind_scan_quantities(const uint32_t *cp, int n, IndQuantity **out)
{
	int			cap = 0,
				count = 0;
	int			i = 0;
	int			last_check = 0;
	IndQuantity *arr = NULL;

	*out = NULL;
	if (!look_at_ready)
		look_at_build();
	while (i < n)
	{
		IndQuantity *qp;
		int			next;
		bool		got = false;
		uint32_t	c;
		int			v;

		if (i - last_check >= IND_INTERRUPT_STRIDE / 4)
		{
			ind_check_interrupts();
			last_check = i;
		}
		if (no_look(cp[i]))
		{
			/* a tight loop over the text between candidates */
			const uint32_t *p = cp + i + 1;
			const uint32_t *lim = cp + (n - i > IND_INTERRUPT_STRIDE / 4 ?
										i + IND_INTERRUPT_STRIDE / 4 : n);

			/* four characters to one bound test, then one at a time */
			while (lim - p >= 4 && no_look(p[0]) && no_look(p[1]) &&
				   no_look(p[2]) && no_look(p[3]))
				p += 4;
			while (p < lim && no_look(*p))
				p++;
			i = (int) (p - cp);
			continue;
		}
		c = cp[i];
		/* a candidate is read straight into the next free slot */
		if (count == cap)
		{
			cap = cap ? cap * 2 : 16;
			arr = arr ? ind_realloc(arr, cap * sizeof(IndQuantity)) :
				ind_alloc(cap * sizeof(IndQuantity));
		}
		qp = &arr[count];

		if (c == 0x7FFB)
		{
			int			l = doubling_at(cp, n, i, qp);

			got = l > 0;
			next = i + (l > 0 ? l : 1);
		}
		else if (is_ascii_letter(c) && !(unit_at(cp, n, i, IND_UNIT_PREFIX) &&
										 (i == 0 || !is_ascii_letter(cp[i - 1]))))
		{
			/* skip a Latin word with its digits: G20, H7N9, COVID-19 */
			next = i + 1;
			while (next < n && (is_ascii_letter(cp[next]) || ind_is_arabic_digit(cp[next]) ||
								((cp[next] == '-' || cp[next] == '_') && next + 1 < n &&
								 (ind_is_arabic_digit(cp[next + 1]) || is_ascii_letter(cp[next + 1])))))
				next++;
		}
		else if (c >= 0x4E00 && i + 1 < n && ind_num_class(c, &v) == NC_DIGIT &&
				 !may_follow_digit(cp[i + 1]) &&
				 unit_at(cp, n, i, IND_UNIT_PREFIX) == NULL)
		{
			/*
			 * 一些, 统一, 三方: a lone Chinese digit before a Han character
			 * that cannot follow it, read_piece's earliest and commonest
			 * rejection (after the numeral words, which are skipped whole),
			 * made here without setting up a quantity.
			 */
			int			w = numeral_word_at(cp, n, i);

			next = i + (w > 0 ? w : 1);
		}
		else if (is_start_char(c, false) || c == 0x7B2C || c == 0x767E ||
				 c == 0x5343 || scale_exp_of(c) > 0 || is_minus(c) || c == 0x8D1F || c == 0x8CA0 ||
				 c == '+' || c == 0xFF0B ||
				 ((fold_width(c) < 0x3000 || c == 0xFFE5) &&
				  unit_at(cp, n, i, IND_UNIT_PREFIX)))
			got = read_quantity(cp, n, i, false, qp, &next);
		else
			next = i + 1;

		if (got)
		{
			count++;
			if (qp->end > next)
				next = qp->end;
		}
		i = next > i ? next : i + 1;
	}
	if (count == 0 && arr)
	{
		ind_free(arr);
		arr = NULL;
	}
	*out = arr;
	return count;
}

/* A whole quantity at cp[t], perhaps after a currency word (人民币100元). */
static bool
read_quantity_cur(const uint32_t *cp, int e, int t, IndQuantity *q)
{
	const IndUnitDef *cur;
	int			next,
				t2;

	if (read_quantity(cp, e, t, true, q, &next) && q->end == e)
		return true;
	if (t + 1 < e && (cp[t] == 0x4E0A || cp[t] == 0x6570 || cp[t] == 0x6578 ||
					  cp[t] == 0x51E0 || cp[t] == 0x5E7E || cp[t] == 0x6210))
		/* 上千家, 数十, 几百万, 成千上万: the word is read with the number */
		return read_quantity(cp, e, t + 1, true, q, &next) && q->start == t;
	if ((cur = money_word(cp, e, t, false)) == NULL)
		return false;
	t2 = t + cur->wlen;
	while (t2 < e && ind_is_space(cp[t2]) && t2 - t - cur->wlen < 2)
		t2++;
	/* the currency must have been taken: q->start moved back to t */
	return read_quantity(cp, e, t2, true, q, &next) && q->start <= t;
}

bool
ind_parse_quantity_cp(const uint32_t *cp, int n, IndQuantity *q)
{
	int			s = 0,
				e = n;

	if (!ind_trim_cp(cp, &s, &e))
		return false;
	if (doubling_at(cp, e, s, q) == e - s)
		return true;
	/* qualifiers written before the number belong to the quantity */
	{
		const IndWordDef *best = NULL;
		size_t		k;

		for (k = 0; k < IND_N_QUALIFIERS; k++)
			if (ind_qualifiers[k].where == IND_WHERE_PRE &&
				word_at(cp, e, s, ind_qualifiers[k].w, ind_qualifiers[k].wlen))
			{
				best = &ind_qualifiers[k];
				break;
			}
		if (best && s + best->wlen < e)
		{
			int			t = s + best->wlen;

			while (t < e && ind_is_space(cp[t]))
				t++;
			if (read_quantity_cur(cp, e, t, q) && q->end == e)
			{
				if (!q->qualifier)
					q->qualifier = best->code;
				q->start = s;
				return true;
			}
		}
	}
	if (!read_quantity_cur(cp, e, s, q) || q->end != e)
		return false;
	return true;
}
