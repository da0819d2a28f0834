/*
 * test_icu_crosscheck.c
 *		Compare our character-level conversion with ICU's independent
 *		Traditional-Simplified and Simplified-Traditional transliterators.
 *
 * The two come from different data (OpenCC vs. CLDR/Unihan), so they are
 * not expected to agree everywhere: OpenCC folds more variants and picks
 * word-dependent defaults.  What the test guards is that our generated
 * tables are OpenCC's tables read correctly: a generator bug (an off-by-one
 * in the block index, a wrong candidate) would make agreement collapse.
 * ICU converts fewer characters than OpenCC, so the comparison runs over
 * the characters ICU converts: we must convert at least 90% of them, and
 * where both convert, at least 95% to the same character (measured at the
 * first generation: 96.6% and 99.6% for t2s, 99.5% and 98.5% for s2t).
 * Run with SHOW_DIFFERENCES=1 to list the rest, which are variant choices
 * (ICU: 姊 -> 姐, 干 -> 乾).
 */
#include <stdint.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "convert.h"
#include "unit.h"
#include "utf8.h"

static int
icu_convert_char(UTransliterator *tr, uint32_t cp, uint32_t *out)
{
	UChar		buf[8];
	int32_t		len = 0;
	int32_t		limit;
	UErrorCode	status = U_ZERO_ERROR;
	UChar32		c;
	int32_t		i = 0;

	U16_APPEND_UNSAFE(buf, len, cp);
	limit = len;
	utrans_transUChars(tr, buf, &len, 8, 0, &limit, &status);
	if (U_FAILURE(status) || len == 0)
		return 0;
	U16_NEXT(buf, i, len, c);
	if (i != len)
		return 0;				/* more than one character */
	*out = (uint32_t) c;
	return 1;
}

static uint32_t
our_convert_char(IndConvertDirection dir, uint32_t cp)
{
	unsigned char in[4];
	char		out[64];
	int			n = utf8_encode(cp, in);
	size_t		m = ind_convert(dir, (const char *) in, n, out);
	int			clen;
	uint32_t	r = utf8_decode((const unsigned char *) out, (const unsigned char *) out + m, &clen);

	return (size_t) clen == m ? r : 0;
}

static void
crosscheck(const char *id, IndConvertDirection dir, double min_agreement)
{
	UErrorCode	status = U_ZERO_ERROR;
	UChar		uid[64];
	UTransliterator *tr;
	uint32_t	cp;
	long		icu_changed = 0;	/* ICU converts the character */
	long		both_changed = 0;	/* both convert it */
	long		agree = 0;			/* both convert it to the same */

	u_uastrcpy(uid, id);
	tr = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
	CHECK(U_SUCCESS(status));
	if (U_FAILURE(status))
		return;
	for (cp = 0x3400; cp < 0x30000; cp++)
	{
		uint32_t	ours;
		uint32_t	icu;

		if (!utf8_is_han(cp))
			continue;
		ours = our_convert_char(dir, cp);
		if (!icu_convert_char(tr, cp, &icu))
			icu = cp;
		if (icu == cp)
			continue;			/* ICU's tables cover fewer characters */
		icu_changed++;
		if (ours == cp)
			continue;
		both_changed++;
		if (ours == icu)
			agree++;
		else if (getenv("SHOW_DIFFERENCES"))
		{
			unsigned char a[5] = {0};
			unsigned char b[5] = {0};
			unsigned char c[5] = {0};

			utf8_encode(cp, a);
			utf8_encode(ours ? ours : '?', b);
			utf8_encode(icu, c);
			printf("%s ours %s, ICU %s\n", a, b, c);
		}
	}
	utrans_close(tr);
	printf("ICU %s: converts %ld characters; we convert %ld of them (%.1f%%), "
		   "%ld (%.1f%%) to the same character\n",
		   id, icu_changed, both_changed, 100.0 * both_changed / icu_changed,
		   agree, 100.0 * agree / both_changed);
	CHECK(icu_changed > 2000);
	CHECK(both_changed >= 0.90 * icu_changed);
	CHECK(agree >= min_agreement * both_changed);
}

int
main(void)
{
	crosscheck("Traditional-Simplified", IND_T2S, 0.95);
	crosscheck("Simplified-Traditional", IND_S2T, 0.95);
	UNIT_DONE();
}
