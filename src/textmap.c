/*
 * textmap.c
 *		Build the normal form of a text with a map back to its characters.
 *
 * The same stages as normalize() -- width folding, pinyin glosses when the
 * text shows the mirror pattern, traditional to simplified with phrases --
 * without the whitespace pass.  Each produced code point records the source
 * character it came from; a phrase maps its i-th output character to its
 * i-th input character (OpenCC's phrases keep their length).
 */
#include <string.h>

#include "convert_table.h"
#include "core_env.h"
#include "fold.h"
#include "pinyin.h"
#include "textmap.h"
#include "utf8.h"

static inline void
push(IndTextMap *m, int *cap, uint32_t cp, int src)
{
	if (m->n == *cap)
	{
		*cap *= 2;
		m->cp = ind_realloc(m->cp, sizeof(uint32_t) * *cap);
		m->src = ind_realloc(m->src, sizeof(int) * *cap);
	}
	m->cp[m->n] = cp;
	m->src[m->n] = src;
	m->n++;
}

void
ind_textmap_build(const char *in, size_t len, IndTextMap *m)
{
	const IndConvTable *t = ind_convert_table(IND_T2S);
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;
	int			cap = 64;
	int			ci = 0;
	uint32_t	prev = 0;
	int			strip;
	IndGlossCount count;

	/* byte offset of every source character, filled as the loop reads */
	m->src_byte = ind_alloc(sizeof(int) * (len + 1));

	ind_count_glosses(in, len, &count);
	strip = ind_glosses_are_noise(&count);

	m->cp = ind_alloc(sizeof(uint32_t) * cap);
	m->src = ind_alloc(sizeof(int) * cap);
	m->n = 0;
	s = (const unsigned char *) in;
	while (s < end)
	{
		int			clen;
		uint32_t	cp;
		const unsigned char *rep;
		size_t		rep_len;
		int			rlen;
		uint32_t	v;

		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		m->src_byte[ci] = (int) (s - (const unsigned char *) in);

		/* most characters: ASCII, or CJK that neither folds nor converts */
		if (*s < 0x80 && *s != '(')
		{
			push(m, &cap, *s, ci++);
			prev = *s++;
			continue;
		}
		if ((*s & 0xF0) == 0xE0 && end - s >= 3 &&
			((s[1] & 0xC0) | ((s[2] & 0xC0) >> 2)) == 0xA0)
		{
			cp = ((uint32_t) (s[0] & 0x0F) << 12) |
				((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) &&
				!(ind_fold_bitmap[cp >> 3] & (1 << (cp & 7))) &&
				!(t->present[cp >> 3] & (1 << (cp & 7))))
			{
				push(m, &cap, cp, ci++);
				prev = cp;
				s += 3;
				continue;
			}
		}
		cp = utf8_decode(s, end, &clen);
		if (strip && (cp == '(' || cp == 0xFF08) && utf8_is_han(prev))
		{
			size_t		glen = ind_gloss_length(s, end);

			if (glen > 0)
			{
				const unsigned char *g = s;

				while (g < s + glen)
				{
					int			l;

					utf8_decode(g, s + glen, &l);
					m->src_byte[ci++] = (int) (g - (const unsigned char *) in);
					g += l;
				}
				s += glen;
				prev = ')';
				continue;
			}
		}
		prev = cp;
		rlen = ind_fold_lookup(cp, &rep);
		if (rlen >= 0)
		{
			const unsigned char *r = rep;

			while (r < rep + rlen)
			{
				int			l;
				uint32_t	fc = utf8_decode(r, rep + rlen, &l);
				uint32_t	fv = ind_conv_lookup(t, fc);

				push(m, &cap, (fv & IND_CONV_TARGET_MASK) ? (fv & IND_CONV_TARGET_MASK) : fc, ci);
				r += l;
			}
			s += clen;
			ci++;
			continue;
		}
		v = ind_conv_lookup(t, cp);
		if ((v & IND_CONV_STARTER) && ind_conv_may_phrase(t, s + clen, end))
		{
			size_t		plen = ind_conv_phrase(t, s, end, &rep, &rep_len, 0);

			if (plen > 0)
			{
				const unsigned char *p = s;
				const unsigned char *r = rep;
				int			k = 0;
				int			nin = 0;

				while (p < s + plen)
				{
					int			l;

					utf8_decode(p, s + plen, &l);
					m->src_byte[ci + nin] = (int) (p - (const unsigned char *) in);
					p += l;
					nin++;
				}
				while (r < rep + rep_len)
				{
					int			l;
					uint32_t	oc = utf8_decode(r, rep + rep_len, &l);

					push(m, &cap, oc, ci + (k < nin ? k : nin - 1));
					r += l;
					k++;
				}
				ci += nin;
				s += plen;
				continue;
			}
		}
		push(m, &cap, (v & IND_CONV_TARGET_MASK) ? (v & IND_CONV_TARGET_MASK) : cp, ci);
		s += clen;
		ci++;
	}
	m->src_n = ci;
	m->src_byte[ci] = (int) len;
}

void
ind_textmap_source(const IndTextMap *m, int a, int b, int *from, int *to)
{
	*from = a < m->n ? m->src[a] : m->src_n;
	*to = b > a ? m->src[b - 1] + 1 : *from;
}

void
ind_textmap_free(IndTextMap *m)
{
	ind_free(m->cp);
	ind_free(m->src);
	ind_free(m->src_byte);
	m->cp = NULL;
	m->src = NULL;
	m->src_byte = NULL;
}
