/*
 * test_script.c
 *		Unit tests of the script core: conversion, folding, pinyin glosses,
 *		whitespace, script detection and normalize().
 */
#include <stdint.h>

#include "convert.h"
#include "core_env.h"
#include "fold.h"
#include "normalize.h"
#include "pinyin.h"
#include "script_detect.h"
#include "unit.h"
#include "utf8.h"

static char *
conv(IndConvertDirection dir, const char *s)
{
	size_t		len = strlen(s);
	char	   *out = malloc(ind_convert_bound(dir, len) + 1);

	out[ind_convert(dir, s, len, out)] = '\0';
	return out;
}

static char *
norm(const char *s)
{
	size_t		len;
	char	   *buf = ind_normalize(s, strlen(s), &len);
	char	   *out = malloc(len + 1);

	memcpy(out, buf, len);
	out[len] = '\0';
	ind_free(buf);
	return out;
}

static char *
strip(const char *s)
{
	size_t		len = strlen(s);
	char	   *out = malloc(len + 1);

	out[ind_strip_pinyin(s, len, out)] = '\0';
	return out;
}

static char *
tidy(const char *s)
{
	char	   *out = strdup(s);

	out[ind_tidy_space(out, strlen(out), out)] = '\0';	/* in place */
	return out;
}

#define T2S(in, want) do { char *g = conv(IND_T2S, in); CHECK_STR(g, want); free(g); } while (0)
#define S2T(in, want) do { char *g = conv(IND_S2T, in); CHECK_STR(g, want); free(g); } while (0)
#define NORM(in, want) do { char *g = norm(in); CHECK_STR(g, want); free(g); } while (0)
#define STRIP(in, want) do { char *g = strip(in); CHECK_STR(g, want); free(g); } while (0)
#define TIDY(in, want) do { char *g = tidy(in); CHECK_STR(g, want); free(g); } while (0)
#define SCRIPT(in, want) CHECK_STR(ind_script_name(ind_script_detect(in, strlen(in))), want)

static void
test_t2s(void)
{
	T2S("", "");
	T2S("plain ASCII, untouched.", "plain ASCII, untouched.");
	T2S("規模工業增加值同比增長", "规模工业增加值同比增长");
	/* the phrase layer */
	T2S("乾隆", "乾隆");
	T2S("乾燥", "干燥");
	T2S("著作", "著作");
	T2S("瞭解", "了解");
	T2S("瞭望", "瞭望");
	T2S("處處升騰著工業經濟", "处处升腾着工业经济");
	/* characters common to both scripts stay */
	T2S("园区里", "园区里");
	/* Hong Kong and Taiwan variant forms fold too */
	T2S("為", "为");
	T2S("爲", "为");
	T2S("裡", "里");
	T2S("麵", "面");
	T2S("衞生", "卫生");
	T2S("説話", "说话");
	/* astral plane, emoji, combining marks pass through */
	T2S("𠀀😀é", "𠀀😀é");
	T2S("國\xcc\x81", "国\xcc\x81");
}

static void
test_s2t(void)
{
	S2T("", "");
	S2T("头发 发展", "頭髮 發展");
	S2T("干部 干燥 干涉", "幹部 乾燥 干涉");
	S2T("以后 皇后", "以後 皇后");
	S2T("面条 里面 公里", "麵條 裡面 公里");
	S2T("台风 台湾", "颱風 臺灣");
	S2T("关系 系统", "關係 系統");
	S2T("一只 只有", "一隻 只有");
	S2T("钟表 钟情", "鐘錶 鍾情");
	S2T("历史 日历", "歷史 日曆");
	S2T("复杂 恢复", "複雜 恢復");
	S2T("征收 象征", "徵收 象徵");
	S2T("剩余 余下", "剩餘 餘下");
	S2T("为", "為");
}

static void
test_fold(void)
{
	NORM("１２．５％", "12.5%");
	NORM("ＡＢＣ　ａｂｃ", "ABC abc");
	NORM("（项目）", "(项目)");
	NORM("①②", "12");
	NORM("「好」『对』", "\xe2\x80\x9c好\xe2\x80\x9d\xe2\x80\x98对\xe2\x80\x99");
	NORM("1〜10月", "1~10月");
	NORM("a\xe2\x80\x8b" "b", "ab");	/* zero width space */
	NORM("m²", "m²");			/* superscripts stay */
	/* every fold fits the output bound */
	{
		uint32_t	cp;
		int			bad = 0;

		for (cp = 0x80; cp < 0x30000; cp++)
		{
			const unsigned char *rep;
			unsigned char buf[4];
			int			n = ind_fold_char(cp, &rep);

			if (n >= 0 && (size_t) n > 3 * (size_t) utf8_encode(cp, buf))
				bad++;
		}
		CHECK(bad == 0);
	}
}

static void
test_pinyin(void)
{
	STRIP("來(lái)源", "來源");
	STRIP("規(guī)模", "規模");
	STRIP("亳(bó)州", "亳(bó)州");
	STRIP("(相關資料圖)", "(相關資料圖)");
	STRIP("規(guī)模 台(套) (含續建) (項目)", "規模 台(套) (含續建) (項目)");
	STRIP("抓增長(zhǎng)點(diǎn)擴(kuò)能", "抓增長點擴能");
	/* not one tone mark, or not a syllable: kept */
	STRIP("來(lai)源 規(guī)模", "來(lai)源 規模");
	STRIP("來(lǎiī)源 規(guī)模", "來(lǎiī)源 規模");
	STRIP("來(xyzá)源 規(guī)模", "來(xyzá)源 規模");
	/* not after a Han character */
	STRIP("a(lái) 規(guī)模", "a(lái) 規模");
	/* full-width parentheses */
	STRIP("來（lái）源", "來源");
	/* one gloss in a long clean text is a genuine annotation */
	STRIP("安徽省亳州市经济和信息化局坚持创新驱动发展坚决落实常态化疫情防控工作要求坚持工业强市战略不動搖持续推动工业经济高质量发展主要工业经济指标保持良好增长态势。來(lái)源",
		  "安徽省亳州市经济和信息化局坚持创新驱动发展坚决落实常态化疫情防控工作要求坚持工业强市战略不動搖持续推动工业经济高质量发展主要工业经济指标保持良好增长态势。來(lái)源");
	CHECK(ind_gloss_length((const unsigned char *) "(zhuàng)", (const unsigned char *) "(zhuàng)" + strlen("(zhuàng)")) == strlen("(zhuàng)"));
	CHECK(ind_gloss_length((const unsigned char *) "(lüè)", (const unsigned char *) "(lüè)" + strlen("(lüè)")) > 0);
	CHECK(ind_gloss_length((const unsigned char *) "(ér)", (const unsigned char *) "(ér)" + strlen("(ér)")) > 0);
	CHECK(ind_gloss_length((const unsigned char *) "(套)", (const unsigned char *) "(套)" + strlen("(套)")) == 0);
	CHECK(ind_gloss_length((const unsigned char *) "(lái", (const unsigned char *) "(lái" + strlen("(lái")) == 0);
}

static void
test_tidy(void)
{
	TIDY("", "");
	TIDY("  a  b \t c  ", "a b c");
	TIDY("a\r\nb\rc", "a\nb\nc");
	TIDY("a\n\n\n\nb", "a\n\nb");
	TIDY("a  \n   b", "a\nb");
	TIDY("? ? ? ?據報道", "據報道");
	TIDY("文字 ? ? 文字", "文字 文字");
	TIDY("可??刹", "可??刹");
	TIDY("真的? 是的", "真的? 是的");
	TIDY("?? ? ?", "??");
	TIDY("a\x01" "b", "ab");
}

static void
test_script_detect(void)
{
	SCRIPT("", "none");
	SCRIPT("abc 123", "none");
	SCRIPT("中国工业", "simplified");
	SCRIPT("中國工業", "traditional");
	SCRIPT("人口", "simplified");	/* common to both: already simplified */
	SCRIPT("中國工業国家", "mixed");
}

static void
test_normalize(void)
{
	static const char *cases[] = {
		"",
		"plain text",
		"１２．５％　來(lái)源? ? ? ?據(jù)「好」",
		"? ? ? ?據(jù)嘉峪關(guān)日?qǐng)?bào)報(bào)道 今年以來(lái)",
		"a  ?  ?  b",
		"?? ? ? ?",
		"乾隆年間 乾燥",
		"來 (lái) 源",
		"  ①  \r\n\r\n\r\n ②  ",
		"𠀀😀é 國\xcc\x81",
	};
	size_t		i;

	NORM("１２．５％　來(lái)源? ? ? ?據(jù)「好」",
		 "12.5% 来源 据\xe2\x80\x9c好\xe2\x80\x9d");
	NORM("以工業之力為全局添彩", "以工业之力为全局添彩");
	NORM("亳(bó)州", "亳(bó)州");
	/* idempotence */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char	   *once = norm(cases[i]);
		char	   *twice = norm(once);

		CHECK_STR(twice, once);
		free(once);
		free(twice);
	}
}

/*
 * Idempotence on random strings over the characters that interact: question
 * marks (ASCII and full-width), every kind of space, characters that fold to
 * nothing, parentheses, pinyin, phrase starters, line breaks.
 */
static void
test_normalize_random(void)
{
	static const char *atoms[] = {
		"?", "\xef\xbc\x9f", " ", "\t", "\xe3\x80\x80", "\xc2\xa0",
		"\xe2\x80\x8b", "\xef\xbb\xbf", "(", ")", "\xef\xbc\x88",
		"\xef\xbc\x89", "l\xc3\xa1i", "gu\xc4\xab", "\xe4\xbe\x86", /* 來 */
		"\xe8\xa6\x8f", /* 規 */ "\xe9\xa1\xaf", /* 顯 */ "\xe8\x91\x97", /* 著 */
		"\xe8\x97\x89", /* 藉 */ "\xe4\xb9\xbe", /* 乾 */ "\r", "\n", "a",
		"\xef\xbc\x91", "\xe2\x91\xa0", "\xe3\x80\x8c", "\x01", "\xe5\xb7\xa5",
	};
	unsigned	seed = 12345;
	int			bad = 0;
	int			i;

	for (i = 0; i < 100000; i++)
	{
		char		buf[256];
		size_t		len = 0;
		int			n;
		int			k;

		seed = seed * 1103515245 + 12345;
		n = 1 + (seed >> 16) % 12;
		for (k = 0; k < n; k++)
		{
			const char *a;

			seed = seed * 1103515245 + 12345;
			a = atoms[(seed >> 16) % (sizeof(atoms) / sizeof(atoms[0]))];
			memcpy(buf + len, a, strlen(a));
			len += strlen(a);
		}
		buf[len] = '\0';
		{
			char	   *once = norm(buf);
			char	   *twice = norm(once);

			if (strcmp(once, twice) != 0 && bad++ < 5)
				fprintf(stderr, "not idempotent: [%s] -> [%s] -> [%s]\n", buf, once, twice);
			free(once);
			free(twice);
		}
	}
	CHECK(bad == 0);
}

int
main(void)
{
	test_t2s();
	test_s2t();
	test_fold();
	test_pinyin();
	test_tidy();
	test_script_detect();
	test_normalize();
	test_normalize_random();
	UNIT_DONE();
}
