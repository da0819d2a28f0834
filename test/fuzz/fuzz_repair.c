/*
 * fuzz_repair.c
 *		libFuzzer target: repair() and repairs() (src/damage.c).
 *
 * Properties: repair() with and without the list of repairs gives the same
 * text; on server text the result is server text, and each listed span
 * lies inside the input, in order, its "before" being exactly the input's
 * bytes there and its character offsets matching its byte offsets.
 */
#include "fuzz_common.h"

#include "core_env.h"
#include "damage.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	size_t		n1;
	size_t		n2;
	char	   *a = ind_repair(in, size, &n1, NULL, NULL);
	IndRepair  *r = NULL;
	int			nr = 0;
	char	   *b = ind_repair(in, size, &n2, &r, &nr);
	int			i;

	FUZZ_CHECK(n1 == n2 && memcmp(a, b, n1) == 0);
	if (fuzz_is_server_text(data, size))
	{
		FUZZ_CHECK(fuzz_is_server_text((uint8_t *) a, n1));
		for (i = 0; i < nr; i++)
		{
			FUZZ_CHECK(r[i].start <= r[i].end && r[i].end <= size);
			FUZZ_CHECK(i == 0 || r[i - 1].end <= r[i].start);
			FUZZ_CHECK(strlen(r[i].before) == r[i].end - r[i].start &&
					   memcmp(r[i].before, in + r[i].start,
							  r[i].end - r[i].start) == 0);
			FUZZ_CHECK(fuzz_str_ok(r[i].after));
			FUZZ_CHECK(r[i].confidence >= 0.0 && r[i].confidence <= 1.0);
			FUZZ_CHECK(r[i].char_start == fuzz_char_count(data, r[i].start) &&
					   r[i].char_end == fuzz_char_count(data, r[i].end));
		}
	}
	ind_free(a);
	ind_free(b);
	ind_free_repairs(r, nr);
	return 0;
}
