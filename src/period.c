/*
 * period.c
 *		Reporting periods in running text.
 *
 * A period is read as [截至] [year] [body], where year is 2021年, 二〇二一年
 * or a relative word (今年 去年 前年 明年 本年 上年), and body is one of:
 * month ranges (1至11月, 1-10月, 1~11月份, 1月至11月), a month (12月份) with
 * an optional day (3月5日) or end (11月末, 11月底), quarters (一季度,
 * 第一季度, Q1, 前三季度), halves (上半年, 下半年), 全年, 年初以来/以来,
 * 年底/年末.  A year alone is the whole year.  截至 makes a period run from
 * 1 January to its last day (截至11月末 = January to November).
 */
#include <string.h>

#include "core_env.h"
#include "numeral.h"
#include "period.h"
#include "utf8.h"

/*
 * ind_lit_at for a literal whose first character (full width folded) is
 * first: that character is compared before the literal is decoded, which
 * is where nearly every test fails.
 */
static inline int
lit_at(const uint32_t *cp, int n, int i, uint32_t first, const char *lit)
{
	uint32_t	t;

	if (i >= n)
		return 0;
	t = cp[i];
	if (t >= 0xFF01 && t <= 0xFF5E)
		t -= 0xFEE0;
	return t == first ? ind_lit_at(cp, n, i, lit) : 0;
}

/* First of a list of literals at cp[i]; its index in *which. */
static int
any_at(const uint32_t *cp, int n, int i, const char *const *lits, int *which)
{
	int			k,
				l;

	for (k = 0; lits[k]; k++)
		if ((l = ind_lit_at(cp, n, i, lits[k])) > 0)
		{
			if (which)
				*which = k;
			return l;
		}
	return 0;
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Is a later than b?  A range that ends before it starts has no dates. */
static bool
date_after(const IndDate *a, const IndDate *b)
{
	if (a->y != b->y)
		return a->y > b->y;
	if (a->m != b->m)
		return a->m > b->m;
	return a->d > b->d;
}

/*
 * A small number (month, day, quarter) at cp[i]: Arabic (one or two
 * digits) or Chinese (一 .. 三十一).  Returns its length, 0 when none.
 */
static int
small_number_at(const uint32_t *cp, int n, int i, int *val)
{
	int			j = i;
	int			v;
	IndDec		d;
	IndNumClass c;
	int64_t		mant;
	int			scale;

	if (i >= n)
		return 0;
	c = ind_num_class(cp[i], &v);
	if (c == NC_ARABIC)
	{
		int			w;

		while (j < n && ind_is_arabic_digit(cp[j]) && j - i < 3)
			j++;
		if (j - i > 2 || (i > 0 && ind_is_arabic_digit(cp[i - 1])))
			return 0;
		/* one or two digits: no need for the numeral parser */
		*val = v;
		if (j - i == 2)
		{
			ind_num_class(cp[i + 1], &w);
			*val = v * 10 + w;
		}
		return j - i;
	}
	else
	{
		while (j < n && j - i < 4)
		{
			c = ind_num_class(cp[j], &v);
			if (c != NC_DIGIT && c != NC_ZERO && !(c == NC_SMALL && v == 1))
				break;
			j++;
		}
	}
	if (j == i + 1 && ind_num_class(cp[i], &v) == NC_DIGIT)
	{
		/* a lone digit (一季度, 三月) needs no numeral parser */
		*val = v;
		return 1;
	}
	if (j == i || !ind_numeral_parse(cp + i, j - i, &d, 0))
		return 0;
	/* a small whole number (the bound only stops runaway values) */
	if (!ind_dec_to_int64(&d, &mant, &scale) || scale != 0 || mant > 1009)
		return 0;
	*val = (int) mant;
	return j - i;
}

/*
 * 今 本 去 上 前 明 下 次 当 當: the first characters of the relative year
 * words, tested before the words themselves, which a numeral (the usual
 * candidate) never begins.
 */
static inline bool
rel_year_start(uint32_t c)
{
	switch (c)
	{
		case 0x4ECA:
		case 0x672C:
		case 0x53BB:
		case 0x4E0A:
		case 0x524D:
		case 0x660E:
		case 0x4E0B:
		case 0x6B21:
		case 0x5F53:
		case 0x7576:
			return true;
		default:
			return false;
	}
}

/* A year: 2021年, 二〇二一年, 今年 ...; *rel is true for relative words. */
static int
year_at(const uint32_t *cp, int n, int i, const IndDate *ref, int *year,
		bool *known)
{
	static const char *const rel[] = {"今年", "本年", "去年", "上一年", "上年",
	"前年", "明年", "下一年", "次年", "当年", "當年", NULL};
	static const int delta[] = {0, 0, -1, -1, -1, -2, 1, 1, 1, 0, 0};
	int			which,
				l,
				j = i,
				v,
				y = 0;

	if (i < n && rel_year_start(cp[i]) && (l = any_at(cp, n, i, rel, &which)) > 0)
	{
		*known = ref != NULL;
		*year = ref ? ref->y + delta[which] : 0;
		return l;
	}
	if (i > 0 && ind_is_arabic_digit(cp[i - 1]))
		return 0;
	while (j < n && j - i < 5)
	{
		IndNumClass c = ind_num_class(cp[j], &v);

		if (c != NC_ARABIC && c != NC_DIGIT && c != NC_ZERO)
			break;
		y = y * 10 + v;
		j++;
	}
	if (j - i != 4 || j >= n || (cp[j] != 0x5E74) || y < 1900 || y > 2199)
		return 0;
	*year = y;
	*known = true;
	return j + 1 - i;
}

static const char *const conn[] = {"至", "到", "-", "~", "～", "—", "－", "〜", "–", NULL};

/* 月 or 月份 at cp[i]. */
static int
month_word_at(const uint32_t *cp, int n, int i)
{
	int			l = lit_at(cp, n, i, 0x6708, "月份");

	return l ? l : lit_at(cp, n, i, 0x6708, "月");
}

/* Months and quarters named relative to the reference date. */
/*
 * 当月 is left out: in news it mostly means the month just reported, not the
 * month of the reference date.
 */
static const char *const rel_month[] = {"本月", "这个月", "這個月",
	"上个月", "上個月", "上月", "下个月", "下個月", "下月", NULL};
static const int rel_month_delta[] = {0, 0, 0, -1, -1, -1, 1, 1, 1};
static const char *const rel_quarter[] = {"本季度", "本季", "上一季度", "上季度",
	"下一季度", "下季度", NULL};
static const int rel_quarter_delta[] = {0, 0, -1, -1, 1, 1};

/*
 * A month or a quarter named relative to the reference date at cp[i]: its
 * length (0 when none), *step the months it spans and *delta how many such
 * steps it lies from the reference date's.
 */
static int
rel_month_or_quarter_at(const uint32_t *cp, int n, int i, int *step, int *delta)
{
	int			which;
	int			l;

	if ((l = any_at(cp, n, i, rel_month, &which)) > 0)
		*step = 1, *delta = rel_month_delta[which];
	else if ((l = any_at(cp, n, i, rel_quarter, &which)) > 0)
		*step = 3, *delta = rel_quarter_delta[which];
	return l;
}

/* 本 这 這 上 下: the first characters of rel_month and rel_quarter */
static inline bool
rel_word_start(uint32_t c)
{
	return c == 0x672C || c == 0x8FD9 || c == 0x9019 || c == 0x4E0A || c == 0x4E0B;
}

static inline bool
ascii_letter(uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		c -= 0xFEE0;
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Days since 1970-01-01 of a civil date, and back (proleptic Gregorian). */
static long
days_from_civil(int y, int m, int d)
{
	long		era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long) doe - 719468;
}

static IndDate
civil_from_days(long z)
{
	IndDate		r;
	long		era;
	unsigned	doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int) (doy - (153 * mp + 2) / 5 + 1);
	r.m = (int) (mp < 10 ? mp + 3 : mp - 9);
	r.y = (int) (yoe + era * 400) + (r.m <= 2);
	return r;
}

/* Weeks named relative to the reference date (Monday to Sunday). */
static const char *const rel_week[] = {"本周", "本週", "本星期", "这周", "這週",
	"这个星期", "這個星期", "上一周", "上一週", "上周", "上週", "上星期",
	"上个星期", "上個星期", "下一周", "下一週", "下周", "下週", "下星期",
	"下个星期", "下個星期", NULL};
static const int rel_week_delta[] = {0, 0, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1,
	-1, -1, 1, 1, 1, 1, 1, 1, 1};

/* The first characters of the range connectors (conn). */
static inline bool
conn_char(const uint32_t *cp, int n, int i)
{
	if (i >= n)
		return false;
	switch (cp[i])
	{
		case 0x81F3:			/* 至 */
		case 0x5230:			/* 到 */
		case '-':
		case '~':
		case 0xFF5E:
		case 0x2014:
		case 0xFF0D:
		case 0x301C:
		case 0x2013:
			return true;
		default:
			return false;
	}
}

/* 周 週 星: the characters of rel_week after its first */
static inline bool
week_char(uint32_t c)
{
	return c == 0x5468 || c == 0x9031 || c == 0x661F;
}

/* A four-digit year number (2019, 二〇一九) at cp[i] without 年; its value. */
static bool
year_number_at(const uint32_t *cp, int n, int i, int *year)
{
	int			j,
				v,
				y = 0;

	if (i + 4 > n || (i > 0 && ind_is_arabic_digit(cp[i - 1])))
		return false;
	for (j = i; j < i + 4; j++)
	{
		IndNumClass c = ind_num_class(cp[j], &v);

		if (c != NC_ARABIC && c != NC_DIGIT && c != NC_ZERO)
			return false;
		y = y * 10 + v;
	}
	if (j < n && ind_is_arabic_digit(cp[j]))
		return false;
	*year = y;
	return y >= 1900 && y <= 2199;
}

/*
 * Read a period at cp[i]; returns its end or -1.  p gets the months and
 * days with year 0 where the year is still to be resolved.
 */
static int
read_period(const uint32_t *cp, int n, int i, const IndDate *ref,
			IndPeriod *p)
{
	int			j = i,
				l,
				v,
				v2,
				which;
	bool		ytd = false;
	bool		have_year = false;
	bool		year_known = false;
	int			year = 0;
	int			m1 = 0,
				m2 = 0,
				d1 = 0,
				d2 = 0;
	bool		to_ref = false;
	int			year2 = 0;		/* a later year the period ends in */
	int			step = 1,
				delta = 0;
	static const char *const upto[] = {"截至", "截止到", "截止", NULL};

	memset(p, 0, sizeof(*p));
	p->start = i;
	if (j < n && cp[j] == 0x622A && (l = any_at(cp, n, j, upto, NULL)) > 0)	/* 截 */
	{
		ytd = true;
		j += l;
	}
	/* 2019年至2021年, 2019-2021年: whole years */
	if (!ytd && j + 4 < n && (cp[j + 4] == 0x5E74 || conn_char(cp, n, j + 4)) &&
		year_number_at(cp, n, j, &v))
	{
		int			k = j + 4,
					w,
					y2;

		if (k < n && cp[k] == 0x5E74)
			k++;
		if (conn_char(cp, n, k) && (w = any_at(cp, n, k, conn, &which)) > 0 &&
			year_number_at(cp, n, k + w, &y2) && k + w + 4 < n &&
			cp[k + w + 4] == 0x5E74 && y2 > v &&
			small_number_at(cp, n, k + w + 5, &v2) == 0)
		{
			j = k + w + 5;
			if (lit_at(cp, n, j, 0x5EA6, "度"))
				j++;
			p->end = j;
			p->has_dates = true;
			p->first.y = v, p->first.m = 1, p->first.d = 1;
			p->last.y = y2, p->last.m = 12, p->last.d = 31;
			return j;
		}
	}
	/* 过去三年, 过去3个月: the whole years or months before the reference */
	if (!ytd && j + 1 < n && (cp[j] == 0x8FC7 || cp[j] == 0x904E) && cp[j + 1] == 0x53BB &&
		(l = 2) > 0 &&
		(l += small_number_at(cp, n, j + l, &v)) > 2 && v >= 1 && v <= 100)
	{
		int			w = 0;
		bool		years = false;

		if (lit_at(cp, n, j + l, 0x5E74, "年"))
			w = 1, years = true;
		else if ((w = lit_at(cp, n, j + l, 0x4E2A, "个月")) > 0 || (w = lit_at(cp, n, j + l, 0x500B, "個月")) > 0)
			;
		else
			return -1;
		j += l + w;
		p->end = j;
		if (ref == NULL)
			return j;
		p->has_dates = true;
		if (years)
		{
			p->first.y = ref->y - v, p->first.m = 1, p->first.d = 1;
			p->last.y = ref->y - 1, p->last.m = 12, p->last.d = 31;
		}
		else
		{
			int			mm = ref->y * 12 + ref->m - 1;

			p->first.y = (mm - v) / 12, p->first.m = (mm - v) % 12 + 1, p->first.d = 1;
			p->last.y = (mm - 1) / 12, p->last.m = (mm - 1) % 12 + 1;
			p->last.d = month_days(p->last.y, p->last.m);
		}
		return j;
	}
	if ((l = year_at(cp, n, j, ref, &year, &year_known)) > 0)
	{
		have_year = true;
		j += l;
		if (lit_at(cp, n, j, 0x5EA6, "度"))
			j++;
	}
	else if (ytd)
		;
	else if (i > 0 && (ind_is_arabic_digit(cp[i - 1]) ||
					   ind_num_class(cp[i - 1], &v) == NC_DIGIT))
		return -1;

	/* the body */
	if ((l = lit_at(cp, n, j, 0x5168, "全年")) > 0)
	{
		m1 = 1, m2 = 12;
		j += l;
	}
	else if ((l = lit_at(cp, n, j, 0x4E0A, "上半年")) > 0)
	{
		m1 = 1, m2 = 6;
		j += l;
	}
	else if ((l = lit_at(cp, n, j, 0x4E0B, "下半年")) > 0)
	{
		m1 = 7, m2 = 12;
		j += l;
	}
	else if ((j < n && cp[j] == 0x5E74 &&	/* 年 */
			  ((l = lit_at(cp, n, j, 0x5E74, "年初以来")) > 0 ||
			   (l = lit_at(cp, n, j, 0x5E74, "年初以來")) > 0 ||
			   (l = lit_at(cp, n, j, 0x5E74, "年初至今")) > 0)) ||
			 (have_year && ((l = lit_at(cp, n, j, 0x4EE5, "以来")) > 0 ||
							(l = lit_at(cp, n, j, 0x4EE5, "以來")) > 0)))
	{
		m1 = 1, d1 = 1;
		to_ref = true;
		j += l;
	}
	else if (have_year && ((l = lit_at(cp, n, j, 0x5E74, "年初")) > 0 ||
						   (l = lit_at(cp, n, j, 0x521D, "初")) > 0))
	{
		/*
		 * 今年年初, 2021年初: the first day (the balance a year starts from).
		 * A bare 年初 is not a period: in news it is a comparison base (比年初
		 * 增加) or the time a plan was made, which the metric layer reads.
		 */
		m1 = m2 = 1;
		d1 = d2 = 1;
		j += l;
	}
	else if ((l = lit_at(cp, n, j, 0x5E74, "年底")) > 0 || (l = lit_at(cp, n, j, 0x5E74, "年末")) > 0 ||
			 (have_year && ((l = lit_at(cp, n, j, 0x5E95, "底")) > 0 ||
							(l = lit_at(cp, n, j, 0x672B, "末")) > 0)))
	{
		m1 = m2 = 12;
		d1 = d2 = 31;
		j += l;
	}
	else if (((l = lit_at(cp, n, j, 0x524D, "前")) > 0 || (l = lit_at(cp, n, j, 0x9996, "首")) > 0 ||
			  (l = lit_at(cp, n, j, 0x5934, "头")) > 0 || (l = lit_at(cp, n, j, 0x982D, "頭")) > 0) &&
			 (l += small_number_at(cp, n, j + 1, &v)) > 1 &&
			 (lit_at(cp, n, j + l, 0x5B63, "季度") || lit_at(cp, n, j + l, 0x4E2A, "个季度") ||
			  lit_at(cp, n, j + l, 0x4E2A, "个月") || lit_at(cp, n, j + l, 0x500B, "個月") ||
			  lit_at(cp, n, j + l, 0x6708, "月")))
	{
		int			w;

		j += l;
		if ((w = lit_at(cp, n, j, 0x5B63, "季度")) > 0 && v >= 1 && v <= 4)
			m1 = 1, m2 = 3 * v, j += w;
		else if ((w = lit_at(cp, n, j, 0x4E2A, "个季度")) > 0 && v >= 1 && v <= 4)
			m1 = 1, m2 = 3 * v, j += w;
		else if ((w = lit_at(cp, n, j, 0x6708, "月")) > 0 && v >= 1 && v <= 12)
			m1 = 1, m2 = v, j += w;	/* 前10月 */
		else if (v >= 1 && v <= 12)
			m1 = 1, m2 = v, j += 2;
		else
			return -1;
	}
	else if ((lit_at(cp, n, j, 'Q', "Q") || lit_at(cp, n, j, 'q', "q")) && j + 1 < n &&
			 ind_num_class(cp[j + 1], &v) == NC_ARABIC && v >= 1 && v <= 4 &&
			 (j + 2 >= n || !ind_is_arabic_digit(cp[j + 2])) &&
			 (j == 0 || !ascii_letter(cp[j - 1])))
	{
		m1 = 3 * v - 2, m2 = 3 * v;
		j += 2;
	}
	else if (have_year && j + 1 < n && (cp[j] == 'H' || cp[j] == 0xFF28) &&
			 ind_num_class(cp[j + 1], &v) == NC_ARABIC && v >= 1 && v <= 2 &&
			 (j + 2 >= n || !ind_is_arabic_digit(cp[j + 2])))
	{
		/* 2021年H1, 2021年H2: the halves */
		m1 = v == 1 ? 1 : 7, m2 = v == 1 ? 6 : 12;
		j += 2;
	}
	else if (!have_year && !ytd && j < n && rel_word_start(cp[j]) &&
			 (l = rel_month_or_quarter_at(cp, n, j, &step, &delta)) > 0)
	{
		/* 本月, 上个月, 下季度: a month or a quarter from the reference date */
		int			mm;

		j += l;
		if (ref == NULL)
		{
			p->end = j;
			return j;
		}
		/* the first month of the step, counted in months from year 0 */
		mm = ref->y * 12 + (ref->m - 1) / step * step + delta * step;
		year = mm / 12;
		m1 = mm % 12 + 1;
		m2 = m1 + step - 1;
		have_year = year_known = true;
	}
	else if (!have_year && !ytd && j + 1 < n && rel_word_start(cp[j]) &&
			 (week_char(cp[j + 1]) || (j + 2 < n && week_char(cp[j + 2])) ||
			  (j + 3 < n && week_char(cp[j + 3]))) &&
			 (l = any_at(cp, n, j, rel_week, &which)) > 0)
	{
		/* 本周, 上周, 下星期: Monday to Sunday around the reference date */
		long		day;

		j += l;
		p->end = j;
		if (ref == NULL)
			return j;
		day = days_from_civil(ref->y, ref->m, ref->d);
		/* 1970-01-01 was a Thursday: Monday is day 0 of (z + 3) % 7 */
		day -= ((day + 3) % 7 + 7) % 7;
		day += 7 * rel_week_delta[which];
		p->has_dates = true;
		p->first = civil_from_days(day);
		p->last = civil_from_days(day + 6);
		return j;
	}
	else
	{
		int			k = j,
					w0;

		if (lit_at(cp, n, k, 0x7B2C, "第"))
			k++;
		l = small_number_at(cp, n, k, &v);
		if (l == 0 && lit_at(cp, n, k, 0x9996, "首季"))
			l = v = 1;			/* 首季, 首季度: the first quarter */
		if (l > 0 && v >= 1 && v < 4 && conn_char(cp, n, k + l) &&
			(w0 = any_at(cp, n, k + l, conn, &which)) > 0)
		{
			/* 一至三季度, 第一至第三季度, 1-3季度 */
			int			e = k + l + w0,
						l2;

			if (lit_at(cp, n, e, 0x7B2C, "第"))
				e++;
			if ((l2 = small_number_at(cp, n, e, &v2)) > 0 && v2 > v && v2 <= 4 &&
				lit_at(cp, n, e + l2, 0x5B63, "季度"))
			{
				m1 = 3 * v - 2, m2 = 3 * v2;
				j = e + l2 + 2;
				goto resolved;
			}
		}
		if (l > 0 && (lit_at(cp, n, k + l, 0x5B63, "季度") || lit_at(cp, n, k + l, 0x5B63, "季")))
		{
			if (v < 1 || v > 4)
				return -1;
			m1 = 3 * v - 2, m2 = 3 * v;
			j = k + l + (lit_at(cp, n, k + l, 0x5B63, "季度") ? 2 : 1);
			/* 一季度至三季度 */
			if (conn_char(cp, n, j) && (w0 = any_at(cp, n, j, conn, &which)) > 0)
			{
				int			e = j + w0,
							l2;

				if (lit_at(cp, n, e, 0x7B2C, "第"))
					e++;
				if ((l2 = small_number_at(cp, n, e, &v2)) > 0 && v2 > v && v2 <= 4 &&
					lit_at(cp, n, e + l2, 0x5B63, "季度"))
				{
					m2 = 3 * v2;
					j = e + l2 + 2;
					goto resolved;
				}
			}
			if (lit_at(cp, n, j, 0x672B, "末") || lit_at(cp, n, j, 0x5E95, "底"))
			{
				m1 = m2;
				d1 = d2 = -1;
				j++;
			}
		}
		else if (l > 0 && k == j && v >= 1 && v <= 12)
		{
			int			w,
						w2;
			bool		known2 = false;

			k += l;
			if ((w = month_word_at(cp, n, k)) > 0)
			{
				/* M月 [D日 | 末 | 底 | 上旬 ...] [至 N月 ...] */
				m1 = m2 = v;
				k += w;
				if ((l = small_number_at(cp, n, k, &v2)) > 0 &&
					(lit_at(cp, n, k + l, 0x65E5, "日") || lit_at(cp, n, k + l, 0x53F7, "号")) &&
					v2 >= 1 && v2 <= 31)
				{
					d1 = d2 = v2;
					k += l + 1;
				}
				else if (lit_at(cp, n, k, 0x672B, "末") || lit_at(cp, n, k, 0x5E95, "底"))
				{
					d1 = d2 = -1;
					k++;
				}
				else if (lit_at(cp, n, k, 0x4E0A, "上旬"))
					d1 = 1, d2 = 10, k += 2;
				else if (lit_at(cp, n, k, 0x4E2D, "中旬"))
					d1 = 11, d2 = 20, k += 2;
				else if (lit_at(cp, n, k, 0x4E0B, "下旬"))
					d1 = 21, d2 = -1, k += 2;
				j = k;
				/* 3月5日至8日 */
				if (!conn_char(cp, n, k))
					;
				else if (d1 > 0 && (w = any_at(cp, n, k, conn, &which)) > 0 &&
					(l = small_number_at(cp, n, k + w, &v2)) > 0 &&
					(lit_at(cp, n, k + w + l, 0x65E5, "日") || lit_at(cp, n, k + w + l, 0x53F7, "号")) &&
					v2 > d1 && v2 <= 31)
				{
					d2 = v2;
					j = k + w + l + 1;
				}
				/* 2020年12月至2021年2月 */
				else if (have_year && year_known && (w = any_at(cp, n, k, conn, &which)) > 0 &&
						 (l = year_at(cp, n, k + w, NULL, &year2, &known2)) > 0 && known2 &&
						 year2 > year &&
						 (w2 = small_number_at(cp, n, k + w + l, &v2)) > 0 &&
						 v2 >= 1 && v2 <= 12 && month_word_at(cp, n, k + w + l + w2) > 0)
				{
					m2 = v2;
					d2 = 0;
					if (d1 == -1)
						d1 = 0;
					j = k + w + l + w2 + month_word_at(cp, n, k + w + l + w2);
					if (lit_at(cp, n, j, 0x672B, "末") || lit_at(cp, n, j, 0x5E95, "底"))
						j++;
				}
				/* 1月至11月, 3月5日至3月8日 */
				else if ((w = any_at(cp, n, k, conn, &which)) > 0 &&
					(l = small_number_at(cp, n, k + w, &v2)) > 0 &&
					(month_word_at(cp, n, k + w + l) > 0) && v2 >= m1 && v2 <= 12)
				{
					int			e = k + w + l + month_word_at(cp, n, k + w + l);
					int			dd;

					m2 = v2;
					d2 = d1 ? -1 : 0;
					if ((l = small_number_at(cp, n, e, &dd)) > 0 &&
						(lit_at(cp, n, e + l, 0x65E5, "日") || lit_at(cp, n, e + l, 0x53F7, "号")))
					{
						d2 = dd;
						e += l + 1;
					}
					else if (lit_at(cp, n, e, 0x672B, "末") || lit_at(cp, n, e, 0x5E95, "底"))
					{
						d2 = -1;
						e++;
					}
					if (d1 == -1)
						d1 = 0;
					j = e;
				}
			}
			else if (conn_char(cp, n, k) && (w = any_at(cp, n, k, conn, &which)) > 0 &&
					 (l = small_number_at(cp, n, k + w, &v2)) > 0 &&
					 month_word_at(cp, n, k + w + l) > 0 && v2 > v && v2 <= 12)
			{
				/* 1至11月, 1-10月, 1~11月份 */
				m1 = v, m2 = v2;
				j = k + w + l + month_word_at(cp, n, k + w + l);
				if (lit_at(cp, n, j, 0x672B, "末") || lit_at(cp, n, j, 0x5E95, "底"))
					j++;
			}
			else if (!have_year)
				return -1;
			/* 2022年3个项目, 2007年参保人数: the number is not the period's */
		}
		else if (!have_year)
			return -1;
	}
resolved:
	if (!have_year && m1 == 0 && !to_ref)
		return -1;
	if (have_year && m1 == 0 && !to_ref)
		m1 = 1, m2 = 12;		/* 2021年: the whole year */

	p->end = j;
	/* resolve the year */
	if (!have_year && ref)
	{
		year = ref->y;
		year_known = true;
	}
	if (!year_known || (to_ref && ref == NULL))
		return j;
	p->has_dates = true;
	p->first.y = p->last.y = year;
	p->first.m = m1;
	p->first.d = d1 > 0 ? d1 : 1;
	if (to_ref)
	{
		p->last = *ref;
		if (p->last.y != year)
		{
			p->last.y = year;
			p->last.m = 12;
			p->last.d = 31;
		}
		if (date_after(&p->first, &p->last))
			p->has_dates = false;	/* it starts after the reference date */
		return j;
	}
	p->last.m = m2;
	if (year2 > year)
		p->last.y = year2;
	p->last.d = d2 > 0 ? d2 : month_days(p->last.y, m2);
	if (d1 == -1)
		p->first.d = month_days(year, m1);
	if (ytd)
	{
		p->first.m = 1;
		p->first.d = 1;
	}
	if (p->first.d > month_days(year, p->first.m) ||
		p->last.d > month_days(p->last.y, p->last.m) ||
		date_after(&p->first, &p->last))	/* 2月2日~2月1日 */
		p->has_dates = false;
	return j;
}

/*
 * What a character is to the scan, a byte a character (a load and a
 * compare, where a bit test costs five instructions more).  FC_START: a
 * first character of periods (numerals, the words of may_start below, 第,
 * Q); one look-up passes over every other character.  FC_NUMERAL: a
 * numeral that may begin one (ind_num_class NC_ARABIC, NC_DIGIT or
 * NC_SMALL).  FC_FOLLOW: 年 月 季 and the range connectors, one of which
 * follows such a numeral within four characters (numeral_may_start).
 */
#define FC_START	0x01
#define FC_NUMERAL	0x02
#define FC_FOLLOW	0x04
static unsigned char first_char[0x10000];
static bool first_char_ready = false;

static void
first_char_build(void)
{
	static const uint32_t words[] = {0x4ECA, 0x672C, 0x53BB, 0x660E, 0x6B21,
		0x5F53, 0x7576, 0x5168, 0x4E0A, 0x4E0B, 0x524D, 0x5E74, 0x622A,
	0x7B2C, 'Q', 0xFF31, 'q', 0xFF51, 'H', 0xFF28, 0x8FD9, 0x9019, 0x8FC7, 0x904E,
	0x9996};
	uint32_t	c;
	size_t		k;
	int			v;

	for (c = 0; c < 0x10000; c++)
	{
		IndNumClass nc = ind_num_class(c, &v);

		if (nc == NC_ARABIC || nc == NC_DIGIT || nc == NC_SMALL)
			first_char[c] |= FC_START | FC_NUMERAL;
		if (c == 0x5E74 || c == 0x6708 || c == 0x5B63 ||
			conn_char(&c, 1, 0))	/* 年 月 季 */
			first_char[c] |= FC_FOLLOW;
	}
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		first_char[words[k]] |= FC_START;
	first_char_ready = true;
}

/*
 * Is c no first character of a period?  A character beyond the BMP starts
 * none (may_start is false for it), so whether it is passed over here or
 * looked at and passed over by period_here comes to the same, and the index
 * is only masked into the table: a test and a branch less per character.
 */
static inline bool
no_start(uint32_t c)
{
	return !(first_char[c & (sizeof(first_char) - 1)] & FC_START);
}

/*
 * Can a period begin at cp[i]?  A cheap test that read_period would fail
 * anyway for every position it rejects, so that the words that begin a
 * period (上 年 前 全 今 ...) only cost a look at the next character where
 * they stand alone, and the rest of the text costs one table look-up.
 */
static inline bool
may_start(const uint32_t *cp, int n, int i)
{
	uint32_t	c = cp[i],
				d = i + 1 < n ? cp[i + 1] : 0;
	int			v;
	IndNumClass k = ind_num_class(c, &v);

	if (k == NC_ARABIC || k == NC_DIGIT || k == NC_SMALL)
		return true;
	switch (c)
	{
		case 0x4ECA:			/* 今年 */
		case 0x53BB:			/* 去年 */
		case 0x660E:			/* 明年 */
		case 0x6B21:			/* 次年 */
		case 0x5168:			/* 全年 */
			return d == 0x5E74;
		case 0x672C:			/* 本年, 本月, 本季度, 本周 */
			return d == 0x5E74 || d == 0x6708 || d == 0x5B63 || d == 0x5468 ||
				d == 0x9031 || d == 0x661F;
		case 0x5F53:			/* 当年 */
		case 0x7576:			/* 當年 */
			return d == 0x5E74;
		case 0x4E0A:			/* 上年, 上半年, 上月, 上个月, 上季度, 上一年 */
		case 0x4E0B:			/* 下半年, 下月, 下个月, 下季度, 下一年 */
			return d == 0x5E74 || d == 0x534A || d == 0x6708 || d == 0x4E2A ||
				d == 0x500B || d == 0x5B63 || d == 0x4E00 || d == 0x5468 ||
				d == 0x9031 || d == 0x661F;
		case 0x8FD9:			/* 这个月, 这周 */
		case 0x9019:			/* 這個月 */
			return d == 0x4E2A || d == 0x500B || d == 0x5468 || d == 0x9031;
		case 0x8FC7:			/* 过去三年 */
		case 0x904E:			/* 過去 */
			return d == 0x53BB;
		case 'H':
		case 0xFF28:			/* Ｈ */
			return true;
		case 0x524D:			/* 前年, 前三季度 */
			return d == 0x5E74 || ind_num_class(d, &v) != NC_NONE;
		case 0x5E74:			/* 年初以来, 年底, 年末 */
			return d == 0x521D || d == 0x5E95 || d == 0x672B;
		case 0x622A:			/* 截至, 截止 */
			return d == 0x81F3 || d == 0x6B62;
		case 0x9996:			/* 首季, 首季度 */
			return d == 0x5B63;
		case 0x7B2C:			/* 第一季度 */
		case 'Q':
		case 0xFF31:			/* Ｑ */
		case 'q':
		case 0xFF51:
			return true;
		default:
			return false;
	}
}

/*
 * Can a period that begins with a numeral (2021年, 1-11月, 三季度, 12月份)
 * begin at cp[i]?  Every such period has 年, 月, 季 or a range connector
 * within the four characters after its first: the year number is four
 * characters long, the small numbers of months and quarters at most four.
 * Numerals stand mostly in figures (增长12.5%, 一批), which this passes
 * over without reading.  Asked only of such numerals (FC_NUMERAL).
 */
static inline bool
numeral_may_start(const uint32_t *cp, int n, int i)
{
	int			j;

	for (j = i + 1; j < n && j <= i + 4; j++)
		if (cp[j] < 0x10000 && (first_char[cp[j]] & FC_FOLLOW))
			return true;
	return false;
}

/*
 * The end of the period the scan reads at cp[i], a character of first_char
 * (or beyond the BMP), with *p filled; -1 when there is none.
 */
static inline int
period_here(const uint32_t *cp, int n, int i, const IndDate *ref, IndPeriod *p)
{
	int			e;

	/* a numeral needs what follows it; any other character may_start */
	if (cp[i] < 0x10000 && (first_char[cp[i]] & FC_NUMERAL))
	{
		if (!numeral_may_start(cp, n, i))
			return -1;
	}
	else if (!may_start(cp, n, i))
		return -1;
	if ((e = read_period(cp, n, i, ref, p)) <= i)
		return -1;
	return e;
}

bool
ind_period_at(const uint32_t *cp, int n, int i, const IndDate *ref,
			  IndPeriod *p)
{
	if (!first_char_ready)
		first_char_build();
	if (i >= n || no_start(cp[i]))
		return false;
	return period_here(cp, n, i, ref, p) >= 0;
}

int
ind_scan_periods(const uint32_t *cp, int n, const IndDate *ref, IndPeriod **out)
{
	int			i = 0,
				count = 0,
				cap = 0,
				last_check = 0;
	IndPeriod  *arr = NULL;

	*out = NULL;
	if (!first_char_ready)
		first_char_build();
	while (i < n)
	{
		IndPeriod	p;
		int			e;

		if (i - last_check >= IND_INTERRUPT_STRIDE / 4)
		{
			ind_check_interrupts();
			last_check = i;
		}
		if (no_start(cp[i]))
		{
			/*
			 * A tight loop over the text between candidates, four characters
			 * at a time (one bound test for four), then one at a time.
			 */
			const uint32_t *q = cp + i + 1;
			const uint32_t *lim = cp + (n - i > IND_INTERRUPT_STRIDE / 4 ?
										i + IND_INTERRUPT_STRIDE / 4 : n);

			while (lim - q >= 4 && no_start(q[0]) && no_start(q[1]) &&
				   no_start(q[2]) && no_start(q[3]))
				q += 4;
			while (q < lim && no_start(*q))
				q++;
			i = (int) (q - cp);
			continue;
		}
		if ((e = period_here(cp, n, i, ref, &p)) < 0)
		{
			/* skip the rest of a digit run so that 12021年 is not 2021年 */
			if (ind_is_arabic_digit(cp[i]))
				while (i + 1 < n && ind_is_arabic_digit(cp[i + 1]))
					i++;
			i++;
			continue;
		}
		if (count == cap)
		{
			cap = cap ? cap * 2 : 8;
			arr = arr ? ind_realloc(arr, cap * sizeof(IndPeriod)) :
				ind_alloc(cap * sizeof(IndPeriod));
		}
		arr[count++] = p;
		i = e;
	}
	*out = arr;
	return count;
}

bool
ind_parse_period_cp(const uint32_t *cp, int n, const IndDate *ref, IndPeriod *p)
{
	int			s = 0,
				e = n;

	if (!ind_trim_cp(cp, &s, &e))
		return false;
	return read_period(cp, e, s, ref, p) == e;
}
