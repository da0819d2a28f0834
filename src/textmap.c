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

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Per BMP code point of three UTF-8 bytes, what a table look-up tells of
 * it, in one word so that a character costs one load:
 *
 * INFO_FORM: its normal form where a look-up gives it: the code point
 * itself where it is neither folded nor converted (the bulk of Chinese
 * text), its simplified form where it converts on its own (most
 * traditional characters: 這 個 經 濟; a starter of phrases too), its fold
 * where it is one of the full-width forms that fold to one character (the
 * comma, colon and brackets of Chinese text).  0 for the others, which
 * INFO_SLOW marks: the other folds, U+FF08 (which may open a gloss), forms
 * beyond the BMP, and the surrogates and code points below U+0800
 * (overlong forms), so that they end a run.
 *
 * INFO_STARTER where it begins a phrase (一 大 有 上 出 ..., 發 後 ...), so
 * that the form holds for it only when the next character continues none;
 * INFO_NEXT where, as the next character, ind_conv_may_phrase() would say
 * a phrase may go on (it is second in some phrase, or folds).
 *
 * Built on first use.  No branch for most characters: which of these a
 * character is follows no pattern a branch predictor learns.
 */
#define INFO_FORM		0xFFFFu
#define INFO_SLOW		0x10000u
#define INFO_STARTER	0x20000u
#define INFO_NEXT		0x40000u
static uint32_t info[0x10000];
static bool info_ready = false;

/*
 * Bit per BMP code point that begins a phrase (一 大 有 上 出 ..., 發 後
 * ...): it converts as a character of its own unless the next character
 * can continue a phrase, which ind_conv_may_phrase tells from a bitmap.
 */
static uint8_t starter[0x10000 / 8];

/*
 * Bit per BMP code point that converts as a character of its own and
 * begins no phrase, for the few whose simplified form is beyond the BMP.
 */
static uint8_t conv1[0x10000 / 8];

/*
 * The normal form of each character of the half- and full-width forms block
 * (U+FF00..U+FFEF) that folds to one code point, converted; 0 for the
 * others.  Saves the fold table's binary search at nearly every clause.
 */
static uint32_t fw_fold[0x100];

static void
info_build(const IndConvTable *t)
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
		if (c != 0xFF08 && fw_fold[c & 0xFF] < 0x10000)
			info[c] = fw_fold[c & 0xFF];
	}

	for (c = 0; c < 0x10000; c++)
	{
		uint32_t	v;

		/* as ind_conv_may_phrase() reads c, overlong or not */
		if ((ind_fold_bitmap[c >> 3] & (1 << (c & 7))) ||
			(t->second[c >> 3] & (1 << (c & 7))))
			info[c] |= INFO_NEXT;

		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			continue;
		if (ind_fold_bitmap[c >> 3] & (1 << (c & 7)))
			continue;
		if (!(t->present[c >> 3] & (1 << (c & 7))))
		{
			info[c] |= c;
			continue;
		}
		v = ind_conv_lookup(t, c);
		if (v & IND_CONV_STARTER)
		{
			starter[c >> 3] |= (uint8_t) (1 << (c & 7));
			info[c] |= INFO_STARTER;
		}
		else
			conv1[c >> 3] |= (uint8_t) (1 << (c & 7));
		v &= IND_CONV_TARGET_MASK;
		if (v == 0)
			v = c;
		if (v < 0x10000)
			info[c] |= v;
	}
	for (c = 0; c < 0x10000; c++)
		if ((info[c] & INFO_FORM) == 0)
			info[c] |= INFO_SLOW;
	info_ready = true;
}

/*
 * The normal form of c, a character of three bytes that info[] leaves
 * out or that starts a phrase, when a table look-up still gives it: a
 * starter when the character at next continues no phrase, the full-width
 * forms that fold to one character, the few whose simplified form is
 * beyond the BMP.  Returns false for the others (folds, phrases, U+FF08,
 * which may open a gloss), which take the long way.
 */
static inline bool
take_other(uint32_t c, const unsigned char *next, const unsigned char *end,
		   const IndConvTable *t, uint32_t *oc)
{
	if ((conv1[c >> 3] & (1 << (c & 7))) ||
		((starter[c >> 3] & (1 << (c & 7))) &&
		 !ind_conv_may_phrase(t, next, end)))
	{
		uint32_t	v = ind_conv_lookup(t, c) & IND_CONV_TARGET_MASK;

		*oc = v ? v : c;
		return true;
	}
	if (c >= 0xFF00 && fw_fold[c & 0xFF] != 0 && c != 0xFF08)
	{
		*oc = fw_fold[c & 0xFF];
		return true;
	}
	return false;
}

#ifdef __SSE2__

/*
 * The characters of the sixteen bytes at s that take_run() would take with
 * no more than info[], read at once: a run of ASCII but '(' (take_ascii),
 * or up to five characters of three bytes, most Chinese text (take_three).
 * Each writes code points to o and byte offsets (from base, the offset of
 * s) to sb, sixteen entries of each at most, and returns the number of
 * characters taken (their bytes are all within the sixteen); 0 leaves the
 * character at s to the caller.  The caller makes sure that sixteen bytes
 * can be read at s and sixteen entries written to o and sb.
 */
static inline int
take_ascii(const unsigned char *s, uint32_t *o, int *sb, int base)
{
	const __m128i zero = _mm_setzero_si128();
	__m128i		v = _mm_loadu_si128((const __m128i *) s);

	/* ASCII up to the first byte with its high bit set, or '(' */
	unsigned	stop = (unsigned) _mm_movemask_epi8(v) |
		(unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('('))) |
		0x10000;
	__m128i		lo = _mm_unpacklo_epi8(v, zero);
	__m128i		hi = _mm_unpackhi_epi8(v, zero);
	__m128i		at = _mm_add_epi32(_mm_set1_epi32(base),
								   _mm_setr_epi32(0, 1, 2, 3));
	const __m128i four = _mm_set1_epi32(4);

	/* all sixteen, whatever the count: the next call overwrites */
	_mm_storeu_si128((__m128i *) o, _mm_unpacklo_epi16(lo, zero));
	_mm_storeu_si128((__m128i *) (o + 4), _mm_unpackhi_epi16(lo, zero));
	_mm_storeu_si128((__m128i *) (o + 8), _mm_unpacklo_epi16(hi, zero));
	_mm_storeu_si128((__m128i *) (o + 12), _mm_unpackhi_epi16(hi, zero));
	_mm_storeu_si128((__m128i *) sb, at);
	at = _mm_add_epi32(at, four);
	_mm_storeu_si128((__m128i *) (sb + 4), at);
	at = _mm_add_epi32(at, four);
	_mm_storeu_si128((__m128i *) (sb + 8), at);
	at = _mm_add_epi32(at, four);
	_mm_storeu_si128((__m128i *) (sb + 12), at);
	return __builtin_ctz(stop);
}

/*
 * For take_three(): when the first byte not in its place is byte f (0..16),
 * characters f / 3 and after are ill formed; their nibbles, all set.
 */
static const uint32_t ill_formed[17] = {
	0x77777, 0x77777, 0x77777, 0x77770, 0x77770, 0x77770, 0x77700,
	0x77700, 0x77700, 0x77000, 0x77000, 0x77000, 0x70000, 0x70000,
	0x70000, 0x00000, 0x00000
};

static inline int
take_three(const unsigned char *s, const unsigned char *end,
		   const IndConvTable *t, uint32_t *o, int *sb, int base)
{
	const __m128i zero = _mm_setzero_si128();
	__m128i		v = _mm_loadu_si128((const __m128i *) s);

	/*
	 * Bytes 0, 3, 6, 9 and 12 lead a character of three bytes (1110xxxx)
	 * and the others but 15 continue one (10xxxxxx); f is the first that
	 * does not, so that the first f / 3 characters are well formed.
	 */
	const __m128i role_mask = _mm_setr_epi8(
		(char) 0xF0, (char) 0xC0, (char) 0xC0, (char) 0xF0, (char) 0xC0,
		(char) 0xC0, (char) 0xF0, (char) 0xC0, (char) 0xC0, (char) 0xF0,
		(char) 0xC0, (char) 0xC0, (char) 0xF0, (char) 0xC0, (char) 0xC0, 0);
	const __m128i role_bits = _mm_setr_epi8(
		(char) 0xE0, (char) 0x80, (char) 0x80, (char) 0xE0, (char) 0x80,
		(char) 0x80, (char) 0xE0, (char) 0x80, (char) 0x80, (char) 0xE0,
		(char) 0x80, (char) 0x80, (char) 0xE0, (char) 0x80, (char) 0x80, 0);

	/*
	 * Each byte as a word, its payload moved to its place in the code point
	 * (a lead byte's four bits times 4096, a first continuation's six times
	 * 64): SSE2 has no byte shuffle, but a multiply does the shifts that
	 * differ by position.  Bytes 0..7 in lo, 8..15 in hi.
	 */
	const __m128i lo_mask = _mm_setr_epi16(0x0F, 0x3F, 0x3F, 0x0F, 0x3F, 0x3F, 0x0F, 0x3F);
	const __m128i lo_mul = _mm_setr_epi16(4096, 64, 1, 4096, 64, 1, 4096, 64);
	const __m128i hi_mask = _mm_setr_epi16(0x3F, 0x0F, 0x3F, 0x3F, 0x0F, 0x3F, 0x3F, 0);
	const __m128i hi_mul = _mm_setr_epi16(1, 4096, 64, 1, 4096, 64, 1, 0);
	unsigned	ok = (unsigned) _mm_movemask_epi8(
		_mm_cmpeq_epi8(_mm_and_si128(v, role_mask), role_bits));
	int			f = __builtin_ctz(~ok);
	__m128i		lo = _mm_mullo_epi16(_mm_and_si128(_mm_unpacklo_epi8(v, zero),
												   lo_mask), lo_mul);
	__m128i		hi = _mm_mullo_epi16(_mm_and_si128(_mm_unpackhi_epi8(v, zero),
												   hi_mask), hi_mul);
	uint32_t	c0,
				c1,
				c2,
				c3,
				c4;
	uint32_t	e0,
				e1,
				e2,
				e3,
				e4;
	uint32_t	g;
	uint32_t	bad;

	/*
	 * The payloads have no bit in common: the or of each word with the next
	 * two puts code points 0, 1 and 2 at words 0, 3 and 6 of lo (the third
	 * byte of 2 being word 0 of hi), 3 and 4 at words 1 and 4 of hi.  The
	 * look-ups of ill-formed ones read info[] harmlessly: any 16 bits index
	 * it.
	 */
	lo = _mm_or_si128(_mm_or_si128(lo, _mm_srli_si128(lo, 2)),
					  _mm_or_si128(_mm_srli_si128(lo, 4), _mm_slli_si128(hi, 12)));
	hi = _mm_or_si128(hi, _mm_or_si128(_mm_srli_si128(hi, 2),
									   _mm_srli_si128(hi, 4)));
	c0 = (uint32_t) _mm_extract_epi16(lo, 0);
	c1 = (uint32_t) _mm_extract_epi16(lo, 3);
	c2 = (uint32_t) _mm_extract_epi16(lo, 6);
	c3 = (uint32_t) _mm_extract_epi16(hi, 1);
	c4 = (uint32_t) _mm_extract_epi16(hi, 4);
	e0 = info[c0];
	e1 = info[c1];
	e2 = info[c2];
	e3 = info[c3];
	e4 = info[c4];
	o[0] = e0 & INFO_FORM;
	o[1] = e1 & INFO_FORM;
	o[2] = e2 & INFO_FORM;
	o[3] = e3 & INFO_FORM;
	o[4] = e4 & INFO_FORM;
	_mm_storeu_si128((__m128i *) sb,
					 _mm_add_epi32(_mm_set1_epi32(base),
								   _mm_setr_epi32(0, 3, 6, 9)));
	sb[4] = base + 12;

	/*
	 * Up to the first character that is slow, not well formed, or a starter
	 * that the next character may continue (the next of the last one lies
	 * past the block: looked at only for a starter), counted without a
	 * branch per character.  Nibble i of g holds the i-th character's
	 * INFO_SLOW, INFO_STARTER and INFO_NEXT (bits 4i, 4i + 1, 4i + 2); an
	 * ill-formed character has all three, so that it is slow and continues
	 * the starter before it.
	 */
	g = (e0 >> 16) | ((e1 >> 12) & 0x70) | ((e2 >> 8) & 0x700) |
		((e3 >> 4) & 0x7000) | (e4 & 0x70000) | ill_formed[f];
	bad = (g & 0x11111) | ((g >> 1) & (g >> 6) & 0x1111);
	if ((g & 0x30000) == 0x20000 && ind_conv_may_phrase(t, s + 15, end))
		bad |= 0x10000;
	return __builtin_ctz(bad | 0x100000) >> 2;
}

#endif							/* __SSE2__ */

/*
 * Take the run of characters at *sp, up to lim, that need no more than a
 * table look-up: ASCII but '(' (a gloss may open), the three-byte
 * characters that do not fold and convert (if at all) one for one, the
 * starters of no phrase here and the full-width forms but U+FF08 (which
 * may open one too).  Writes their code points and byte offsets (each
 * gives one code point: the caller notes the map's delta); returns their
 * number, *sp and *prev moved past them.  A function of its own so that
 * the loop keeps its few variables in registers.
 */
static int
take_run(const unsigned char **sp, const unsigned char *lim,
		 const unsigned char *end, const unsigned char *in,
		 const IndConvTable *t, uint32_t *ocp, int *sb, uint32_t *prev)
{
	const unsigned char *s = *sp;
	uint32_t   *o = ocp;
#ifdef __SSE2__
	const unsigned char *all = lim;
#endif

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
		uint32_t	c;
		uint32_t	oc;
		int			len;

#ifdef __SSE2__

		/*
		 * Sixteen bytes at once while they are within lim (which the caller
		 * keeps within the room of ocp; sb has an entry for every byte);
		 * the character that stops a block takes the step below.
		 */
		if (all - s >= 16)
		{
			int			k;
			int			bytes;
			bool		ascii;

			/*
			 * A full block moves on by a constant, so that the next one
			 * can start before this one's look-ups are done.
			 */
			if (s[0] < 0x80)
			{
				k = take_ascii(s, o, sb, (int) (s - in));
				if (k == 16)
				{
					s += 16;
					o += 16;
					sb += 16;
					continue;
				}
				bytes = k;
				ascii = true;
			}
			else
			{
				k = take_three(s, end, t, o, sb, (int) (s - in));
				if (k == 5)
				{
					s += 15;
					o += 5;
					sb += 5;
					continue;
				}
				bytes = 3 * k;
				ascii = false;
			}
			s += bytes;
			o += k;
			sb += k;
			if (s >= lim)
				break;

			/*
			 * Where ASCII and Chinese meet (增长10.1%，), the other block
			 * takes the next character; a character that stopped a block
			 * of its own kind is for the steps below.
			 */
			if (k > 0 && (s[0] < 0x80) != ascii)
				continue;
		}
#endif
		c = s[0];
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
						b2,
						e;

			if ((c & 0xF0) != 0xE0)
				break;
			b1 = s[1] ^ 0x80;	/* continuation bytes become 0..0x3F */
			b2 = s[2] ^ 0x80;
			if ((b1 | b2) > 0x3F)
				break;
			c = ((c & 0x0F) << 12) | (b1 << 6) | b2;
			e = info[c];
			oc = e & INFO_FORM;
			if (((e & INFO_SLOW) ||
				 ((e & INFO_STARTER) && ind_conv_may_phrase(t, s + 3, end))) &&
				!take_other(c, s + 3, end, t, &oc))
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
	int			strip = 0;
	bool		counted = false;

	/*
	 * Nearly every character gives one code point, and Chinese takes three
	 * bytes a character: room for half the bytes is seldom outgrown.
	 */
	cap = (int) (len / 2) + 16;
	if (!info_ready)
		info_build(t);

	/* byte offset of every source character, filled as the loop reads */
	sb = m->src_byte = ind_alloc(sizeof(int) * (len + 1));

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
			k = take_run(&s, lim, end, (const unsigned char *) in, t,
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

		/*
		 * Glosses are kept until a parenthesis opens one after a
		 * traditional-only character: only then can they be noise, which
		 * the count of the whole text tells.  If they are, start again and
		 * take them out.  The runs leave every parenthesis to this step.
		 */
		if (!counted && (cp == '(' || cp == 0xFF08) &&
			ind_mirror_gloss_at(in, s, end))
		{
			IndGlossCount count;

			counted = true;
			ind_count_glosses(in, len, &count);
			strip = ind_glosses_are_noise(&count);
			if (strip)
			{
				s = (const unsigned char *) in;
				next_check = s + IND_INTERRUPT_STRIDE;
				n = 0;
				ci = 0;
				delta = 0;
				m->njumps = 0;
				prev = 0;
				continue;
			}
		}
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
