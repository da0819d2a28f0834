/*
 * fuzz_metrics.c
 *		libFuzzer target: extract_metrics() (src/metric.c and everything it
 *		calls: textmap, quantities, periods, regions, the lexicon).
 *
 * The first byte chooses the context (publication date or none, home
 * region or none, a user alias or none), the rest is the text.  Properties
 * on server text: sentence offsets are byte offsets inside the text, spans
 * character offsets inside it, in order; every string is server text;
 * every metric has a measure.
 */
#include "fuzz_common.h"

#include "core_env.h"
#include "metric.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const aliases[] = {"光伏组件", "增加值"};
	static const char *const indicators[] = {"光伏组件产量", "用户增加值"};
	IndDate		pub = {2023, 6, 30};
	IndMetricContext ctx;
	IndMetric  *m = NULL;
	const char *in;
	size_t		len;
	size_t		chars;
	bool		text;
	int			k;
	int			i;

	if (size == 0)
		return 0;
	memset(&ctx, 0, sizeof(ctx));
	ctx.home_row = -1;
	if (data[0] & 1)
		ctx.published = &pub;
	if (data[0] & 2)
		ctx.home_region = (data[0] & 8) ? "431000" : "郴州市";
	if (data[0] & 4)
	{
		ctx.n_extra = 2;
		ctx.extra_alias = aliases;
		ctx.extra_indicator = indicators;
	}
	in = (const char *) data + 1;
	len = size - 1;
	text = fuzz_is_server_text((const uint8_t *) in, len);
	chars = text ? fuzz_char_count((const uint8_t *) in, len) : 0;

	k = ind_extract_metrics(in, len, &ctx, &m);
	FUZZ_CHECK(k >= 0 && (k == 0 || m != NULL));
	for (i = 0; i < k && text; i++)
	{
		FUZZ_CHECK(m[i].measure != NULL);
		FUZZ_CHECK(m[i].sentence_start >= 0 &&
				   m[i].sentence_start <= m[i].sentence_end &&
				   (size_t) m[i].sentence_end <= len);
		FUZZ_CHECK(m[i].span_start >= 0 && m[i].span_start <= m[i].span_end &&
				   (size_t) m[i].span_end <= chars);
		FUZZ_CHECK(i == 0 || m[i - 1].sentence_start <= m[i].sentence_start);
		FUZZ_CHECK(fuzz_str_ok(m[i].indicator) && fuzz_str_ok(m[i].subject) &&
				   fuzz_str_ok(m[i].period_label) && fuzz_str_ok(m[i].region) &&
				   fuzz_str_ok(m[i].scope) && fuzz_str_ok(m[i].unit));
	}
	ind_free_metrics(m, k);
	return 0;
}
