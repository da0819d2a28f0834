/*
 * normalize.c
 *		normalize(): the pipeline and its whitespace pass.
 *
 * Stages, each a linear pass: fold widths and compatibility forms (so that
 * full-width parentheses and U+3000 are plain before anything looks at
 * them), drop pinyin glosses when the text shows the mirror pattern, fold
 * traditional to simplified, tidy whitespace.  The order makes the result
 * a fixed point: every stage's output is already folded for the stages
 * before it, so normalize(normalize(x)) = normalize(x).
 */
#include <string.h>

#include "convert.h"
#include "core_env.h"
#include "fold.h"
#include "normalize.h"
#include "pinyin.h"
#include "utf8.h"

static inline int
is_hspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/*
 * If a lost-space run starts at p (a '?' not followed by '?'), return its
 * end; else return p.  A run is two or more lone '?' separated by spaces.
 */
static const char *
lost_space_run(const char *p, const char *end)
{
	const char *q = p + 1;
	int			n = 1;

	if (q < end && *q == '?')
		return p;
	for (;;)
	{
		const char *r = q;

		while (r < end && is_hspace((unsigned char) *r))
			r++;
		if (r == q || r >= end || *r != '?' || (r + 1 < end && r[1] == '?'))
			break;
		q = r + 1;
		n++;
	}
	return n >= 2 ? q : p;
}

size_t
ind_tidy_space(const char *in, size_t len, char *out)
{
	const char *s = in;
	const char *end = in + len;
	const char *next_check = s + IND_INTERRUPT_STRIDE;
	char	   *o = out;
	int			pending_space = 0;
	int			pending_newlines = 0;
	int			at_start = 1;

	while (s < end)
	{
		unsigned char c = (unsigned char) *s;

		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		if (c == '\r' || c == '\n')
		{
			s += (c == '\r' && s + 1 < end && s[1] == '\n') ? 2 : 1;
			pending_newlines++;
			pending_space = 0;
			continue;
		}
		if (is_hspace(c))
		{
			pending_space = 1;
			s++;
			continue;
		}
		if (c < 0x20 || c == 0x7F)
		{
			s++;
			continue;
		}
		if (c == '?')
		{
			const char *run_end = lost_space_run(s, end);

			if (run_end > s)
			{
				pending_space = 1;
				s = run_end;
				continue;
			}
		}
		if (!at_start)
		{
			if (pending_newlines >= 2)
			{
				*o++ = '\n';
				*o++ = '\n';
			}
			else if (pending_newlines == 1)
				*o++ = '\n';
			else if (pending_space)
				*o++ = ' ';
		}
		at_start = 0;
		pending_space = 0;
		pending_newlines = 0;
		/* copy the whole character, and a '?' cluster as a whole */
		if (c == '?')
		{
			while (s < end && *s == '?')
				*o++ = *s++;
		}
		else
		{
			int			clen = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;

			if (clen > end - s)
				clen = (int) (end - s);
			memmove(o, s, clen);
			o += clen;
			s += clen;
		}
	}
	return (size_t) (o - out);
}

char *
ind_normalize(const char *in, size_t len, size_t *out_len)
{
	char	   *folded = ind_alloc(ind_fold_bound(len));
	size_t		folded_len = ind_fold(in, len, folded);
	char	   *clean = folded;
	size_t		clean_len = folded_len;
	char	   *simp;
	size_t		simp_len;

	/* count first, so that a clean text is not copied once more */
	{
		IndGlossCount count;

		ind_count_glosses(folded, folded_len, &count);
		if (ind_glosses_are_noise(&count))
		{
			clean = ind_alloc(folded_len);
			clean_len = ind_remove_glosses(folded, folded_len, clean);
		}
	}
	simp = ind_alloc(ind_convert_bound(IND_T2S, clean_len));
	simp_len = ind_convert(IND_T2S, clean, clean_len, simp);
	if (clean != folded)
		ind_free(clean);
	ind_free(folded);
	*out_len = ind_tidy_space(simp, simp_len, simp);
	return simp;
}
