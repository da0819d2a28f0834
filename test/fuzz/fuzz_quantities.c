/*
 * fuzz_quantities.c
 *		libFuzzer target: quantities() and parse_quantity()
 *		(src/quantity.c).
 *
 * Properties: spans lie inside the text, are not empty and come in text
 * order; every quantity has a kind; units are NUL-terminated.
 */
#include "fuzz_common.h"

#include "core_env.h"
#include "numeral.h"
#include "quantity.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			n;
	uint32_t   *cp = ind_decode_utf8((const char *) data, size, &n, NULL);
	IndQuantity *q = NULL;
	IndQuantity one;
	int			k = ind_scan_quantities(cp, n, &q);
	int			i;

	FUZZ_CHECK(k >= 0 && (k == 0 || q != NULL));
	for (i = 0; i < k; i++)
	{
		FUZZ_CHECK(q[i].start >= 0 && q[i].start < q[i].end && q[i].end <= n);
		FUZZ_CHECK(i == 0 || q[i - 1].start <= q[i].start);
		FUZZ_CHECK(q[i].kind != NULL);
		FUZZ_CHECK(memchr(q[i].unit, '\0', sizeof(q[i].unit)) != NULL);
	}
	ind_free(q);
	if (ind_parse_quantity_cp(cp, n, &one))
		FUZZ_CHECK(one.kind != NULL);
	ind_free(cp);
	return 0;
}
