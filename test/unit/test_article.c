/*
 * test_article.c
 *		Unit tests of parse_article's core (src/article.c).
 */
#include "article.h"
#include "unit.h"


static void
parse_str(const char *s, IndArticle *a)
{
	ind_parse_article(s, strlen(s), a);
}

static const char *
item(const IndStrList *l, int i)
{
	return i < l->n ? l->items[i] : NULL;
}

int
main(void)
{
	IndArticle	a;
	IndDateTime		d;
	size_t		n;
	char	   *raw;

	/* dates */
	CHECK(ind_parse_date("2022-03-21 08:46:11 +0800", 25, &d));
	CHECK(d.year == 2022 && d.month == 3 && d.day == 21 && d.hour == 8 &&
		  d.minute == 46 && d.second == 11 && d.has_offset && d.offset_minutes == 480);
	CHECK(ind_parse_date("2021-12-31T23:30:00Z", 20, &d) && d.offset_minutes == 0);
	CHECK(ind_parse_date("2023-12-19", 10, &d) && !d.has_time && !d.has_offset &&
		  d.offset_minutes == 480);
	CHECK(ind_parse_date("2022年3月21日", strlen("2022年3月21日"), &d) &&
		  d.month == 3 && d.day == 21);
	CHECK(ind_parse_date("2022-03-21 10:00 -05:30", 23, &d) && d.offset_minutes == -330);
	CHECK(!ind_parse_date("2022-13-01", 10, &d));
	CHECK(!ind_parse_date("21-03-2022", 10, &d));

	/* seed 000: front matter over HTML */
	raw = read_seed("seeds/000_23f218d3361f780c.txt", &n);
	CHECK(raw != NULL);
	if (raw)
	{
		ind_parse_article(raw, n, &a);
		CHECK_STR(a.title, "“一企一策”打出工业经济发展“组合拳”");
		CHECK(a.has_published && a.published.hour == 8 && a.published.has_offset);
		CHECK_STR(a.source, "梧州日报");
		CHECK(a.authors.n == 3);
		CHECK_STR(item(&a.authors, 0), "陈雨燕");
		CHECK_STR(item(&a.authors, 1), "梁斌杰");
		CHECK_STR(item(&a.authors, 2), "黄武成");
		CHECK_STR(a.url, "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203212316518946");
		CHECK_STR(item(&a.categories, 0), "wuzhouribao");
		CHECK_STR(item(&a.tags, 0), "梧州日报新闻");
		CHECK(strncmp(a.body, "因培育工业企业", strlen("因培育工业企业")) == 0);
		CHECK(strstr(a.body, "返回") == NULL && strstr(a.body, "<") == NULL);
		CHECK(a.script == IND_SCRIPT_SIMPLIFIED);
		ind_free_article(&a);
	}

	/* seed 001: plain traditional text, byline of bare names */
	raw = read_seed("seeds/001_c0ffa7fe100a08b4.txt", &n);
	CHECK(raw != NULL);
	if (raw)
	{
		ind_parse_article(raw, n, &a);
		CHECK_STR(a.title, "以工業之力為全局添彩——郴州工業經濟高質量發展見聞");
		CHECK(!a.has_published);
		CHECK(a.source == NULL && a.url == NULL);
		CHECK(a.authors.n == 2);
		CHECK_STR(item(&a.authors, 0), "羅徽");
		CHECK_STR(item(&a.authors, 1), "賀游磊");
		CHECK(strstr(a.body, "相關資料圖") == NULL);
		CHECK(strstr(a.body, "推薦閱讀") == NULL);
		CHECK(strstr(a.body, "報料熱線") == NULL);
		CHECK(a.script == IND_SCRIPT_TRADITIONAL);
		ind_free_article(&a);
	}

	/* seed 002: "■ 李梦安文" */
	raw = read_seed("seeds/002_f39e507b3689142d.txt", &n);
	if (raw)
	{
		ind_parse_article(raw, n, &a);
		CHECK(a.authors.n == 1);
		CHECK_STR(item(&a.authors, 0), "李梦安");
		CHECK_STR(a.source, "中国工业报");
		ind_free_article(&a);
	}

	/* seeds 003, 004: the mirror */
	raw = read_seed("seeds/003_daec72363e18b999.txt", &n);
	if (raw)
	{
		ind_parse_article(raw, n, &a);
		CHECK(a.title == NULL);
		CHECK_STR(a.source, "荆门市经信局");
		CHECK(a.authors.n == 1);
		CHECK_STR(item(&a.authors, 0), "杜莉");
		CHECK(a.damage.out_of_step == 1);
		CHECK(strstr(a.body, "可??不停企業") != NULL);
		CHECK(strstr(a.body, "(l") == NULL);
		ind_free_article(&a);
	}
	raw = read_seed("seeds/004_30dd613d1f25791f.txt", &n);
	if (raw)
	{
		ind_parse_article(raw, n, &a);
		CHECK_STR(a.title, "嘉峪關市全力推動工業項目建設提速增效");
		CHECK(a.has_published && a.published.day == 19 && !a.published.has_time);
		CHECK_STR(a.source, "嘉峪关日报");
		CHECK(a.authors.n == 1);
		CHECK_STR(item(&a.authors, 0), "竇翔");
		CHECK(strncmp(a.body, "據嘉峪關日報報道", strlen("據嘉峪關日報報道")) == 0);
		CHECK(a.damage.lost_space_runs == 1);
		ind_free_article(&a);
	}

	/* an unknown layout keeps its text */
	parse_str("第一行不是标题，因为它是一个句子。\n另一段文字。", &a);
	CHECK(a.title == NULL);
	CHECK_STR(a.body, "第一行不是标题，因为它是一个句子。\n另一段文字。");
	ind_free_article(&a);

	/* HTML entities and tags; a script's content goes */
	parse_str("<p>甲&amp;乙&#x4E00;&#19968;&bogus;</p><script>x<p></script><p>丙</p>", &a);
	CHECK_STR(a.body, "甲&乙一一&bogus;\n丙");
	ind_free_article(&a);

	/* bylines in other shapes */
	parse_str("标题\n记者 张三 李四\n正文。", &a);
	CHECK(a.authors.n == 2);
	CHECK_STR(item(&a.authors, 0), "张三");
	CHECK_STR(item(&a.authors, 1), "李四");
	ind_free_article(&a);
	parse_str("正文。（本报记者 欧阳明远）", &a);
	CHECK(a.authors.n == 1);
	CHECK_STR(item(&a.authors, 0), "欧阳明远");
	CHECK_STR(a.body, "正文。");
	ind_free_article(&a);

	/* an outlet named in a byline, when no label names one */
	parse_str("新华社记者张三 李四\n正文。", &a);
	CHECK_STR(a.source, "新华社");
	CHECK(a.authors.n == 2);
	ind_free_article(&a);
	parse_str("本报记者张三\n正文。", &a);
	CHECK(a.source == NULL);
	ind_free_article(&a);

	/* empty */
	parse_str("", &a);
	CHECK_STR(a.body, "");
	CHECK(a.title == NULL && a.authors.n == 0);
	ind_free_article(&a);
	UNIT_DONE();
}
