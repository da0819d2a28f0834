/*
 * fold.c
 *		Width and compatibility folding from the generated fold table.
 */
#include <string.h>

#include "core_env.h"
#include "fold.h"
#include "utf8.h"

#include "fold_table.h"

#define N_FOLD (sizeof(ind_fold_entries) / sizeof(ind_fold_entries[0]))

const uint8_t *const ind_fold_bitmap = ind_fold_bmp;

size_t
ind_fold_bound(size_t len)
{
	/*
	 * The longest folds (enclosed forms such as U+321D, 3 bytes) yield 8
	 * bytes, under three times their own length; the unit test checks every
	 * entry against this ceiling.
	 */
	return len * 3 + 8;
}

int
ind_fold_char(uint32_t cp, const unsigned char **out)
{
	size_t		lo = 0;
	size_t		hi = N_FOLD;

	if (cp < 0x10000 && !(ind_fold_bmp[cp >> 3] & (1 << (cp & 7))))
		return -1;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (ind_fold_entries[mid].cp < cp)
			lo = mid + 1;
		else if (ind_fold_entries[mid].cp > cp)
			hi = mid;
		else
		{
			*out = ind_fold_pool + ind_fold_entries[mid].off;
			return ind_fold_entries[mid].len;
		}
	}
	return -1;
}

size_t
ind_fold(const char *in, size_t len, char *out)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;
	unsigned char *o = (unsigned char *) out;

	while (s < end)
	{
		int			clen;
		uint32_t	cp;
		const unsigned char *rep;
		int			rlen;

		if (*s < 0x80)
		{
			*o++ = *s++;
			continue;
		}
		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		cp = utf8_decode(s, end, &clen);
		rlen = ind_fold_char(cp, &rep);
		if (rlen >= 0)
		{
			memcpy(o, rep, rlen);
			o += rlen;
		}
		else
		{
			memcpy(o, s, clen);
			o += clen;
		}
		s += clen;
	}
	return (size_t) (o - (unsigned char *) out);
}

int
ind_fold_is_ignorable(uint32_t cp)
{
	const unsigned char *rep;

	if (cp < 0x80)
		return (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' &&
				cp != '\v' && cp != '\f') || cp == 0x7F;
	return ind_fold_char(cp, &rep) == 0;
}

const char *
ind_fold_data_version(void)
{
	return IND_FOLD_DATA_VERSION;
}
