/*
 * numeral.h
 *		Exact decimal arithmetic and the parsing of Chinese and Arabic
 *		numerals (all scripts, full and half width).
 *
 * Values never pass through floating point.  An IndDec is a fixed-point
 * decimal with IND_DEC_INT_DIGITS digits before the point and
 * IND_DEC_FRAC_DIGITS after it; every operation reports overflow (a value
 * that does not fit, or a fraction that would need more places) instead of
 * rounding, and the callers turn overflow into "not a number" (SQL NULL).
 * That bound is what keeps a 1,000-digit number or a megabyte of 一 cheap:
 * the work per numeral character is constant and the result is NULL.
 */
#ifndef INDNEWS_NUMERAL_H
#define INDNEWS_NUMERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* Documented limits: 60 digits before the decimal point, 30 after. */
#define IND_DEC_INT_DIGITS	60
#define IND_DEC_FRAC_DIGITS 30
#define IND_DEC_POS			(IND_DEC_INT_DIGITS + IND_DEC_FRAC_DIGITS)
/* Room for a canonical string: sign, digits, point, NUL. */
#define IND_NUM_STRLEN		(IND_DEC_POS + 4)

typedef struct IndDec
{
	/* d[i] is the digit of 10^(i - IND_DEC_FRAC_DIGITS) */
	unsigned char d[IND_DEC_POS];
	bool		neg;
} IndDec;

/*
 * Zeroing a decimal is done for every number read, and is a few stores when
 * inline rather than a call to memset.
 */
static inline void
ind_dec_zero(IndDec *x)
{
	memset(x, 0, sizeof(*x));
}

/* x = v; a whole uint64 fits (20 digits), so the scanners' digit runs do */
static inline void
ind_dec_small(IndDec *x, uint64_t v)
{
	int			i = IND_DEC_FRAC_DIGITS;

	ind_dec_zero(x);
	while (v > 0 && i < IND_DEC_POS)
	{
		x->d[i++] = v % 10;
		v /= 10;
	}
}

extern bool ind_dec_is_zero(const IndDec *x);
extern bool ind_dec_add(IndDec *acc, const IndDec *b);
extern bool ind_dec_shift(IndDec *x, int k);
extern bool ind_dec_mul(IndDec *r, const IndDec *a, const IndDec *b);
extern bool ind_dec_div_small(IndDec *x, uint32_t divisor);
extern int	ind_dec_cmp(const IndDec *a, const IndDec *b);
extern bool ind_dec_from_ascii(IndDec *x, const char *s);
extern void ind_dec_to_str(const IndDec *x, char *out);
extern bool ind_dec_to_int64(const IndDec *x, int64_t *mant, int *scale);

/* What a character is to a numeral. */
typedef enum IndNumClass
{
	NC_NONE = 0,
	NC_DIGIT,					/* 一..九, 两, financial and traditional forms */
	NC_ZERO,					/* 零 〇 */
	NC_SMALL,					/* 十 百 千 (value: exponent 1..3) */
	NC_TENS,					/* 廿 卅 卌 (value: 2..4 tens) */
	NC_BIG,						/* 万 亿 兆 (value: exponent 4, 8, 12) */
	NC_POINT,					/* 点 點 */
	NC_ARABIC					/* 0-9 and full-width digits (value: digit) */
} IndNumClass;

extern IndNumClass ind_num_class_slow(uint32_t cp, int *val);

/*
 * What cp is to a numeral; *val gets its value (see IndNumClass).  Asked of
 * nearly every character a scanner meets, so the common answers are inline:
 * characters outside the few ranges that hold numerals are NC_NONE at once,
 * and the CJK block is read from a table (ind_nc_tab, built on first use).
 */
#define IND_NC_TAB_LO	0x4E00
#define IND_NC_TAB_HI	0x9FFF
extern unsigned char ind_nc_tab[IND_NC_TAB_HI - IND_NC_TAB_LO + 1];
extern bool ind_nc_tab_ready;
extern void ind_nc_tab_build(void);

static inline IndNumClass
ind_num_class(uint32_t cp, int *val)
{
	if (cp >= IND_NC_TAB_LO && cp <= IND_NC_TAB_HI)
	{
		unsigned char e;

		if (!ind_nc_tab_ready)
			ind_nc_tab_build();
		e = ind_nc_tab[cp - IND_NC_TAB_LO];
		*val = e & 0x0F;
		return (IndNumClass) (e >> 4);
	}
	if (cp >= '0' && cp <= '9')
	{
		*val = (int) (cp - '0');
		return NC_ARABIC;
	}
	if (cp < 0x3007 || (cp > 0x3007 && cp < 0xFF10) || cp > 0xFF19)
	{
		*val = 0;
		return NC_NONE;
	}
	return ind_num_class_slow(cp, val);
}

static inline bool
ind_is_arabic_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

static inline bool
ind_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 ||
		cp == '\n' || cp == '\r';
}

/* Flags of ind_numeral_parse. */
#define IND_NUM_FW_COMMA	0x01	/* accept ， as a thousands separator */

/*
 * Parse cp[0..n) as exactly one unsigned numeral (Chinese, Arabic or mixed).
 * Returns false when it is not one or does not fit.
 */
extern bool ind_numeral_parse(const uint32_t *cp, int n, IndDec *out, int flags);

/*
 * Parse cp[0..n) as one whole number the way indnews.parse_number does:
 * surrounding spaces, signs, 百分之/千分之/万分之, X分之Y, %, ‰, 成, a trailing
 * 个, the K/M/G suffixes of Arabic numbers.
 */
extern bool ind_parse_number_cp(const uint32_t *cp, int n, IndDec *out);

/* Same over a UTF-8 buffer; out gets the canonical decimal string. */
extern bool ind_parse_number(const char *s, size_t len, char *out);

/* Decode a UTF-8 buffer into code points (ind_alloc'd, *n set). */
extern uint32_t *ind_decode_utf8(const char *s, size_t len, int *n, int **byte_off);

/*
 * Does the literal (the project's own UTF-8) stand at cp[i], full-width
 * ASCII folded?  Its length in characters, else 0.  The literal is decoded
 * as it is compared (its NUL stops the decoder), so the usual mismatch on
 * the first character costs one decode.
 */
static inline int
ind_lit_at(const uint32_t *cp, int n, int i, const char *lit)
{
	const unsigned char *s = (const unsigned char *) lit;
	int			k = 0;

	while (*s)
	{
		uint32_t	c = utf8_next_trusted(&s);
		uint32_t	t;

		if (i + k >= n)
			return 0;
		t = cp[i + k];
		if (t >= 0xFF01 && t <= 0xFF5E)
			t -= 0xFEE0;
		if (t != c)
			return 0;
		k++;
	}
	return k;
}

/* Narrow [*s, *e) to its non-space part; false when nothing is left. */
static inline bool
ind_trim_cp(const uint32_t *cp, int *s, int *e)
{
	while (*s < *e && ind_is_space(cp[*s]))
		(*s)++;
	while (*e > *s && ind_is_space(cp[*e - 1]))
		(*e)--;
	return *s < *e;
}

#endif							/* INDNEWS_NUMERAL_H */
