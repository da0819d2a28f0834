/*
 * textmap.c
 *		Build the normal form of a text with a map back to its characters.
 *
 * The same stages as normalize() -- width folding, pinyin glosses when the
 * text shows the mirror pattern, traditional to simplified with phrases --
 * without the whitespace pass.  Each produced code point maps to the source
 * character it came from (through the jumps of textmap.h); a phrase maps
 * its i-th output character to its i-th input character (OpenCC's phrases
 * keep their length).
 */
#include <stdbool.h>
#include <string.h>

#include "convert_table.h"
#include "core_env.h"
#include "fold.h"
#include "pinyin.h"
#include "textmap.h"
#include "utf8.h"

/*
 * Bit per BMP code point of three UTF-8 bytes that stays as it is: neither
 * folded nor converted (the bulk of Chinese text), built on first use.
 * Surrogates and the code points below U+0800 (overlong forms) are left out.
 */
static uint8_t plain[0x10000 / 8];
static bool plain_ready = false;

/*
 * Bit per BMP code point that begins a phrase (一 大 有 上 出 ..., 發 後
 * ...): it converts as a character of its own unless the next character
 * can continue a phrase, which ind_conv_may_phrase tells from a bitmap.
 */
static uint8_t starter[0x10000 / 8];

/*
 * Bit per BMP code point that converts as a character of its own and
 * begins no phrase (most traditional characters: 這 個 經 濟): a table
 * look-up in the run, where it used to end the run.
 */
static uint8_t conv1[0x10000 / 8];

/*
 * The normal form of each character of the half- and full-width forms block
 * (U+FF00..U+FFEF: the comma, colon and brackets of Chinese text) that
 * folds to one code point, converted; 0 for the others.  Saves the fold
 * table's binary search at nearly every clause.
 */
static uint32_t fw_fold[0x100];

static void
plain_build(const IndConvTable *t)
{
	uint32_t	c;

	for (c = 0xFF00; c <= 0xFFFF; c++)
	{
		const unsigned char *rep;
		int			rlen = ind_fold_lookup(c, &rep);
		int			l;
		uint32_t	fc;
		uint32_t	fv;

		if (rlen <= 0)
			continue;
		fc = utf8_decode(rep, rep + rlen, &l);
		if (l != rlen)
			continue;
		fv = ind_conv_lookup(t, fc);
		fw_fold[c & 0xFF] = (fv & IND_CONV_TARGET_MASK) ? (fv & IND_CONV_TARGET_MASK) : fc;
	}

	for (c = 0x800; c < 0x10000; c++)
	{
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (ind_fold_bitmap[c >> 3] & (1 << (c & 7)))
			continue;
		if (!(t->present[c >> 3] & (1 << (c & 7))))
			plain[c >> 3] |= (uint8_t) (1 << (c & 7));
		else if (ind_conv_lookup(t, c) & IND_CONV_STARTER)
			starter[c >> 3] |= (uint8_t) (1 << (c & 7));
		else
			conv1[c >> 3] |= (uint8_t) (1 << (c & 7));
	}
	plain_ready = true;
}

/*
 * Take the run of characters at *sp, up to lim, that need no more than a
 * table look-up: ASCII but '(' (a gloss may open), the three-byte
 * characters that do not fold and convert (if at all) one for one, the
 * starters of no phrase here and the full-width forms.  Writes their code
 * points and byte offsets (each gives one code point: the caller notes the
 * map's delta); returns their number, *sp and *prev moved past them.  A
 * function of its own so that the loop keeps its few variables in
 * registers.
 */
static int
take_run(const unsigned char **sp, const unsigned char *lim,
		 const unsigned char *end, const unsigned char *in,
		 const IndConvTable *t, int strip,
		 uint32_t *ocp, int *sb, uint32_t *prev)
{
	const unsigned char *s = *sp;
	uint32_t   *o = ocp;

	/*
	 * Up to the last three bytes before lim, so that a character of three
	 * bytes needs no test of the room left; the caller's loop takes the
	 * rest.
	 */
	if (lim - s < 3)
		return 0;
	lim -= 2;
	while (s < lim)
	{
		uint32_t	c = s[0];
		uint32_t	oc;
		int			len;

		if (c < 0x80)
		{
			if (c == '(')
				break;
			oc = c;
			len = 1;
		}
		else
		{
			uint32_t	b1,
						b2;

			if ((c & 0xF0) != 0xE0)
				break;
			b1 = s[1] ^ 0x80;	/* continuation bytes become 0..0x3F */
			b2 = s[2] ^ 0x80;
			if ((b1 | b2) > 0x3F)
				break;
			c = ((c & 0x0F) << 12) | (b1 << 6) | b2;
			if (plain[c >> 3] & (1 << (c & 7)))
				oc = c;
			else if ((conv1[c >> 3] & (1 << (c & 7))) ||
					 ((starter[c >> 3] & (1 << (c & 7))) &&
					  !ind_conv_may_phrase(t, s + 3, end)))
			{
				uint32_t	v = ind_conv_lookup(t, c) & IND_CONV_TARGET_MASK;

				oc = v ? v : c;
			}
			else if (c >= 0xFF00 && fw_fold[c & 0xFF] != 0 &&
					 !(strip && c == 0xFF08))
				oc = fw_fold[c & 0xFF];
			else
				break;
			len = 3;
		}
		*o++ = oc;
		*sb++ = (int) (s - in);
		s += len;
	}

	/*
	 * The last character taken, as read: decoded again here rather than
	 * kept in the loop, whose every register counts.
	 */
	if (o > ocp)
		*prev = s[-1] < 0x80 ? s[-1] :
			((uint32_t) (s[-3] & 0x0F) << 12) |
			((uint32_t) (s[-2] & 0x3F) << 6) | (s[-1] & 0x3F);
	*sp = s;
	return (int) (o - ocp);
}

/*
 * The output arrays grow by doubling; the loop below keeps them and their
 * length in locals (stores through m would make the compiler reload every
 * field at every character) and writes them back here and at the end.
 */
static void
grow(IndTextMap *m, int n, int *cap)
{
	*cap *= 2;
	m->cp = ind_realloc(m->cp, sizeof(uint32_t) * *cap);
	m->n = n;
}

/* From code point n on, the source character is n + delta. */
static void
set_delta(IndTextMap *m, int n, int delta, int *jcap)
{
	if (m->njumps > 0 && m->jumps[m->njumps - 1].at == n)
	{
		m->jumps[m->njumps - 1].delta = delta;
		return;
	}
	if (m->njumps == *jcap)
	{
		*jcap = *jcap ? *jcap * 2 : 8;
		m->jumps = ind_realloc(m->jumps, sizeof(IndTextMapJump) * *jcap);
	}
	m->jumps[m->njumps].at = n;
	m->jumps[m->njumps].delta = delta;
	m->njumps++;
}

#define PUT(c, from) \
	do { \
		if (n == cap) \
		{ \
			grow(m, n, &cap); \
			ocp = m->cp; \
		} \
		if ((from) - n != delta) \
		{ \
			delta = (from) - n; \
			set_delta(m, n, delta, &jcap); \
		} \
		ocp[n] = (c); \
		n++; \
	} while (0)

void
ind_textmap_build(const char *in, size_t len, IndTextMap *m)
{
	const IndConvTable *t = ind_convert_table(IND_T2S);
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;
	int			cap;
	int			ci = 0;
	int			n = 0;
	uint32_t   *ocp;
	int		   *sb;
	int			delta = 0;		/* of the last jump */
	int			jcap = 0;
	uint32_t	prev = 0;
	int			strip;
	IndGlossCount count;

	/*
	 * Nearly every character gives one code point, and Chinese takes three
	 * bytes a character: room for half the bytes is seldom outgrown.
	 */
	cap = (int) (len / 2) + 16;
	if (!plain_ready)
		plain_build(t);

	/* byte offset of every source character, filled as the loop reads */
	sb = m->src_byte = ind_alloc(sizeof(int) * (len + 1));

	ind_count_glosses(in, len, &count);
	strip = ind_glosses_are_noise(&count);

	ocp = m->cp = ind_alloc(sizeof(uint32_t) * cap);
	m->n = 0;
	m->jumps = NULL;
	m->njumps = 0;
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
		sb[ci] = (int) (s - (const unsigned char *) in);

		/* most characters: a run that needs no more than a table look-up */
		{
			size_t		room = (size_t) (cap - n);
			const unsigned char *lim = next_check < end ? next_check : end;
			int			k;

			if ((size_t) (lim - s) > room)
				lim = s + room;
			k = take_run(&s, lim, end, (const unsigned char *) in, t, strip,
						 ocp + n, sb + ci, &prev);
			if (k > 0)
			{
				if (ci - n != delta)
				{
					delta = ci - n;
					set_delta(m, n, delta, &jcap);
				}
				n += k;
				ci += k;
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
					sb[ci++] = (int) (g - (const unsigned char *) in);
					g += l;
				}
				s += glen;
				prev = ')';
				continue;
			}
		}
		prev = cp;
		if (cp >= 0xFF00 && cp <= 0xFFFF && fw_fold[cp & 0xFF] != 0)
		{
			PUT(fw_fold[cp & 0xFF], ci);
			s += clen;
			ci++;
			continue;
		}
		rlen = ind_fold_lookup(cp, &rep);
		if (rlen >= 0)
		{
			const unsigned char *r = rep;

			while (r < rep + rlen)
			{
				int			l;
				uint32_t	fc = utf8_decode(r, rep + rlen, &l);
				uint32_t	fv = ind_conv_lookup(t, fc);

				PUT((fv & IND_CONV_TARGET_MASK) ? (fv & IND_CONV_TARGET_MASK) : fc, ci);
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
					sb[ci + nin] = (int) (p - (const unsigned char *) in);
					p += l;
					nin++;
				}
				while (r < rep + rep_len)
				{
					int			l;
					uint32_t	oc = utf8_decode(r, rep + rep_len, &l);

					PUT(oc, ci + (k < nin ? k : nin - 1));
					r += l;
					k++;
				}
				ci += nin;
				s += plen;
				continue;
			}
		}
		PUT((v & IND_CONV_TARGET_MASK) ? (v & IND_CONV_TARGET_MASK) : cp, ci);
		s += clen;
		ci++;
	}
	m->n = n;
	m->src_n = ci;
	sb[ci] = (int) len;
}

#undef PUT

int
ind_textmap_src(const IndTextMap *m, int i)
{
	int			lo = 0;
	int			hi = m->njumps;

	/* the last jump at or before i */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (m->jumps[mid].at <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 ? i + m->jumps[lo - 1].delta : i;
}

void
ind_textmap_source(const IndTextMap *m, int a, int b, int *from, int *to)
{
	*from = a < m->n ? ind_textmap_src(m, a) : m->src_n;
	*to = b > a ? ind_textmap_src(m, b - 1) + 1 : *from;
}

void
ind_textmap_free(IndTextMap *m)
{
	ind_free(m->cp);
	ind_free(m->jumps);
	ind_free(m->src_byte);
	m->cp = NULL;
	m->jumps = NULL;
	m->src_byte = NULL;
}
