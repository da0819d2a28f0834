/*
 * fuzz_damage.c
 *		libFuzzer target: damage() (src/damage.c).
 *
 * Properties: counts are not negative and the score is a share, 0..1.
 */
#include "fuzz_common.h"

#include "damage.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	IndDamageReport r;

	ind_damage((const char *) data, size, &r);
	FUZZ_CHECK(r.glosses >= 0 && r.lost_chars >= 0 && r.out_of_step >= 0 &&
			   r.lost_space_runs >= 0);
	FUZZ_CHECK(r.score >= 0.0 && r.score <= 1.0);
	FUZZ_CHECK((size_t) (r.glosses + r.lost_chars + r.lost_space_runs) <= size);
	return 0;
}
