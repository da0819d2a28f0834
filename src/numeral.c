/*
 * numeral.c
 *		Exact decimals and Chinese/Arabic numeral parsing.
 *
 * A numeral is read left to right in one pass over its characters with the
 * classic section algorithm: small units (十百千) build a section, big units
 * (万亿兆) close it and multiply it in; a big unit larger than every big unit
 * seen so far multiplies the whole total instead (一万五千亿 = 15000 × 10^8,
 * 4.78万亿 = 4.78 × 10^12).  A bare digit that directly follows a unit is
 * elided one place below that unit (一万三 = 13000, 九百九 = 990, 千三 =
 * 1300); after 零 it is not (一万零三 = 10003).  Arabic numbers may stand
 * where a digit stands (3万4000, 2千零30万, 1218.56亿).
 */
#include <string.h>

#include "core_env.h"
#include "numeral.h"
#include "utf8.h"

/* ---- exact decimals ---------------------------------------------------- */

/*
 * Where the digits are read eight at a time as a little-endian word, the
 * first and last non-zero digit in a word are found by counting its zero
 * bits rather than by a loop over its bytes.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define DEC_WORD_BITS 1
#endif

/*
 * The highest non-zero digit position of x, -1 for zero.  Values are mostly
 * short, so the empty top is skipped eight digits at a time.
 */
static inline int
dec_top(const IndDec *x)
{
	int			i = IND_DEC_POS;

	while (i >= 8)
	{
		uint64_t	w;

		memcpy(&w, x->d + i - 8, 8);
		if (w != 0)
		{
#ifdef DEC_WORD_BITS
			return i - 8 + (63 - __builtin_clzll(w)) / 8;
#else
			break;
#endif
		}
		i -= 8;
	}
	while (i > 0 && x->d[i - 1] == 0)
		i--;
	return i - 1;
}

/*
 * The lowest non-zero digit position of x, which must not be zero.  Integers
 * have thirty empty places below the point, so they too are skipped eight
 * at a time.
 */
static inline int
dec_bottom(const IndDec *x)
{
	int			i = 0;

	while (i + 8 <= IND_DEC_POS)
	{
		uint64_t	w;

		memcpy(&w, x->d + i, 8);
		if (w != 0)
		{
#ifdef DEC_WORD_BITS
			return i + __builtin_ctzll(w) / 8;
#else
			break;
#endif
		}
		i += 8;
	}
	while (x->d[i] == 0)
		i++;
	return i;
}

bool
ind_dec_is_zero(const IndDec *x)
{
	return dec_top(x) < 0;
}

/* acc += b, magnitudes only (both are taken as non-negative). */
bool
ind_dec_add(IndDec *acc, const IndDec *b)
{
	int			i,
				lo = 0,
				hi = IND_DEC_POS - 1;
	int			carry = 0;

	/* only b's non-zero span and the carry out of it can change acc */
	hi = dec_top(b);
	if (hi < 0)
		return true;
	lo = dec_bottom(b);
	for (i = lo; i < IND_DEC_POS && (i <= hi || carry); i++)
	{
		int			s = acc->d[i] + b->d[i] + carry;

		carry = s >= 10;
		acc->d[i] = (unsigned char) (carry ? s - 10 : s);
	}
	return carry == 0;
}

/* x *= 10^k; false when a non-zero digit would fall off either end. */
bool
ind_dec_shift(IndDec *x, int k)
{
	int			lo,
				hi,
				z;

	if (k == 0)
		return true;
	hi = dec_top(x);
	if (hi < 0)
		return true;
	lo = dec_bottom(x);
	if (lo + k < 0 || hi + k >= IND_DEC_POS)
		return false;

	/*
	 * Move the non-zero span [lo, hi] in place and clear the part of it
	 * that the move did not cover; everything outside it is zero already.
	 */
	memmove(x->d + lo + k, x->d + lo, hi - lo + 1);
	if (k > 0)
	{
		z = lo + k <= hi ? lo + k : hi + 1;
		memset(x->d + lo, 0, z - lo);
	}
	else
	{
		z = hi + k + 1 >= lo ? hi + k + 1 : lo;
		memset(x->d + z, 0, hi + 1 - z);
	}
	return true;
}

/* r = a * b exactly; sign is the product of the signs. */
bool
ind_dec_mul(IndDec *r, const IndDec *a, const IndDec *b)
{
	int			acc[2 * IND_DEC_POS];
	int			i,
				j;
	IndDec		res;

	int			alo = 0,
				ahi = IND_DEC_POS - 1,
				blo = 0,
				bhi = IND_DEC_POS - 1;

	/* only the non-zero spans take part: factors are mostly one digit */
	ahi = dec_top(a);
	bhi = dec_top(b);
	if (ahi < 0 || bhi < 0)
	{
		ind_dec_zero(r);
		return true;
	}
	while (a->d[alo] == 0)
		alo++;
	while (b->d[blo] == 0)
		blo++;
	memset(acc + alo + blo, 0, (ahi + bhi - alo - blo + 2) * sizeof(int));
	for (i = alo; i <= ahi; i++)
	{
		if (a->d[i] == 0)
			continue;
		for (j = blo; j <= bhi; j++)
			acc[i + j] += a->d[i] * b->d[j];
	}
	for (i = alo + blo; i <= ahi + bhi; i++)
	{
		acc[i + 1] += acc[i] / 10;
		acc[i] %= 10;
	}
	/* position p in acc is 10^(p - 2*FRAC); keep FRAC .. FRAC+POS */
	ind_dec_zero(&res);
	for (i = alo + blo; i <= ahi + bhi + 1; i++)
	{
		int			p = i - IND_DEC_FRAC_DIGITS;

		if (acc[i] == 0)
			continue;
		if (p < 0 || p >= IND_DEC_POS)
			return false;
		res.d[p] = (unsigned char) acc[i];
	}
	res.neg = (a->neg != b->neg) && !ind_dec_is_zero(&res);
	*r = res;
	return true;
}

/* x /= divisor, only when the quotient is exact within the fraction digits. */
bool
ind_dec_div_small(IndDec *x, uint32_t divisor)
{
	uint64_t	rem = 0;
	int			i;

	if (divisor == 0)
		return false;
	for (i = IND_DEC_POS - 1; i >= 0; i--)
	{
		uint64_t	cur = rem * 10 + x->d[i];

		x->d[i] = (unsigned char) (cur / divisor);
		rem = cur % divisor;
	}
	return rem == 0;
}

int
ind_dec_cmp(const IndDec *a, const IndDec *b)
{
	int			i;
	int			sa = ind_dec_is_zero(a) ? 0 : (a->neg ? -1 : 1);
	int			sb = ind_dec_is_zero(b) ? 0 : (b->neg ? -1 : 1);

	if (sa != sb)
		return sa < sb ? -1 : 1;
	for (i = IND_DEC_POS - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return (a->d[i] < b->d[i] ? -1 : 1) * (sa < 0 ? -1 : 1);
	return 0;
}

/* Read a plain ASCII decimal, optionally with an "eN" exponent ("1e4"). */
bool
ind_dec_from_ascii(IndDec *x, const char *s)
{
	const char *p = s;
	const char *point;
	const char *digits_end;
	int			i;
	int			exp10 = 0;
	bool		neg = false;

	ind_dec_zero(x);
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	digits_end = p;
	while ((*digits_end >= '0' && *digits_end <= '9') || *digits_end == '.')
		digits_end++;
	if (digits_end == p)
		return false;
	if (*digits_end == 'e' || *digits_end == 'E')
	{
		const char *e = digits_end + 1;
		bool		eneg = false;

		if (*e == '-' || *e == '+')
			eneg = (*e++ == '-');
		while (*e >= '0' && *e <= '9' && exp10 < 1000)
			exp10 = exp10 * 10 + (*e++ - '0');
		if (eneg)
			exp10 = -exp10;
	}
	point = memchr(p, '.', digits_end - p);
	if (point == NULL)
		point = digits_end;
	/* integer digits, right to left */
	for (i = 0; point - 1 - i >= p; i++)
	{
		int			pos = IND_DEC_FRAC_DIGITS + i;
		char		c = point[-1 - i];

		if (c == '0')
			continue;
		if (c < '0' || c > '9' || pos >= IND_DEC_POS)
			return false;
		x->d[pos] = c - '0';
	}
	for (i = 0; point + 1 + i < digits_end; i++)
	{
		int			pos = IND_DEC_FRAC_DIGITS - 1 - i;
		char		c = point[1 + i];

		if (c < '0' || c > '9')
			return false;
		if (c == '0')
			continue;
		if (pos < 0)
			return false;
		x->d[pos] = c - '0';
	}
	if (!ind_dec_shift(x, exp10))
		return false;
	x->neg = neg && !ind_dec_is_zero(x);
	return true;
}

/*
 * x as mantissa * 10^-scale with the smallest scale >= 0, when the mantissa
 * fits 18 digits; false otherwise.  Lets the glue build a numeric without
 * printing and re-parsing the digits.
 */
bool
ind_dec_to_int64(const IndDec *x, int64_t *mant, int *scale)
{
	int			hi = dec_top(x),
				lo = 0,
				i;
	int64_t		m = 0;

	if (hi < 0)
	{
		*mant = 0;
		*scale = 0;
		return true;
	}
	/* the fraction is mostly empty: skip it eight digits at a time */
	while (lo + 8 <= IND_DEC_FRAC_DIGITS)
	{
		uint64_t	w;

		memcpy(&w, x->d + lo, 8);
		if (w != 0)
			break;
		lo += 8;
	}
	while (lo < IND_DEC_FRAC_DIGITS && x->d[lo] == 0)
		lo++;
	if (hi - lo + 1 > 18)
		return false;
	for (i = hi; i >= lo; i--)
		m = m * 10 + x->d[i];
	*mant = x->neg ? -m : m;
	*scale = IND_DEC_FRAC_DIGITS - lo;
	return true;
}

/* Canonical form: no leading zeros, no trailing fraction zeros, "-" sign. */
void
ind_dec_to_str(const IndDec *x, char *out)
{
	int			hi = IND_DEC_POS - 1;
	int			lo = 0;
	int			i;
	char	   *o = out;

	while (hi > IND_DEC_FRAC_DIGITS && x->d[hi] == 0)
		hi--;
	while (lo < IND_DEC_FRAC_DIGITS && x->d[lo] == 0)
		lo++;
	if (x->neg && !ind_dec_is_zero(x))
		*o++ = '-';
	for (i = hi; i >= IND_DEC_FRAC_DIGITS; i--)
		*o++ = '0' + x->d[i];
	if (lo < IND_DEC_FRAC_DIGITS)
	{
		*o++ = '.';
		for (i = IND_DEC_FRAC_DIGITS - 1; i >= lo; i--)
			*o++ = '0' + x->d[i];
	}
	*o = '\0';
}

/* ---- character classes -------------------------------------------------- */

/*
 * The table behind the inline ind_num_class (numeral.h): class << 4 | value
 * for every character of the CJK block, from the switch below.
 */
unsigned char ind_nc_tab[IND_NC_TAB_HI - IND_NC_TAB_LO + 1];
bool		ind_nc_tab_ready = false;

void
ind_nc_tab_build(void)
{
	uint32_t	c;
	int			v;

	for (c = IND_NC_TAB_LO; c <= IND_NC_TAB_HI; c++)
	{
		IndNumClass k = ind_num_class_slow(c, &v);

		ind_nc_tab[c - IND_NC_TAB_LO] = (unsigned char) ((k << 4) | v);
	}
	ind_nc_tab_ready = true;
}

IndNumClass
ind_num_class_slow(uint32_t cp, int *val)
{
	*val = 0;
	if (cp >= '0' && cp <= '9')
	{
		*val = cp - '0';
		return NC_ARABIC;
	}
	if (cp >= 0xFF10 && cp <= 0xFF19)
	{
		*val = cp - 0xFF10;
		return NC_ARABIC;
	}
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
			return NC_ZERO;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
		case 0x5F0C:			/* 弌 */
		case 0x5E7A:			/* 幺 */
			*val = 1;
			return NC_DIGIT;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x5169:			/* 兩 */
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
		case 0x5F0D:			/* 弍 */
			*val = 2;
			return NC_DIGIT;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
		case 0x53C2:			/* 参 */
			*val = 3;
			return NC_DIGIT;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			*val = 4;
			return NC_DIGIT;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			*val = 5;
			return NC_DIGIT;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			*val = 6;
			return NC_DIGIT;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			*val = 7;
			return NC_DIGIT;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			*val = 8;
			return NC_DIGIT;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			*val = 9;
			return NC_DIGIT;
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
			*val = 1;
			return NC_SMALL;
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
			*val = 2;
			return NC_SMALL;
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
			*val = 3;
			return NC_SMALL;
		case 0x5EFF:			/* 廿 */
			*val = 2;
			return NC_TENS;
		case 0x5345:			/* 卅 */
			*val = 3;
			return NC_TENS;
		case 0x534C:			/* 卌 */
			*val = 4;
			return NC_TENS;
		case 0x4E07:			/* 万 */
		case 0x842C:			/* 萬 */
			*val = 4;
			return NC_BIG;
		case 0x4EBF:			/* 亿 */
		case 0x5104:			/* 億 */
			*val = 8;
			return NC_BIG;
		case 0x5146:			/* 兆 */
			*val = 12;
			return NC_BIG;
		case 0x70B9:			/* 点 */
		case 0x9EDE:			/* 點 */
			return NC_POINT;
		default:
			return NC_NONE;
	}
}

/* ---- numerals ------------------------------------------------------------ */

static inline bool
is_decimal_point(uint32_t cp)
{
	return cp == '.' || cp == 0xFF0E;
}

static inline bool
is_group_sep(uint32_t cp, int flags)
{
	return cp == ',' || ((flags & IND_NUM_FW_COMMA) && cp == 0xFF0C);
}

/*
 * Read an Arabic number at cp[*i]: digits, thousands separators followed by
 * exactly three digits, one decimal point.  A leading point (".77") is
 * accepted.  *ndigits gets the count of digits read.
 */
static bool
read_arabic(const uint32_t *cp, int n, int *i, IndDec *out, int flags,
			int *ndigits)
{
	int			p = *i;
	int			int_start,
				int_end,
				frac_start = -1,
				frac_end = -1;
	int			k,
				pos;
	int			val;

	ind_dec_zero(out);
	*ndigits = 0;
	int_start = p;
	while (p < n)
	{
		if (ind_is_arabic_digit(cp[p]))
			p++;
		else if (is_group_sep(cp[p], flags) && p > int_start &&
				 p + 3 < n &&
				 ind_is_arabic_digit(cp[p + 1]) && ind_is_arabic_digit(cp[p + 2]) &&
				 ind_is_arabic_digit(cp[p + 3]) &&
				 (p + 4 >= n || !ind_is_arabic_digit(cp[p + 4])))
			p++;
		else
			break;
	}
	int_end = p;
	if (p + 1 < n && is_decimal_point(cp[p]) && ind_is_arabic_digit(cp[p + 1]))
	{
		frac_start = ++p;
		while (p < n && ind_is_arabic_digit(cp[p]))
			p++;
		frac_end = p;
	}
	if (int_end == int_start && frac_start < 0)
		return false;
	/* integer part, right to left, skipping separators */
	pos = IND_DEC_FRAC_DIGITS;
	for (k = int_end - 1; k >= int_start; k--)
	{
		if (!ind_is_arabic_digit(cp[k]))
			continue;
		ind_num_class(cp[k], &val);
		(*ndigits)++;
		if (val != 0)
		{
			if (pos >= IND_DEC_POS)
				goto overflow;
			out->d[pos] = (unsigned char) val;
		}
		pos++;
	}
	if (frac_start >= 0)
	{
		pos = IND_DEC_FRAC_DIGITS - 1;
		for (k = frac_start; k < frac_end; k++, pos--)
		{
			ind_num_class(cp[k], &val);
			(*ndigits)++;
			if (val == 0)
				continue;
			if (pos < 0)
				goto overflow;
			out->d[pos] = (unsigned char) val;
		}
	}
	*i = p;
	return true;

overflow:
	/* consume the number anyway so that the caller does not rescan it */
	*i = p;
	*ndigits = -1;
	return false;
}

/* A run of Chinese digits read one by one (二〇二一, the 五六 of 点五六). */
static bool
digit_sequence(const uint32_t *cp, int n, IndDec *out, bool fraction)
{
	int			k;
	int			val;

	ind_dec_zero(out);
	for (k = 0; k < n; k++)
	{
		IndNumClass c = ind_num_class(cp[k], &val);

		/*
		 * Each digit goes straight to its place: cp[k] is a tenth of
		 * cp[k - 1].  A whole number does not fit when a non-zero digit's
		 * place is above the top one.
		 */
		int			pos = fraction ? IND_DEC_FRAC_DIGITS - 1 - k :
		IND_DEC_FRAC_DIGITS + n - 1 - k;

		if (c != NC_DIGIT && c != NC_ZERO && c != NC_ARABIC)
			return false;
		if (val == 0)
			continue;
		if (pos < 0 || pos >= IND_DEC_POS)
			return false;
		out->d[pos] = (unsigned char) val;
	}
	return true;
}

bool
ind_numeral_parse(const uint32_t *cp, int n, IndDec *out, int flags)
{
	IndDec		total,
				sec,
				num,
				tmp;
	bool		have_num = false;
	bool		num_single = false; /* num is one bare digit character */
	bool		after_unit = false; /* previous token was a unit */
	bool		fraction_done = false;
	bool		any = false;
	int			last_unit_exp = 0;
	int			last_small = 99;	/* small units must fall within a section */
	int			max_big = 0;
	int			last_big = 99;
	int			i = 0;
	int			k;
	bool		only_digits = true;
	int			val;

	if (n <= 0)
		return false;

	/*
	 * The usual case, a short run of ASCII digits with at most one decimal
	 * point between digits (2021, 6.5), needs no sections.
	 */
	if (n <= 19)
	{
		uint64_t	v = 0;
		int			point = -1;

		for (k = 0; k < n; k++)
		{
			if (cp[k] >= '0' && cp[k] <= '9')
				v = v * 10 + (cp[k] - '0');
			else if (cp[k] == '.' && point < 0 && k > 0 && k + 1 < n)
				point = k;
			else
				break;
		}
		if (k == n && (point < 0 || n <= 18 + 1))
		{
			/* the digits after the point go below position FRAC */
			int			fd = point < 0 ? 0 : n - 1 - point;

			ind_dec_zero(out);
			for (k = IND_DEC_FRAC_DIGITS - fd; v > 0; k++)
			{
				out->d[k] = (unsigned char) (v % 10);
				v /= 10;
			}
			return true;
		}
	}

	/* one Chinese digit (一, 两, 〇): its value, no sections */
	if (n == 1)
	{
		IndNumClass c = ind_num_class(cp[0], &val);

		if (c == NC_DIGIT || c == NC_ZERO)
		{
			ind_dec_small(out, (unsigned) val);
			return true;
		}
	}

	/* a run of plain Chinese digits is read digit by digit: 二〇二一 */
	for (k = 0; k < n; k++)
	{
		IndNumClass c = ind_num_class(cp[k], &val);

		if (c != NC_DIGIT && c != NC_ZERO)
		{
			only_digits = false;
			break;
		}
	}
	if (only_digits && n >= 2)
	{
		if (n > IND_DEC_INT_DIGITS + 8)
			return false;		/* cheap exit for a megabyte of 一 */
		return digit_sequence(cp, n, out, false);
	}

	ind_dec_zero(&total);
	ind_dec_zero(&sec);
	ind_dec_zero(&num);

	while (i < n)
	{
		IndNumClass c = ind_num_class(cp[i], &val);

		/* ".77": an Arabic number may begin with its point */
		if (c == NC_NONE && is_decimal_point(cp[i]) && i + 1 < n &&
			ind_is_arabic_digit(cp[i + 1]))
			c = NC_ARABIC;
		if (fraction_done && c != NC_BIG)
			return false;

		switch (c)
		{
			case NC_ARABIC:
				{
					int			nd;

					if (have_num)
						return false;
					if (!read_arabic(cp, n, &i, &num, flags, &nd))
						return false;
					have_num = true;
					num_single = (nd == 1);
					any = true;
					/* a decimal Arabic number ends like a fraction */
					continue;
				}
			case NC_DIGIT:
				if (have_num)
					return false;
				ind_dec_small(&num, (unsigned) val);
				have_num = true;
				num_single = true;
				any = true;
				break;
			case NC_ZERO:
				if (have_num)
					return false;
				after_unit = false;
				any = true;
				i++;
				continue;
			case NC_SMALL:
				if (!have_num)
					ind_dec_small(&num, 1);
				if (val >= last_small)
					return false;
				if (!ind_dec_shift(&num, val) || !ind_dec_add(&sec, &num))
					return false;
				last_small = val;
				last_unit_exp = val;
				have_num = false;
				after_unit = true;
				any = true;
				i++;
				continue;
			case NC_TENS:
				if (have_num || last_small <= 1)
					return false;
				ind_dec_small(&num, (unsigned) val * 10);
				if (!ind_dec_add(&sec, &num))
					return false;
				last_small = 1;
				last_unit_exp = 1;
				after_unit = true;
				any = true;
				i++;
				continue;
			case NC_BIG:
				if (have_num)
				{
					if (!ind_dec_add(&sec, &num))
						return false;
					have_num = false;
				}
				else if (!any)
					return false;	/* 万 alone is a word, not 10000 */
				if (val > max_big)
				{
					/* 万亿, 一万五千亿: the whole total is multiplied */
					if (!ind_dec_add(&total, &sec) || !ind_dec_shift(&total, val))
						return false;
					max_big = val;
				}
				else
				{
					if (val >= last_big)
						return false;
					if (!ind_dec_shift(&sec, val) || !ind_dec_add(&total, &sec))
						return false;
				}
				last_big = val;
				ind_dec_zero(&sec);
				last_small = 99;
				last_unit_exp = val;
				after_unit = true;
				fraction_done = false;
				i++;
				continue;
			case NC_POINT:
				{
					int			j = i + 1;

					/* integer part is what stands so far in the section */
					if (have_num)
					{
						if (!ind_dec_add(&sec, &num))
							return false;
					}
					while (j < n)
					{
						IndNumClass fc = ind_num_class(cp[j], &val);

						if (fc != NC_DIGIT && fc != NC_ZERO && fc != NC_ARABIC)
							break;
						j++;
					}
					if (j == i + 1 || !digit_sequence(cp + i + 1, j - i - 1, &tmp, true))
						return false;
					if (!ind_dec_add(&sec, &tmp))
						return false;
					num = sec;
					ind_dec_zero(&sec);
					have_num = true;
					num_single = false;
					fraction_done = true;
					any = true;
					i = j;
					continue;
				}
			default:
				return false;
		}
		/* only NC_DIGIT falls through here */
		i++;
		if (after_unit && num_single && i == n && last_unit_exp >= 1)
		{
			/* elision: 一万三, 九百九, 千三 */
			if (!ind_dec_shift(&num, last_unit_exp - 1))
				return false;
			num_single = false;
		}
		after_unit = false;
	}
	/* an Arabic single digit right after a unit is elided too: 3万4 */
	if (have_num && num_single && after_unit && last_unit_exp >= 1)
	{
		if (!ind_dec_shift(&num, last_unit_exp - 1))
			return false;
	}
	if (have_num && !ind_dec_add(&sec, &num))
		return false;
	if (!ind_dec_add(&total, &sec))
		return false;
	if (!any)
		return false;
	*out = total;
	return true;
}

/* ---- whole-argument numbers ---------------------------------------------- */

/* Does cp[0..n) start with the UTF-8 word w?  Returns its length or 0. */
static int
cp_prefix(const uint32_t *cp, int n, const char *w)
{
	const unsigned char *s = (const unsigned char *) w;
	const unsigned char *e = s + strlen(w);
	int			k = 0;

	while (s < e)
	{
		int			len;
		uint32_t	c = utf8_decode(s, e, &len);

		if (k >= n || cp[k] != c)
			return 0;
		s += len;
		k++;
	}
	return k;
}

static bool
is_minus(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2212 || c == 0x8D1F || c == 0x8CA0;
}

static bool
is_plus(uint32_t c)
{
	return c == '+' || c == 0xFF0B || c == 0x6B63;
}

bool
ind_parse_number_cp(const uint32_t *cp, int n, IndDec *out)
{
	bool		neg = false;
	int			shift = 0;
	uint32_t	last;
	int			k,
				w;
	IndDec		v;
	int			val;

	while (n > 0 && ind_is_space(cp[0]))
		cp++, n--;
	while (n > 0 && ind_is_space(cp[n - 1]))
		n--;
	if (n > 0 && (is_minus(cp[0]) || is_plus(cp[0])))
	{
		neg = is_minus(cp[0]);
		cp++, n--;
		while (n > 0 && ind_is_space(cp[0]))
			cp++, n--;
	}
	if (n <= 0)
		return false;

	/* 百分之X, 千分之X, 万分之X */
	if ((w = cp_prefix(cp, n, "百分之")) > 0)
		shift = -2;
	else if ((w = cp_prefix(cp, n, "千分之")) > 0)
		shift = -3;
	else if ((w = cp_prefix(cp, n, "万分之")) > 0 ||
			 (w = cp_prefix(cp, n, "萬分之")) > 0)
		shift = -4;
	if (w > 0)
	{
		if (!ind_numeral_parse(cp + w, n - w, &v, IND_NUM_FW_COMMA) ||
			!ind_dec_shift(&v, shift))
			return false;
		goto done;
	}

	/* X分之Y: exact only when the quotient terminates */
	for (k = 1; k + 2 < n; k++)
	{
		if (cp[k] == 0x5206 && cp[k + 1] == 0x4E4B)	/* 分之 */
		{
			IndDec		den;
			uint32_t	d = 0;
			int			p;

			if (!ind_numeral_parse(cp, k, &den, 0) ||
				!ind_numeral_parse(cp + k + 2, n - k - 2, &v, 0))
				return false;
			/* the denominator must be a whole number below 2^31 */
			for (p = 0; p < IND_DEC_FRAC_DIGITS; p++)
				if (den.d[p])
					return false;
			for (p = IND_DEC_POS - 1; p >= IND_DEC_FRAC_DIGITS; p--)
			{
				if (d > 100000000)
					return false;
				d = d * 10 + den.d[p];
			}
			if (!ind_dec_div_small(&v, d))
				return false;
			goto done;
		}
	}

	/* suffixes */
	if (cp[n - 1] == '%' || cp[n - 1] == 0xFF05)
	{
		shift = -2;
		n--;
	}
	else if (cp[n - 1] == 0x2030)	/* ‰ */
	{
		shift = -3;
		n--;
	}
	else if (cp[n - 1] == 0x4E2A || cp[n - 1] == 0x500B)	/* 个 個 */
		n--;
	else if (n >= 2 && ind_is_arabic_digit(cp[n - 2]) &&
			 ((last = cp[n - 1] >= 0xFF21 && cp[n - 1] <= 0xFF5A ?
			   cp[n - 1] - 0xFEE0 : cp[n - 1]) == 'K' || last == 'k' ||
			  last == 'M' || last == 'G'))
	{
		/* 5K, 1.5k, 3M, 2G and their full-width forms (５Ｋ) */
		shift = last == 'G' ? 9 : last == 'M' ? 6 : 3;
		n--;
	}
	else if (n >= 2 && cp[n - 1] == 0x6298)	/* 折 */
	{
		/*
		 * A discount: 七折 = 0.7, 八点五折 and 8.5折 = 0.85, 九五折 and
		 * 95折 = 0.95 (two digits name tenths and hundredths).
		 */
		int			v1,
					v2;
		int64_t		mant;
		int			sc;

		n--;
		if (n == 2 && ind_num_class(cp[0], &v1) == NC_DIGIT &&
			ind_num_class(cp[1], &v2) == NC_DIGIT)
		{
			ind_dec_small(&v, (unsigned) (v1 * 10 + v2));
			shift = -2;
		}
		else
		{
			if (!ind_numeral_parse(cp, n, &v, 0) || !ind_dec_to_int64(&v, &mant, &sc))
				return false;
			if (sc == 0 && mant >= 10 && mant <= 99 && n == 2 &&
				ind_is_arabic_digit(cp[0]) && ind_is_arabic_digit(cp[1]))
				shift = -2;
			else if ((sc == 0 && mant >= 1 && mant <= 9) || (sc == 1 && mant >= 10 && mant < 100))
				shift = -1;
			else
				return false;
		}
		if (!ind_dec_shift(&v, shift))
			return false;
		goto done;
	}
	else
	{
		/* X成 and X成Y: 三成 = 0.3, 三成五 = 0.35 */
		for (k = 1; k < n; k++)
			if (cp[k] == 0x6210)	/* 成 */
				break;
		if (k < n && k >= n - 2)
		{
			IndDec		tenths;

			if (!ind_numeral_parse(cp, k, &v, 0) || !ind_dec_shift(&v, -1))
				return false;
			if (k == n - 2)
			{
				IndNumClass c = ind_num_class(cp[n - 1], &val);

				if (c != NC_DIGIT && c != NC_ARABIC)
					return false;
				ind_dec_small(&tenths, (unsigned) val);
				if (!ind_dec_shift(&tenths, -2) || !ind_dec_add(&v, &tenths))
					return false;
			}
			goto done;
		}
	}
	while (n > 0 && ind_is_space(cp[n - 1]))
		n--;
	if (!ind_numeral_parse(cp, n, &v, IND_NUM_FW_COMMA) || !ind_dec_shift(&v, shift))
		return false;

done:
	v.neg = neg && !ind_dec_is_zero(&v);
	*out = v;
	return true;
}

uint32_t *
ind_decode_utf8(const char *s, size_t len, int *n, int **byte_off)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *e = p + len;
	uint32_t   *cp = ind_alloc((len + 1) * sizeof(uint32_t));
	int		   *off = byte_off ? ind_alloc((len + 1) * sizeof(int)) : NULL;
	int			k = 0;

	while (p < e)
	{
		int			l;
		const unsigned char *stop;

		/* interrupts are checked between strides, not per character */
		stop = e - p > IND_INTERRUPT_STRIDE ? p + IND_INTERRUPT_STRIDE : e;
		if (off)
		{
			while (p < stop)
			{
				off[k] = (int) (p - (const unsigned char *) s);
				cp[k++] = utf8_decode(p, e, &l);
				p += l;
			}
		}
		else
		{
			while (p < stop)
			{
				unsigned char c = p[0];

				/* the common cases first: ASCII, then a valid 3-byte form */
				if (c < 0x80)
				{
					cp[k++] = c;
					p++;
				}
				else if ((c & 0xF0) == 0xE0 && e - p >= 3 &&
						 (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
						 (c != 0xE0 || p[1] >= 0xA0) && (c != 0xED || p[1] < 0xA0))
				{
					cp[k++] = ((uint32_t) (c & 0x0F) << 12) |
						((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
					p += 3;
				}
				else
				{
					cp[k++] = utf8_decode(p, e, &l);
					p += l;
				}
			}
		}
		if (p < e)
			ind_check_interrupts();
	}
	if (off)
	{
		off[k] = (int) len;
		*byte_off = off;
	}
	*n = k;
	return cp;
}

bool
ind_parse_number(const char *s, size_t len, char *out)
{
	int			n;
	uint32_t   *cp;
	IndDec		v;
	bool		ok;

	/* a number longer than this cannot fit the limits; answer at once */
	if (len > 4 * (IND_DEC_POS + 64))
		return false;
	cp = ind_decode_utf8(s, len, &n, NULL);
	ok = ind_parse_number_cp(cp, n, &v);
	ind_free(cp);
	if (ok)
		ind_dec_to_str(&v, out);
	return ok;
}
