/*
 * normalize.c
 *		normalize(): width folding, pinyin glosses, traditional to
 *		simplified and whitespace, in one pass over the text.
 *
 * The definition is a pipeline: fold widths and compatibility forms (so
 * that U+3000 is a space and （ a parenthesis before anything looks at
 * them), drop pinyin glosses when the text shows the mirror pattern (see
 * pinyin.c), convert to simplified, tidy whitespace.  Each stage's output is
 * already folded for the stages before it, so normalize(normalize(x)) =
 * normalize(x); test_script.c checks that on random strings of the tricky
 * characters, and the benchmark on the corpus.
 *
 * Run as four passes it cost five times the scan floor, so the stages are
 * fused: each character is folded, converted and placed by the whitespace
 * state machine as it is read.  Only a text with gloss noise takes a first
 * pass to remove the glosses, because phrases must be matched across the
 * places where glosses were (進(jìn)規(guī) is 進規).
 */
#include <string.h>

#include "convert_table.h"
#include "core_env.h"
#include "fold.h"
#include "normalize.h"
#include "pinyin.h"
#include "utf8.h"

/*
 * The output state: what separator is owed before the next visible
 * character.  One word, so that the hot path tests it with one load.
 */
#define OWE_SPACE		0x1
#define OWE_NEWLINE		0x2
#define OWE_PARAGRAPH	0x4		/* two or more line breaks */
#define AT_START		0x8		/* nothing written yet: owe nothing */

typedef struct Emitter
{
	unsigned char *o;
	unsigned	owed;
} Emitter;

static void
emit_separator(Emitter *e)
{
	if (!(e->owed & AT_START))
	{
		if (e->owed & OWE_PARAGRAPH)
		{
			*e->o++ = '\n';
			*e->o++ = '\n';
		}
		else if (e->owed & OWE_NEWLINE)
			*e->o++ = '\n';
		else if (e->owed & OWE_SPACE)
			*e->o++ = ' ';
	}
	e->owed = 0;
}

static inline void
emit_bytes(Emitter *e, const unsigned char *b, size_t n)
{
	if (e->owed)
		emit_separator(e);
	memcpy(e->o, b, n);
	e->o += n;
}

static inline void
owe_space(Emitter *e)
{
	/* a space after a line break is the start-of-line space: dropped */
	if (!(e->owed & (OWE_NEWLINE | OWE_PARAGRAPH)))
		e->owed |= OWE_SPACE;
}

static inline void
owe_newline(Emitter *e)
{
	e->owed = (e->owed & AT_START) |
		((e->owed & (OWE_NEWLINE | OWE_PARAGRAPH)) ? OWE_PARAGRAPH : OWE_NEWLINE);
}

static inline int
is_ascii_hspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/* How a character reads to the whitespace rules once folded. */
typedef enum CharKind
{
	CK_OTHER,
	CK_HSPACE,					/* folds to a space: U+3000, U+00A0 ... */
	CK_IGNORABLE,				/* dropped: U+200B, U+FEFF, controls ... */
	CK_QMARK					/* '?' or U+FF1F */
} CharKind;

static CharKind
char_kind(const char *p, const char *end, int *clen)
{
	unsigned char c = (unsigned char) *p;
	uint32_t	cp;
	const unsigned char *rep;
	int			rlen;

	if (c < 0x80)
	{
		*clen = 1;
		if (is_ascii_hspace(c))
			return CK_HSPACE;
		if ((c < 0x20 && c != '\r' && c != '\n') || c == 0x7F)
			return CK_IGNORABLE;	/* control characters are dropped */
		return c == '?' ? CK_QMARK : CK_OTHER;
	}
	cp = utf8_decode((const unsigned char *) p, (const unsigned char *) end, clen);
	rlen = ind_fold_lookup(cp, &rep);
	if (rlen == 0)
		return CK_IGNORABLE;
	if (rlen == 1 && rep[0] == ' ')
		return CK_HSPACE;
	if (rlen == 1 && rep[0] == '?')
		return CK_QMARK;
	return CK_OTHER;
}

/*
 * If a lost-space run starts at p (a question mark not followed by another),
 * return its end; else return p.  A run is two or more lone question marks
 * separated by spaces: "? ? ? ?", the trace of no-break spaces that a lossy
 * decoder turned into '?'.  Characters that fold to nothing are invisible
 * here as everywhere.
 */
static const char *
lost_space_run(const char *p, const char *end)
{
	int			clen;
	const char *q;
	int			n = 1;

	char_kind(p, end, &clen);
	q = p + clen;
	for (;;)
	{
		const char *r = q;
		int			spaces = 0;
		CharKind	k = CK_OTHER;

		while (r < end)
		{
			k = char_kind(r, end, &clen);
			if (k == CK_HSPACE)
				spaces++;
			else if (k != CK_IGNORABLE)
				break;
			r += clen;
		}
		if (r >= end || k != CK_QMARK)
			break;
		if (spaces == 0)
			return n == 1 ? p : q;	/* "??" is a cluster, not a run */
		{
			/* the '?' at r must be lone too */
			const char *t = r + clen;
			int			tlen;

			while (t < end && char_kind(t, end, &tlen) == CK_IGNORABLE)
				t += tlen;
			if (t < end && char_kind(t, end, &tlen) == CK_QMARK)
				break;
			q = r + clen;
			n++;
		}
	}
	return n >= 2 ? q : p;
}

/*
 * Copy a cluster of question marks starting at p (with whatever folds to
 * nothing between them dropped); return its end.
 */
static const char *
copy_qmark_cluster(Emitter *e, const char *p, const char *end)
{
	for (;;)
	{
		const char *r = p;
		int			clen;
		CharKind	k = CK_OTHER;

		while (r < end && (k = char_kind(r, end, &clen)) == CK_IGNORABLE)
			r += clen;
		if (r >= end || k != CK_QMARK)
			return p;
		emit_bytes(e, (const unsigned char *) "?", 1);
		p = r + clen;
	}
}

size_t
ind_tidy_space(const char *in, size_t len, char *out)
{
	size_t		n;
	char	   *buf = ind_alloc(len + 1);

	/* the same machine as normalize(), without folding or conversion */
	n = ind_normalize_into(in, len, buf, 0);
	memcpy(out, buf, n);
	ind_free(buf);
	return n;
}

static size_t normalize_pass(const char *in, size_t len, char *out,
							 int convert, int stop_at_gloss, int *stopped);

size_t
ind_normalize_bound(size_t len)
{
	/*
	 * A character is folded (at most 3 times its bytes) or converted (at
	 * most 4/3); separators are never longer than what they replace.
	 */
	return ind_fold_bound(len);
}

size_t
ind_normalize_into(const char *in, size_t len, char *out, int convert)
{
	return normalize_pass(in, len, out, convert, 0, NULL);
}

/*
 * The fused pass.  With stop_at_gloss, the pass gives up (sets *stopped and
 * returns 0) at the first pinyin gloss after a Han character: only then
 * does the caller need the whole-text gloss count, so clean text pays
 * nothing for it.
 */
static size_t
normalize_pass(const char *in, size_t len, char *out, int convert,
			   int stop_at_gloss, int *stopped)
{
	const IndConvTable *t = ind_convert_table(IND_T2S);
	const char *s = in;
	const char *end = in + len;
	const char *next_check = s + IND_INTERRUPT_STRIDE;
	Emitter		e = {(unsigned char *) out, AT_START};
	int			prev_han = 0;	/* the last character read was Han */

	while (s < end)
	{
		unsigned char c = (unsigned char) *s;
		int			clen;
		uint32_t	cp;
		uint32_t	v;
		const unsigned char *rep;
		int			rlen;

		if (c < 0x80)
		{
			if (c == '(' && prev_han && stop_at_gloss &&
				ind_gloss_length((const unsigned char *) s, (const unsigned char *) end) > 0)
			{
				*stopped = 1;
				return 0;
			}
			prev_han = 0;
			if (c > ' ' && c != '?' && c != 0x7F)
			{
				emit_bytes(&e, &c, 1);
				s++;
				continue;
			}
			if (c == '\r' || c == '\n')
			{
				s += (c == '\r' && s + 1 < end && s[1] == '\n') ? 2 : 1;
				owe_newline(&e);
				continue;
			}
			if (c == ' ' || is_ascii_hspace(c))
			{
				owe_space(&e);
				s++;
				continue;
			}
			if (c != '?')
			{
				s++;			/* other control characters go */
				continue;
			}
		}
		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}

		/*
		 * Fast path: a three-byte character (all of CJK) that neither folds
		 * nor converts is copied as it is.  Two bitmap probes, both in the
		 * first-level cache.
		 */
		if ((c & 0xF0) == 0xE0 && end - s >= 3 &&
			(((unsigned char) s[1] & 0xC0) | (((unsigned char) s[2] & 0xC0) >> 2)) == 0xA0)
		{
			cp = ((uint32_t) (c & 0x0F) << 12) |
				((uint32_t) ((unsigned char) s[1] & 0x3F) << 6) |
				((unsigned char) s[2] & 0x3F);
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) &&
				!(ind_fold_bitmap[cp >> 3] & (1 << (cp & 7))) &&
				(!convert || !(t->present[cp >> 3] & (1 << (cp & 7)))))
			{
				if (e.owed)
					emit_separator(&e);
				e.o[0] = c;
				e.o[1] = (unsigned char) s[1];
				e.o[2] = (unsigned char) s[2];
				e.o += 3;
				s += 3;
				prev_han = utf8_is_han(cp);
				continue;
			}
		}
		cp = utf8_decode((const unsigned char *) s, (const unsigned char *) end, &clen);
		if (cp == 0xFF08 && prev_han && stop_at_gloss &&
			ind_gloss_length((const unsigned char *) s, (const unsigned char *) end) > 0)
		{
			*stopped = 1;
			return 0;
		}
		if (cp >= 0x80)
			prev_han = utf8_is_han(cp);
		rlen = convert ? ind_fold_lookup(cp, &rep) : -1;
		if (cp == '?' || (rlen == 1 && rep[0] == '?'))
		{
			const char *run_end = lost_space_run(s, end);

			if (run_end > s)
			{
				owe_space(&e);
				s = run_end;
			}
			else
				s = copy_qmark_cluster(&e, s, end);
			continue;
		}
		if (!convert)
		{
			emit_bytes(&e, (const unsigned char *) s, clen);
			s += clen;
			continue;
		}
		if (rlen == 0)
		{
			s += clen;
			continue;
		}
		if (rlen > 0)
		{
			if (rlen == 1 && rep[0] == ' ')
				owe_space(&e);
			else
			{
				/* a folded form may be Han (compatibility ideographs) */
				const unsigned char *r = rep;
				const unsigned char *rend = rep + rlen;

				while (r < rend)
				{
					int			l;
					uint32_t	fc = utf8_decode(r, rend, &l);
					uint32_t	fv = ind_conv_lookup(t, fc);

					if (fv & IND_CONV_TARGET_MASK)
					{
						unsigned char b[4];

						emit_bytes(&e, b, utf8_encode(fv & IND_CONV_TARGET_MASK, b));
					}
					else
						emit_bytes(&e, r, l);
					r += l;
				}
			}
			s += clen;
			continue;
		}
		v = ind_conv_lookup(t, cp);
		if ((v & IND_CONV_STARTER) &&
			ind_conv_may_phrase(t, (const unsigned char *) s + clen, (const unsigned char *) end))
		{
			size_t		rep_len;
			size_t		plen = ind_conv_phrase(t, (const unsigned char *) s,
											   (const unsigned char *) end,
											   &rep, &rep_len, 1);

			if (plen > 0)
			{
				emit_bytes(&e, rep, rep_len);
				s += plen;
				continue;
			}
		}
		if (v & IND_CONV_TARGET_MASK)
		{
			unsigned char b[4];

			emit_bytes(&e, b, utf8_encode(v & IND_CONV_TARGET_MASK, b));
		}
		else
			emit_bytes(&e, (const unsigned char *) s, clen);
		s += clen;
	}
	return (size_t) (e.o - (unsigned char *) out);
}

char *
ind_normalize(const char *in, size_t len, size_t *out_len)
{
	char	   *out = ind_alloc(ind_normalize_bound(len));
	int			stopped = 0;
	IndGlossCount count;

	*out_len = normalize_pass(in, len, out, 1, 1, &stopped);
	if (!stopped)
		return out;

	/* a gloss: does the text as a whole show the mirror pattern? */
	ind_count_glosses(in, len, &count);
	if (ind_glosses_are_noise(&count))
	{
		char	   *clean = ind_alloc(len);
		size_t		clean_len = ind_remove_glosses(in, len, clean);

		*out_len = normalize_pass(clean, clean_len, out, 1, 0, NULL);
		ind_free(clean);
	}
	else
		*out_len = normalize_pass(in, len, out, 1, 0, NULL);
	return out;
}
