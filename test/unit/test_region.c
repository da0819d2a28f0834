/*
 * test_region.c
 *		Unit tests of the gazetteer and the region scanner (region.c).
 */
#include <stdio.h>
#include <string.h>

#include "core_env.h"
#include "region.h"
#include "unit.h"

static char out[4096];

/*
 * The mentions in s as "start-end span code;..." (code "-" when
 * ambiguous), so that one CHECK_STR covers a whole sentence.
 */
static const char *
scan(const char *s)
{
	IndRegionMatch *m;
	int			n = ind_region_scan(s, strlen(s), -1, &m);
	size_t		o = 0;
	int			k;

	out[0] = '\0';
	for (k = 0; k < n && o < sizeof(out) - 200; k++)
		o += snprintf(out + o, sizeof(out) - o, "%s%d-%d %.*s %s", k ? ";" : "",
					  m[k].start, m[k].end,
					  (int) (m[k].byte_end - m[k].byte_start), s + m[k].byte_start,
					  m[k].code ? m[k].code : "-");
	ind_free(m);
	return out;
}

static const char *
home(const char *s)
{
	IndRegionMatch m;

	return ind_region_home_city(s, strlen(s), &m) ? m.code : NULL;
}

static const char *
row_field(const char *code, int field)
{
	int			i = ind_region_find(code);
	const IndRegionInfo *r = ind_region_get(i);

	if (r == NULL)
		return NULL;
	switch (field)
	{
		case 0:
			return r->name;
		case 1:
			return r->short_name;
		case 2:
			return r->parent_code;
		case 3:
			return ind_region_level_name(r->level);
		default:
			return r->name_trad;
	}
}

int
main(void)
{
	int			i,
				counts[3] = {0, 0, 0};

	/* the gazetteer */
	for (i = 0; i < ind_region_count(); i++)
		counts[ind_region_get(i)->level]++;
	CHECK(counts[IND_REGION_PROVINCE] == 34);
	CHECK(counts[IND_REGION_CITY] == 342);
	CHECK(counts[IND_REGION_COUNTY] == 2975);
	CHECK(ind_region_get(-1) == NULL);
	CHECK(ind_region_get(ind_region_count()) == NULL);
	CHECK(ind_region_find("999999") == -1);
	CHECK(ind_region_find(NULL) == -1);
	CHECK_STR(row_field("430000", 0), "湖南省");
	CHECK_STR(row_field("431000", 0), "郴州市");
	CHECK_STR(row_field("431000", 1), "郴州");
	CHECK_STR(row_field("431000", 2), "430000");
	CHECK_STR(row_field("431000", 3), "city");
	CHECK_STR(row_field("420881", 0), "钟祥市");
	CHECK_STR(row_field("420881", 2), "420800");
	CHECK_STR(row_field("420881", 3), "county");
	CHECK_STR(row_field("620200", 4), "嘉峪關市");
	CHECK_STR(row_field("450000", 1), "广西");
	CHECK_STR(row_field("433100", 1), "湘西");
	CHECK_STR(row_field("650000", 1), "新疆");
	CHECK_STR(row_field("150000", 1), "内蒙古");
	CHECK_STR(row_field("150724", 1), "鄂温克");
	CHECK_STR(row_field("140109", 1), "万柏林");
	CHECK_STR(row_field("429021", 1), "神农架");
	CHECK_STR(row_field("110100", 0), "市辖区");
	CHECK_STR(row_field("110100", 1), NULL);
	CHECK_STR(row_field("110000", 2), NULL);
	CHECK_STR(row_field("810000", 1), "香港");
	CHECK_STR(row_field("820000", 4), "澳門特別行政區");
	CHECK_STR(row_field("710000", 0), "台湾省");
	CHECK(ind_region_is_under(ind_region_find("420881"), ind_region_find("420000")));
	CHECK(!ind_region_is_under(ind_region_find("420000"), ind_region_find("420000")));

	/* full and short names, both scripts, offsets in code points */
	CHECK_STR(scan("郴州市和郴州"), "0-3 郴州市 431000;4-6 郴州 431000");
	CHECK_STR(scan("鐘祥市、鍾祥市、钟祥"), "0-3 鐘祥市 420881;4-7 鍾祥市 420881;8-10 钟祥 420881");
	CHECK_STR(scan("嘉峪關日報"), "0-3 嘉峪關 620200");
	CHECK_STR(scan("ab 安徽省亳州市"), "3-6 安徽省 340000;6-9 亳州市 341600");
	CHECK_STR(scan("廣西壯族自治區梧州市"), "0-7 廣西壯族自治區 450000;7-10 梧州市 450400");
	CHECK_STR(scan("湘西州"), "0-2 湘西 433100");
	CHECK_STR(scan("臺灣、香港和澳門"), "0-2 臺灣 710000;3-5 香港 810000;6-8 澳門 820000");

	/* common words */
	CHECK_STR(scan("和平发展"), "");
	CHECK_STR(scan("新兴产业"), "");
	CHECK_STR(scan("永安全"), "");
	CHECK_STR(scan("朝阳产业"), "");
	CHECK_STR(scan("中心城区"), "");
	CHECK_STR(scan("新兴县"), "0-3 新兴县 445321");
	CHECK_STR(scan("永安市"), "0-3 永安市 350481");
	CHECK_STR(scan("北京朝阳"), "0-2 北京 110000;2-4 朝阳 110105");
	CHECK_STR(scan("安徽和县"), "0-2 安徽 340000;2-4 和县 340523");
	CHECK_STR(scan("市和县两级"), "");
	CHECK_STR(scan("完成县级"), "");
	CHECK_STR(scan("国能藤县项目"), "2-4 藤县 450422");

	/* placeholders and scope words */
	CHECK_STR(scan("市辖区"), "");
	CHECK_STR(scan("省直辖县级行政区划"), "");
	CHECK_STR(scan("自治区直辖县级行政区划"), "");
	CHECK_STR(scan("县"), "");
	CHECK_STR(scan("皖北第2位、珠三角、長三角"), "");
	CHECK(ind_region_scope_word("皖北第2位", strlen("皖北第2位")) == strlen("皖北"));
	CHECK(ind_region_scope_word("長三角", strlen("長三角")) == strlen("長三角"));
	CHECK(ind_region_scope_word("粤港澳大湾区", strlen("粤港澳大湾区")) == strlen("粤港澳大湾区"));
	CHECK(ind_region_scope_word("郴州", strlen("郴州")) == 0);
	CHECK(ind_region_scope_word("", 0) == 0);

	/* ambiguity */
	CHECK_STR(scan("吉林"), "0-2 吉林 220000");
	CHECK_STR(scan("吉林市"), "0-3 吉林市 220200");
	CHECK_STR(scan("长沙"), "0-2 长沙 430100");
	CHECK_STR(scan("长沙县"), "0-3 长沙县 430121");
	CHECK_STR(scan("和平区"), "0-3 和平区 -");
	CHECK_STR(scan("天津和平区"), "0-2 天津 120000;2-5 和平区 120101");
	CHECK_STR(scan("沈阳市，和平区"), "0-3 沈阳市 210100;4-7 和平区 210102");
	CHECK_STR(scan("铁西"), "");
	CHECK_STR(scan("鞍山铁西"), "0-2 鞍山 210300;2-4 铁西 210303");

	/* home city */
	CHECK_STR(home("梧州日报"), "450400");
	CHECK_STR(home("嘉峪关日报"), "620200");
	CHECK_STR(home("嘉峪關日報"), "620200");
	CHECK_STR(home("荆门市经信局"), "420800");
	CHECK_STR(home("郴州工业经济高质量发展见闻"), "431000");
	CHECK_STR(home("真抓实干 安徽亳州工业经济运行质效双优"), "341600");
	CHECK_STR(home("北京日报"), "110000");
	CHECK_STR(home("湖南日报"), NULL);
	CHECK_STR(home("中国工业报"), NULL);
	CHECK_STR(home(""), NULL);

	/* malformed UTF-8 does not upset the scan */
	CHECK_STR(scan("\xff郴州\xe9"), "1-3 郴州 431000");

	UNIT_DONE();
}
