/*
 * fuzz_pinyin.c
 *		libFuzzer target: strip_pinyin() (src/pinyin.c).
 *
 * Properties: the output is never longer than the input; on server text it
 * is server text, and removing glosses unconditionally leaves no gloss.
 */
#include "fuzz_common.h"

#include "pinyin.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	char	   *out = malloc(size + 1);
	char	   *out2 = malloc(size + 1);
	size_t		n = ind_strip_pinyin(in, size, out);
	size_t		n2;
	IndGlossCount count;

	FUZZ_CHECK(n <= size);
	ind_count_glosses(in, size, &count);
	n2 = ind_remove_glosses(in, size, out2);
	FUZZ_CHECK(n2 <= size);
	if (fuzz_is_server_text(data, size))
	{
		FUZZ_CHECK(fuzz_is_server_text((uint8_t *) out, n));
		FUZZ_CHECK(fuzz_is_server_text((uint8_t *) out2, n2));
	}
	free(out);
	free(out2);
	return 0;
}
