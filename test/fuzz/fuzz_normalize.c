/*
 * fuzz_normalize.c
 *		libFuzzer target: normalize(), to_simplified(), to_traditional() and
 *		script() (src/normalize.c, src/convert.c, src/script_detect.c).
 *
 * Properties on server text: every output is server text; normalize() is
 * idempotent; to_simplified() is a fixed point on its own output (both are
 * documented in the README).
 */
#include "fuzz_common.h"

#include "convert.h"
#include "core_env.h"
#include "normalize.h"
#include "script_detect.h"

static void
check_convert(IndConvertDirection dir, const char *in, size_t size, bool text)
{
	size_t		bound = ind_convert_bound(dir, size);
	char	   *out = malloc(bound + 1);
	size_t		n = ind_convert(dir, in, size, out);

	FUZZ_CHECK(n <= bound);
	if (text)
	{
		FUZZ_CHECK(fuzz_is_server_text((uint8_t *) out, n));
		if (dir == IND_T2S)
		{
			char	   *again = malloc(ind_convert_bound(dir, n) + 1);
			size_t		n2 = ind_convert(dir, out, n, again);

			FUZZ_CHECK(n2 == n && memcmp(out, again, n) == 0);
			free(again);
		}
	}
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	bool		text = fuzz_is_server_text(data, size);
	size_t		n1;
	size_t		n2;
	char	   *a;
	char	   *b;

	check_convert(IND_T2S, in, size, text);
	check_convert(IND_S2T, in, size, text);
	(void) ind_script_name(ind_script_detect(in, size));

	a = ind_normalize(in, size, &n1);
	FUZZ_CHECK(n1 <= ind_normalize_bound(size));
	if (text)
	{
		FUZZ_CHECK(fuzz_is_server_text((uint8_t *) a, n1));
		b = ind_normalize(a, n1, &n2);
		FUZZ_CHECK(n1 == n2 && memcmp(a, b, n1) == 0);
		ind_free(b);
	}
	ind_free(a);
	return 0;
}
