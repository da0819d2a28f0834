/*
 * test_quantities.c
 *		Unit tests of the quantity and period scanners (quantity.c, period.c).
 */
#include <string.h>

#include "core_env.h"
#include "numeral.h"
#include "period.h"
#include "quantity.h"
#include "unit.h"

static char vbuf[IND_NUM_STRLEN];

/* "unit=base base_unit" of the single quantity in s, or NULL. */
static const char *
one(const char *s)
{
	static char out[256];
	int			n;
	uint32_t   *cp = ind_decode_utf8(s, strlen(s), &n, NULL);
	IndQuantity q;
	bool		found = ind_parse_quantity_cp(cp, n, &q);

	ind_free(cp);
	if (!found)
		return NULL;
	if (q.is_range)
		ind_dec_to_str(&q.high, vbuf);
	else
		ind_dec_to_str(&q.base_value, vbuf);
	snprintf(out, sizeof(out), "%s=%s %s%s%s", q.unit, vbuf,
			 q.base_unit ? q.base_unit : "-", q.qualifier ? " " : "",
			 q.qualifier ? q.qualifier : "");
	return out;
}

static int
count_in(const char *s)
{
	int			n,
				c;
	uint32_t   *cp = ind_decode_utf8(s, strlen(s), &n, NULL);
	IndQuantity *qs;

	c = ind_scan_quantities(cp, n, &qs);
	ind_free(qs);
	ind_free(cp);
	return c;
}

static const char *
period(const char *s, const IndDate *ref)
{
	static char out[64];
	int			n;
	uint32_t   *cp = ind_decode_utf8(s, strlen(s), &n, NULL);
	IndPeriod	p;
	bool		found = ind_parse_period_cp(cp, n, ref, &p);

	ind_free(cp);
	if (!found)
		return NULL;
	if (!p.has_dates)
		return "no dates";
	snprintf(out, sizeof(out), "%04d-%02d-%02d..%04d-%02d-%02d",
			 p.first.y, p.first.m, p.first.d, p.last.y, p.last.m, p.last.d);
	return out;
}

int
main(void)
{
	IndDate		ref = {2022, 12, 15};
	char	   *big;
	size_t		len = 3 * 350000,
				i;

	CHECK_STR(one("1218.56亿元"), "亿元=121856000000 CNY");
	CHECK_STR(one("300万千瓦"), "万千瓦=3000000000 W");
	CHECK_STR(one("150兆瓦"), "兆瓦=150000000 W");
	CHECK_STR(one("35亿千瓦时"), "亿千瓦时=3500000000000 Wh");
	CHECK_STR(one("100亩"), "亩=66667 m2");
	CHECK_STR(one("约300亿元"), "亿元=30000000000 CNY about");
	CHECK_STR(one("300余家"), "家=300 count over");
	CHECK_STR(one("1.1个百分点"), "个百分点=1.1 pp");
	CHECK_STR(one("第2位"), "位=2 rank");
	CHECK_STR(one("3至5万元"), "万元=5 CNY");
	CHECK_STR(one("翻一番"), "倍=2 times");
	CHECK_STR(one("2021年"), NULL);
	/* kinds the public currency and dimension suites test */
	CHECK_STR(one("三千万美元"), "万美元=30000000 USD");
	CHECK_STR(one("100万港元"), "万港元=1000000 HKD");
	CHECK_STR(one("五百日元"), "日元=500 JPY");
	CHECK_STR(one("5公里"), "公里=5000 m");
	CHECK_STR(one("3.5平方公里"), "平方公里=3500000 m2");
	CHECK_STR(one("三十公斤"), "公斤=0.03 t");
	CHECK_STR(one("五十立方米"), "立方米=50 m3");
	CHECK_STR(one("第100"), "=100 rank");
	CHECK_STR(one("10%~15%"), "%=15 pct");
	CHECK_STR(one("三四万吨"), "万吨=4 t");
	CHECK_STR(one("逾百亿元"), "亿元=10000000000 CNY over");
	CHECK_STR(one("不到3%"), "%=3 pct under");
	CHECK_STR(one("200kg"), "kg=0.2 t");
	CHECK_STR(one("US$5"), "US$=5 USD");
	CHECK_STR(one("五萬噸"), "万吨=50000 t");

	/* currencies in words, more dimensions, loose magnitudes, discounts */
	CHECK_STR(one("港幣100元"), "港元=100 HKD");
	CHECK_STR(one("美元100"), "美元=100 USD");
	CHECK_STR(one("1000元新台幣"), "新台币=1000 TWD");
	CHECK_STR(one("港币100万元"), "万港元=1000000 HKD");
	CHECK_STR(one("10英尺"), "英尺=3.048 m");
	CHECK_STR(one("500mL"), "ml=0.0005 m3");
	CHECK_STR(one("5升"), "升=0.005 m3");
	CHECK_STR(one("5千焦"), "千焦=5000 J");
	CHECK_STR(one("上千家"), "家=1000 count over");
	CHECK_STR(one("几百万"), "=1000000 - over");
	CHECK_STR(one("九五折"), "折=95 pct");
	CHECK(count_in("价格从5升至8元，指数上升") == 2);
	CHECK(count_in("签约亿元以上工业项目") == 0);
	CHECK(count_in("折合人民币100元") == 1);

	CHECK(count_in("一切统一万一四川一致") == 0);
	CHECK(count_in("一季度第一季度“十四五”2021年3月0731-88888888") == 0);
	CHECK(count_in("完成投资356.2亿元，增长12.5%，占8.1%") == 3);

	CHECK_STR(period("1至11月", &ref), "2022-01-01..2022-11-30");
	CHECK_STR(period("1至11月", NULL), "no dates");
	CHECK_STR(period("前三季度", &ref), "2022-01-01..2022-09-30");
	CHECK_STR(period("2021年1~11月份", NULL), "2021-01-01..2021-11-30");
	CHECK_STR(period("去年", &ref), "2021-01-01..2021-12-31");
	CHECK_STR(period("截至11月末", &ref), "2022-01-01..2022-11-30");
	CHECK_STR(period("3个月", &ref), NULL);
	CHECK_STR(period("2021年上半年", NULL), "2021-01-01..2021-06-30");
	CHECK_STR(period("今年第三季度", &ref), "2022-07-01..2022-09-30");
	CHECK_STR(period("去年三月", &ref), "2021-03-01..2021-03-31");
	CHECK_STR(period("二〇二一年", NULL), "2021-01-01..2021-12-31");
	CHECK_STR(period("Q3", &ref), "2022-07-01..2022-09-30");
	CHECK_STR(period("2021年3月5日", NULL), "2021-03-05..2021-03-05");
	CHECK_STR(period("2019-2021年", NULL), "2019-01-01..2021-12-31");
	CHECK_STR(period("一至三季度", &ref), "2022-01-01..2022-09-30");
	CHECK_STR(period("过去三年", &ref), "2019-01-01..2021-12-31");
	CHECK_STR(period("本周", &ref), "2022-12-12..2022-12-18");
	CHECK_STR(period("本周", NULL), "no dates");
	CHECK_STR(period("今年年初", &ref), "2022-01-01..2022-01-01");
	CHECK_STR(period("年初", &ref), NULL);
	CHECK_STR(period("2020年12月至2021年2月", NULL), "2020-12-01..2021-02-28");

	/* a megabyte of 一 and a long digit run: no quantity, quickly */
	big = malloc(len + 1);
	for (i = 0; i < len; i += 3)
		memcpy(big + i, "一", 3);
	big[len] = '\0';
	CHECK(count_in(big) == 0);
	memset(big, '9', 1000);
	strcpy(big + 1000, "元");
	CHECK(count_in(big) == 0);
	free(big);

	UNIT_DONE();
}
