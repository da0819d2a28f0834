/*
 * fuzz_periods.c
 *		libFuzzer target: periods() and parse_period() (src/period.c).
 *
 * The first byte chooses the reference date (none, or one of a few), the
 * rest is the text.  Properties: spans inside the text in order; dates are
 * real calendar dates and a period does not end before it starts.
 */
#include "fuzz_common.h"

#include "core_env.h"
#include "numeral.h"
#include "period.h"

static bool
date_ok(const IndDate *d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return d->m >= 1 && d->m <= 12 && d->d >= 1 && d->d <= mdays[d->m - 1];
}

static int
date_cmp(const IndDate *a, const IndDate *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	return a->d < b->d ? -1 : a->d > b->d;
}

static void
check_period(const IndPeriod *p, int n)
{
	FUZZ_CHECK(p->start >= 0 && p->start < p->end && p->end <= n);
	if (p->has_dates)
	{
		FUZZ_CHECK(date_ok(&p->first) && date_ok(&p->last));
		FUZZ_CHECK(date_cmp(&p->first, &p->last) <= 0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const IndDate refs[] = {{2023, 12, 31}, {2024, 2, 29}, {1999, 1, 1}};
	const IndDate *ref;
	int			n;
	uint32_t   *cp;
	IndPeriod  *p = NULL;
	IndPeriod	one;
	int			k;
	int			i;

	if (size == 0)
		return 0;
	ref = data[0] % 4 == 3 ? NULL : &refs[data[0] % 4];
	cp = ind_decode_utf8((const char *) data + 1, size - 1, &n, NULL);
	k = ind_scan_periods(cp, n, ref, &p);
	for (i = 0; i < k; i++)
	{
		check_period(&p[i], n);
		FUZZ_CHECK(i == 0 || p[i - 1].start <= p[i].start);
	}
	ind_free(p);
	if (ind_parse_period_cp(cp, n, ref, &one) && one.has_dates)
		FUZZ_CHECK(date_ok(&one.first) && date_ok(&one.last) &&
				   date_cmp(&one.first, &one.last) <= 0);
	ind_free(cp);
	return 0;
}
