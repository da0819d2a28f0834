/*
 * fuzz_core.c
 *		libFuzzer target over the whole core: every entry point on arbitrary
 *		bytes (the core must never read out of bounds, even on input a UTF8
 *		database would refuse) and normalize()'s idempotence.
 *
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Isrc/gen \
 *		test/fuzz/fuzz_core.c $(core sources) $(pkg-config --libs icu-i18n icu-uc)
 *	./a.out -max_total_time=60
 *
 * test/fuzz.sh does this.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "core_env.h"
#include "metric.h"
#include "normalize.h"
#include "pinyin.h"
#include "quantity.h"
#include "script_detect.h"
#include "utf8.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	size_t		n1;
	size_t		n2;
	char	   *a;
	char	   *b;
	char	   *out;
	IndMetric  *m;
	int			k;
	IndDate		pub = {2023, 6, 30};
	IndMetricContext ctx = {&pub, NULL, NULL, -1, 0, NULL, NULL};

	out = malloc(ind_convert_bound(IND_T2S, size) + ind_convert_bound(IND_S2T, size) + size + 16);
	ind_convert(IND_T2S, in, size, out);
	ind_convert(IND_S2T, in, size, out);
	ind_strip_pinyin(in, size, out);
	ind_script_detect(in, size);
	free(out);

	a = ind_normalize(in, size, &n1);
	b = ind_normalize(a, n1, &n2);
	/* idempotence holds on valid UTF-8, the only input the server passes */
	if (n1 != n2 || memcmp(a, b, n1) != 0)
	{
		const unsigned char *p = data;
		const unsigned char *end = data + size;
		int			valid = 1;

		while (p < end && valid)
		{
			int			l;

			if (utf8_decode(p, end, &l) == 0xFFFD && l == 1 && *p != 0xEF)
				valid = 0;
			p += l;
		}
		if (valid)
			abort();
	}
	ind_free(a);
	ind_free(b);

	k = ind_extract_metrics(in, size, &ctx, &m);
	ind_free_metrics(m, k);
	return 0;
}
