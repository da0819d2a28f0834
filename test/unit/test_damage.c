/*
 * test_damage.c
 *		Unit tests of damage detection and repair (src/damage.c).
 */
#include "core_env.h"
#include "damage.h"
#include "unit.h"

/* The repair of in; valid until the next call. */
static char *
repair_str(const char *in)
{
	static char *last;
	size_t		n;

	ind_free(last);
	last = ind_repair(in, strlen(in), &n, NULL, NULL);
	return last;
}


int
main(void)
{
	IndDamageReport r;
	IndRepair  *rows;
	int			nrows;
	size_t		n;
	char	   *out;
	char	   *seed;
	static const char *const clean[] = {
		"seeds/000_23f218d3361f780c.txt",
		"seeds/001_c0ffa7fe100a08b4.txt",
		"seeds/002_f39e507b3689142d.txt"
	};
	int			i;

	/* 日報 = C8 D5 88 F3; the gloss of 請 (D5 88) landed inside it */
	CHECK_STR(repair_str("日?qǐng)?bào)"), "日報");
	out = ind_repair("嘉峪關日?qǐng)?bào)報道", strlen("嘉峪關日?qǐng)?bào)報道"), &n, &rows, &nrows);
	CHECK_STR(out, "嘉峪關日報報道");
	CHECK(nrows == 1);
	CHECK(rows[0].char_start == 4 && rows[0].char_end == 15);
	CHECK_STR(rows[0].before, "?qǐng)?bào)");
	CHECK(rows[0].confidence > 0.9);
	ind_free_repairs(rows, nrows);
	ind_free(out);

	/* readings that fit no character: reported, left as they were */
	out = ind_repair("日?bā)?bà)", strlen("日?bā)?bà)"), &n, &rows, &nrows);
	CHECK_STR(out, "日?bā)?bà)");
	CHECK(nrows == 1 && rows[0].confidence == 0);
	ind_free_repairs(rows, nrows);
	ind_free(out);

	/* lost no-break spaces come back as U+00A0 */
	CHECK_STR(repair_str("? ? ? ?據報道"), "\xC2\xA0 \xC2\xA0 \xC2\xA0 \xC2\xA0據報道");
	CHECK_STR(repair_str("x ? ?"), "x \xC2\xA0 \xC2\xA0");
	/* a single "?" or "??" inside words is not a space run */
	CHECK_STR(repair_str("什麼? 好"), "什麼? 好");

	/* plain text is left alone */
	CHECK_STR(repair_str("你好吗? 是的?我很好。A股上涨，维生素C和X光。"),
			  "你好吗? 是的?我很好。A股上涨，维生素C和X光。");
	CHECK_STR(repair_str(""), "");
	ind_damage("你好吗? 是的?我很好。A股上涨", strlen("你好吗? 是的?我很好。A股上涨"), &r);
	CHECK(r.glosses == 0 && r.lost_chars == 0 && r.out_of_step == 0 &&
		  r.lost_space_runs == 0 && r.score == 0);

	/* counting */
	ind_damage("來(lái)源:嘉峪關(guān)日?qǐng)?bào)", strlen("來(lái)源:嘉峪關(guān)日?qǐng)?bào)"), &r);
	CHECK(r.glosses == 4);
	CHECK(r.lost_chars == 2);
	CHECK(r.out_of_step == 0 && r.lost_space_runs == 0);
	CHECK(r.score > 0 && r.score <= 1);

	/* the seeds */
	for (i = 0; i < 3; i++)
	{
		seed = read_seed(clean[i], &n);
		CHECK(seed != NULL);
		if (seed == NULL)
			continue;
		ind_damage(seed, n, &r);
		CHECK(r.glosses == 0 && r.lost_chars == 0 && r.out_of_step == 0 &&
			  r.lost_space_runs == 0);
		out = ind_repair(seed, n, &n, NULL, NULL);
		CHECK(strcmp(out, seed) == 0);
		ind_free(out);
	}
	seed = read_seed("seeds/003_daec72363e18b999.txt", &n);
	CHECK(seed != NULL);
	if (seed)
	{
		ind_damage(seed, n, &r);
		CHECK(r.glosses == 219 && r.lost_chars == 2 && r.out_of_step == 1 &&
			  r.lost_space_runs == 0);
		out = ind_repair(seed, n, &n, &rows, &nrows);
		/* the shift: 刹煌F髽I -> 不停企業; the "??" stays, lost */
		CHECK(strstr(out, "可??不停企業(yè)不停產(chǎn)") != NULL);
		CHECK(nrows == 2);
		CHECK_STR(rows[0].after, "??");
		CHECK(rows[0].confidence == 0);
		CHECK_STR(rows[1].before, "刹煌F髽I");
		CHECK_STR(rows[1].after, "不停企業");
		ind_free_repairs(rows, nrows);
		ind_free(out);
	}
	seed = read_seed("seeds/004_30dd613d1f25791f.txt", &n);
	CHECK(seed != NULL);
	if (seed)
	{
		ind_damage(seed, n, &r);
		CHECK(r.glosses == 208 && r.lost_chars == 4 && r.out_of_step == 0 &&
			  r.lost_space_runs == 1);
		out = ind_repair(seed, n, &n, &rows, &nrows);
		CHECK(strstr(out, "?") == NULL);
		CHECK(strstr(out, "嘉峪關(guān)日報報(bào)道") != NULL);
		CHECK(nrows == 3);
		ind_free_repairs(rows, nrows);
		ind_free(out);
	}
	UNIT_DONE();
}
