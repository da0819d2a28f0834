/*
 * test_metric.c
 *		Unit tests of the metric core: the normal form's map back to the
 *		input, and extraction on written sentences.
 */
#include <stdint.h>

#include "core_env.h"
#include "metric.h"
#include "textmap.h"
#include "unit.h"

/* The normal form and its map back to the characters of the input. */
static void
check_map(void)
{
	/* glosses go, traditional folds, width folds; offsets stay the input's */
	const char *in = "來(lái)源１２％規(guī)模";
	IndTextMap	tm;
	int			from;
	int			to;

	ind_textmap_build(in, strlen(in), &tm);
	CHECK(tm.n == 7);			/* 来 源 1 2 % 规 模 */
	CHECK(ind_textmap_src(&tm, 2) == 7);		/* １ after 來(lái)源: 1 + 5 + 1 characters */
	ind_textmap_free(&tm);

	in = "来源12%规模";
	ind_textmap_build(in, strlen(in), &tm);
	CHECK(tm.n == 7);
	ind_textmap_source(&tm, 2, 5, &from, &to);
	CHECK(from == 2 && to == 5);
	ind_textmap_free(&tm);

	/* a gloss-noise text: 來(lái) maps 来 to 0 and 源 to 6 */
	in = "來(lái)源規(guī)模";
	ind_textmap_build(in, strlen(in), &tm);
	CHECK(tm.n == 4);
	CHECK(tm.cp[0] == 0x6765 && ind_textmap_src(&tm, 0) == 0);
	CHECK(ind_textmap_src(&tm, 1) == 6);		/* 源 after the 5-character gloss */
	CHECK(ind_textmap_src(&tm, 2) == 7);
	CHECK(tm.src_n == 14);
	ind_textmap_free(&tm);
}

static IndMetric *
extract(const char *text, int *n, const char *home)
{
	static IndDate pub = {2023, 12, 20};
	IndMetricContext ctx = {&pub, home, NULL, -1, 0, NULL, NULL};
	IndMetric  *m;

	*n = ind_extract_metrics(text, strlen(text), &ctx, &m);
	return m;
}

static void
check_extract(void)
{
	IndMetric  *m;
	int			n;
	char		buf[IND_NUM_STRLEN];

	m = extract("全市完成工业投资356.2亿元，同比增长12.5%，占全省的8.1%。", &n, "郴州市");
	CHECK(n == 3);
	if (n == 3)
	{
		CHECK_STR(m[0].indicator, "工业投资");
		CHECK_STR(m[0].measure, "value");
		ind_dec_to_str(&m[0].base_value, buf);
		CHECK_STR(buf, "35620000000");
		CHECK_STR(m[1].measure, "yoy");
		CHECK_STR(m[1].indicator, "工业投资");
		CHECK_STR(m[2].measure, "share");
		CHECK_STR(m[2].region, "郴州市");
		CHECK(m[0].span_start == 8 && m[0].span_end == 15);
	}
	ind_free_metrics(m, n);

	/* a fall is negative; a target; a period with the published year */
	m = extract("力争今年1-10月规模以上工业增加值同比下降不超过3.2%。", &n, NULL);
	CHECK(n == 1);
	if (n == 1)
	{
		ind_dec_to_str(&m[0].value, buf);
		CHECK_STR(buf, "-3.2");
		CHECK(m[0].is_target);
		CHECK(m[0].has_period_dates && m[0].period_start.y == 2023 &&
			  m[0].period_end.m == 10 && m[0].period_end.d == 31);
	}
	ind_free_metrics(m, n);

	/* not metrics */
	m = extract("联系电话0735-2222222，点击:0，召开3次会议。", &n, NULL);
	CHECK(n == 0);
	ind_free_metrics(m, n);

	/* empty input */
	m = extract("", &n, NULL);
	CHECK(n == 0);
	ind_free_metrics(m, n);
}

int
main(void)
{
	check_map();
	check_extract();
	UNIT_DONE();
}
