/*
 * damage.c
 *		Detection and repair of GBK mirror damage.
 *
 * How the damage arose, byte by byte (seed 004): 日報 is C8 D5 88 F3 in
 * GBK.  The mirror glossed 報 (88 F3) and then 請 (D5 88), a match that
 * straddles the two characters, giving C8 D5 88 "(qǐng)" F3 "(bào)".  Its
 * decoder read C8 D5 as 日, then 88 "(" as a bad pair ("?"), "qǐng)", F3
 * "(" as another bad pair, "bào)": 日?qǐng)?bào).  Both bytes of 報 are lost,
 * but they are bound: the byte after D5 makes a character read qǐng, and
 * that byte with the next one a character read bào.  Enumerating the GBK
 * lead bytes under those two readings determines the character.
 *
 * In seed 003 a stray byte put the decoder one byte out of step:
 * 可停可不停企業 (BF C9 CD A3 BF C9 B2 BB CD A3 C6 F3 98 49) came out as
 * 可 ?? 刹 煌 F 髽 I: two bad pairs swallowed the stray byte, CD A3 and BF,
 * then C9 B2, BB CD, A3 C6 (the full-width Ｆ, folded to F), F3 98 were
 * read as pairs until the ASCII byte 49 ("I") put the decoder back in step.
 * Re-encoding the span, dropping its first byte (the orphaned trail byte of
 * the lost 可) and decoding again gives 不停企業.  Such a shift is accepted
 * only when every character it yields is common (GB2312, or Big5 level 1
 * for traditional text) and the text's own bigrams support it better than
 * the damaged span.  What the "?" hid is lost and stays "?".
 *
 * GBK, GB2312 and Big5 membership and the readings (Han-Latin) come from
 * ICU, so no table is typed by hand.
 */
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "core_env.h"
#include "strbuf.h"
#include "damage.h"
#include "pinyin.h"
#include "utf8.h"

/* Longest out-of-step span tried, in characters. */
#define MAX_SHIFT_SPAN 24

/* Confidence of each kind of repair. */
#define CONF_SPACE		0.9
#define CONF_REMNANT	0.95
#define CONF_REMNANT_TONELESS 0.7
#define CONF_SHIFT		0.9
#define CONF_SHIFT_ORPHAN 0.6

typedef struct Text
{
	const unsigned char *buf;
	size_t		len;
	uint32_t   *cp;				/* decoded characters */
	size_t	   *off;			/* byte offset of each, off[n] == len */
	size_t		n;
	/* bigram counts, built on demand: open addressing, key 0 is empty */
	uint64_t   *bg_key;
	int		   *bg_count;
	size_t		bg_cap;
} Text;

/* ---- small helpers -------------------------------------------------- */

static void
text_decode(Text *t, const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	size_t		n = 0;

	t->buf = s;
	t->len = len;
	t->cp = ind_alloc((len + 1) * sizeof(uint32_t));
	t->off = ind_alloc((len + 1) * sizeof(size_t));
	while (s < end)
	{
		int			clen;

		if ((n & 0xFFFF) == 0xFFFF)
			ind_check_interrupts();
		t->off[n] = s - t->buf;
		t->cp[n] = utf8_decode(s, end, &clen);
		n++;
		s += clen;
	}
	t->off[n] = len;
	t->cp[n] = 0;
	t->n = n;
	t->bg_key = NULL;
	t->bg_count = NULL;
	t->bg_cap = 0;
}

static void
text_free(Text *t)
{
	ind_free(t->cp);
	ind_free(t->off);
	ind_free(t->bg_key);
	ind_free(t->bg_count);
}

static int
is_ascii_letter(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

/*
 * Length in characters of "syllable)" at t->cp[i] (a gloss whose "(" the
 * decoder swallowed), or 0.  The syllable rules are pinyin.c's: it is
 * handed "(" plus the candidate.
 */
static size_t
remnant_gloss_chars(const Text *t, size_t i)
{
	unsigned char tmp[64];
	size_t		k;
	size_t		blen = 1;

	tmp[0] = '(';
	for (k = i; k < t->n && k - i < 8; k++)
	{
		size_t		clen = t->off[k + 1] - t->off[k];

		if (blen + clen > sizeof(tmp))
			return 0;
		memcpy(tmp + blen, t->buf + t->off[k], clen);
		blen += clen;
		if (t->cp[k] == ')')
			return ind_gloss_length(tmp, tmp + blen) == blen ? k + 1 - i : 0;
	}
	return 0;
}

/* Length in characters of an intact gloss "(syllable)" at i, or 0. */
static size_t
gloss_chars(const Text *t, size_t i)
{
	size_t		blen;
	size_t		k;

	if (t->cp[i] != '(' && t->cp[i] != 0xFF08)
		return 0;
	blen = ind_gloss_length(t->buf + t->off[i], t->buf + t->len);
	if (blen == 0)
		return 0;
	for (k = i; k < t->n && t->off[k] < t->off[i] + blen; k++)
		;
	return k - i;
}

/* Characters of a lost-space run "? ? ? ?" starting at i, or 0. */
static size_t
space_run_chars(const Text *t, size_t i)
{
	size_t		k = i;
	int			marks = 0;

	if (t->cp[i] != '?')
		return 0;
	if (i > 0 && t->cp[i - 1] != ' ' && t->cp[i - 1] != '\n' &&
		t->cp[i - 1] != '\t' && t->cp[i - 1] != '\r')
		return 0;
	while (k < t->n && t->cp[k] == '?')
	{
		marks++;
		if (k + 2 < t->n + 1 && t->cp[k + 1] == ' ' && t->cp[k + 2] == '?')
			k += 2;
		else
			break;
	}
	if (marks < 2 || (k + 1 < t->n && t->cp[k + 1] == '?'))
		return 0;
	return k + 1 - i;
}

/* ---- ICU: GBK, GB2312/Big5 membership, readings ------------------- */

static UConverter *cnv_gbk;
static UConverter *cnv_big5;
static UTransliterator *translit;
static UBreakIterator *words;	/* ICU's Chinese word dictionary */
static int	icu_state;			/* 0 untried, 1 ready, -1 unavailable */

static int
icu_ready(void)
{
	UErrorCode	err = U_ZERO_ERROR;

	if (icu_state != 0)
		return icu_state > 0;
	icu_state = -1;
	cnv_gbk = ucnv_open("GBK", &err);
	if (U_FAILURE(err))
		return 0;
	cnv_big5 = ucnv_open("Big5", &err);
	if (U_FAILURE(err))
		return 0;
	/* a bad byte sequence must fail, not turn into U+FFFD */
	ucnv_setToUCallBack(cnv_gbk, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	ucnv_setFromUCallBack(cnv_gbk, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	ucnv_setFromUCallBack(cnv_big5, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	if (U_FAILURE(err))
		return 0;
	{
		UChar		id[16];

		u_uastrcpy(id, "Han-Latin");
		translit = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
		if (U_FAILURE(err))
			return 0;
	}
	words = ubrk_open(UBRK_WORD, "zh", NULL, 0, &err);
	if (U_FAILURE(err))
		return 0;
	icu_state = 1;
	return 1;
}

/* Bytes of cp in conv (1 or 2 for the ones that matter), or 0. */
static int
encode_in(UConverter *conv, uint32_t cp, unsigned char *out)
{
	UChar		u[2];
	int32_t		ulen = 0;
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n;

	U16_APPEND_UNSAFE(u, ulen, cp);
	ucnv_resetFromUnicode(conv);
	n = ucnv_fromUChars(conv, (char *) out, 4, u, ulen, &err);
	if (U_FAILURE(err) || n <= 0 || n > 2)
		return 0;
	return n;
}

/* The character GBK byte pair (a, b) stands for, or 0. */
static uint32_t
gbk_pair(unsigned char a, unsigned char b)
{
	char		in[2];
	UChar		u[4];
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n;

	if (a < 0x81 || a == 0xFF || b < 0x40 || b == 0x7F || b == 0xFF)
		return 0;
	in[0] = (char) a;
	in[1] = (char) b;
	ucnv_resetToUnicode(cnv_gbk);
	n = ucnv_toUChars(cnv_gbk, u, 4, in, 2, &err);
	if (U_FAILURE(err) || n != 1 || u[0] == 0xFFFD || u[0] == 0x1A)
		return 0;
	return u[0];
}

/*
 * A common Han character: in GB2312 (GBK lead B0-F7, trail A1-FE) or in
 * Big5 level 1 (A440-C67E), the everyday sets of the two scripts.
 */
static int
is_common_han(uint32_t cp)
{
	unsigned char b[4];

	if (!utf8_is_han(cp))
		return 0;
	if (encode_in(cnv_gbk, cp, b) == 2 &&
		b[0] >= 0xB0 && b[0] <= 0xF7 && b[1] >= 0xA1)
		return 1;
	if (encode_in(cnv_big5, cp, b) == 2)
	{
		unsigned int code = (b[0] << 8) | b[1];

		if (code >= 0xA440 && code <= 0xC67E)
			return 1;
	}
	return 0;
}

/* The Han-Latin reading of cp as UTF-8 into out (size outsz). */
static void
reading_of(uint32_t cp, char *out, size_t outsz)
{
	UChar		u[32];
	int32_t		ulen = 0;
	int32_t		limit;
	UErrorCode	err = U_ZERO_ERROR;

	out[0] = '\0';
	U16_APPEND_UNSAFE(u, ulen, cp);
	limit = ulen;
	utrans_transUChars(translit, u, &ulen, 32, 0, &limit, &err);
	if (U_FAILURE(err))
		return;
	u_strToUTF8(out, (int32_t) outsz - 1, NULL, u, ulen, &err);
	if (U_FAILURE(err))
		out[0] = '\0';
	else
		out[outsz - 1] = '\0';
}

/* Base letter of a tone-marked pinyin vowel, or 0. */
static char
vowel_base(uint32_t cp)
{
	static const struct
	{
		uint32_t	cp;
		char		base;
	}			marks[] = {
		{0x0101, 'a'}, {0x00E1, 'a'}, {0x01CE, 'a'}, {0x00E0, 'a'},
		{0x0113, 'e'}, {0x00E9, 'e'}, {0x011B, 'e'}, {0x00E8, 'e'},
		{0x012B, 'i'}, {0x00ED, 'i'}, {0x01D0, 'i'}, {0x00EC, 'i'},
		{0x014D, 'o'}, {0x00F3, 'o'}, {0x01D2, 'o'}, {0x00F2, 'o'},
		{0x016B, 'u'}, {0x00FA, 'u'}, {0x01D4, 'u'}, {0x00F9, 'u'},
		{0x01D6, 'v'}, {0x01D8, 'v'}, {0x01DA, 'v'}, {0x01DC, 'v'},
		{0x00FC, 'v'}
	};
	size_t		k;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (marks[k].cp == cp)
			return marks[k].base;
	return 0;
}

/* Reduce a UTF-8 syllable to plain letters: tone marks dropped. */
static void
toneless(const char *in, char *out, size_t outsz)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + strlen(in);
	size_t		n = 0;

	while (s < end && n + 1 < outsz)
	{
		int			clen;
		uint32_t	cp = utf8_decode(s, end, &clen);
		char		c = cp < 0x80 ? (char) cp : vowel_base(cp);

		if (c)
			out[n++] = c;
		s += clen;
	}
	out[n] = '\0';
}

/* ---- remnant: P ? g1) ? g2) --------------------------------------- */

typedef struct Remnant
{
	size_t		end;			/* index just past the remnant */
	uint32_t	found;			/* the character, when determined */
	double		confidence;
} Remnant;

static int
reading_matches(uint32_t cp, const char *want, int exact)
{
	char		got[32];
	char		a[32];
	char		b[32];

	reading_of(cp, got, sizeof(got));
	if (exact)
		return strcmp(got, want) == 0;
	toneless(got, a, sizeof(a));
	toneless(want, b, sizeof(b));
	return a[0] != '\0' && strcmp(a, b) == 0;
}

/*
 * t->cp[i] is "?" after the Han character t->cp[i-1], followed by
 * "g1)?g2)".  Find the character whose two bytes the bad pairs swallowed.
 */
static int
match_remnant(const Text *t, size_t i, Remnant *r, int resolve)
{
	size_t		g1,
				g2;
	char		want1[32],
				want2[32];
	unsigned char p[4];
	int			exact;

	if (i == 0 || !utf8_is_han(t->cp[i - 1]))
		return 0;
	g1 = remnant_gloss_chars(t, i + 1);
	if (g1 == 0 || i + 1 + g1 >= t->n || t->cp[i + 1 + g1] != '?')
		return 0;
	g2 = remnant_gloss_chars(t, i + 2 + g1);
	if (g2 == 0)
		return 0;
	r->end = i + 2 + g1 + g2;
	r->found = 0;
	r->confidence = 0;
	/* counting needs the shape only; the search is for repair() */
	if (!resolve || !icu_ready() || encode_in(cnv_gbk, t->cp[i - 1], p) != 2)
		return 1;
	/* the syllables without their ")" */
	memcpy(want1, t->buf + t->off[i + 1], t->off[i + g1] - t->off[i + 1]);
	want1[t->off[i + g1] - t->off[i + 1]] = '\0';
	memcpy(want2, t->buf + t->off[i + 2 + g1],
		   t->off[r->end - 1] - t->off[i + 2 + g1]);
	want2[t->off[r->end - 1] - t->off[i + 2 + g1]] = '\0';

	for (exact = 1; exact >= 0; exact--)
	{
		int			x,
					y;
		int			found = 0;
		uint32_t	which = 0;

		/* both lost bytes were lead bytes: each made a bad pair with "(" */
		for (x = 0x81; x <= 0xFE; x++)
		{
			uint32_t	c1 = gbk_pair(p[1], (unsigned char) x);

			if (c1 == 0 || !reading_matches(c1, want1, exact))
				continue;
			for (y = 0x81; y <= 0xFE; y++)
			{
				uint32_t	c2 = gbk_pair((unsigned char) x, (unsigned char) y);

				if (c2 != 0 && reading_matches(c2, want2, exact))
				{
					found++;
					which = c2;
				}
			}
		}
		if (found == 1)
		{
			r->found = which;
			r->confidence = exact ? CONF_REMNANT : CONF_REMNANT_TONELESS;
			return 1;
		}
		if (found > 1)
			return 1;			/* ambiguous: report, do not guess */
	}
	return 1;
}

/* ---- out of step ---------------------------------------------------- */

typedef struct Shift
{
	size_t		start;			/* first character of the span */
	size_t		end;			/* just past the terminating ASCII byte */
	uint32_t	chars[MAX_SHIFT_SPAN];
	int			nchars;
	int			orphan_absorbed;	/* a "?" run before it holds the lead */
} Shift;

/*
 * Bigram counts of the whole text, built on first use (only texts with a
 * plausible shift need them), so that evidence costs O(1) per bigram and a
 * text full of candidates stays linear.
 */
static void
bigrams_build(Text *t)
{
	size_t		cap = 64;
	size_t		k;

	while (cap < 2 * t->n + 2)
		cap *= 2;
	t->bg_cap = cap;
	t->bg_key = ind_alloc(cap * sizeof(uint64_t));
	t->bg_count = ind_alloc(cap * sizeof(int));
	memset(t->bg_key, 0, cap * sizeof(uint64_t));
	memset(t->bg_count, 0, cap * sizeof(int));
	for (k = 0; k + 1 < t->n; k++)
	{
		uint64_t	key;
		size_t		h;

		if ((k & 0xFFFF) == 0xFFFF)
			ind_check_interrupts();
		if (!utf8_is_han(t->cp[k]) || !utf8_is_han(t->cp[k + 1]))
			continue;
		key = ((uint64_t) t->cp[k] << 32) | t->cp[k + 1];
		h = (size_t) ((key * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
		while (t->bg_key[h] != 0 && t->bg_key[h] != key)
			h = (h + 1) & (cap - 1);
		t->bg_key[h] = key;
		t->bg_count[h]++;
	}
}

static int
bigram_total(Text *t, uint32_t a, uint32_t b)
{
	uint64_t	key = ((uint64_t) a << 32) | b;
	size_t		h;

	if (t->bg_key == NULL)
		bigrams_build(t);
	h = (size_t) ((key * 0x9E3779B97F4A7C15ULL) >> 20) & (t->bg_cap - 1);
	while (t->bg_key[h] != 0)
	{
		if (t->bg_key[h] == key)
			return t->bg_count[h];
		h = (h + 1) & (t->bg_cap - 1);
	}
	return 0;
}

/* Occurrences of the bigram (a, b) in the text, outside [skip0, skip1). */
static int
bigram_count(Text *t, uint32_t a, uint32_t b, size_t skip0, size_t skip1)
{
	int			count = bigram_total(t, a, b);
	size_t		k;

	for (k = skip0; k + 1 < skip1 && k + 1 < t->n; k++)
		if (t->cp[k] == a && t->cp[k + 1] == b)
			count--;
	return count;
}

/*
 * Which adjacent pairs of chars[0..n) ICU's word dictionary puts in one
 * word: bit k of the result for the pair (k, k+1).
 */
static uint32_t
dictionary_pairs(const uint32_t *chars, int n)
{
	UChar		u[2 * MAX_SHIFT_SPAN + 4];
	int32_t		ulen = 0;
	int32_t		index[MAX_SHIFT_SPAN + 2];	/* UTF-16 offset of each char */
	UErrorCode	err = U_ZERO_ERROR;
	uint32_t	pairs = 0;
	int32_t		start;
	int32_t		end;
	int			k;

	for (k = 0; k < n; k++)
	{
		index[k] = ulen;
		U16_APPEND_UNSAFE(u, ulen, chars[k]);
	}
	index[n] = ulen;
	ubrk_setText(words, u, ulen, &err);
	if (U_FAILURE(err))
		return 0;
	start = ubrk_first(words);
	for (end = ubrk_next(words); end != UBRK_DONE; start = end, end = ubrk_next(words))
	{
		/* pairs wholly inside [start, end) of an ideographic word */
		if (ubrk_getRuleStatus(words) < UBRK_WORD_IDEO)
			continue;
		for (k = 0; k + 1 < n; k++)
			if (index[k] >= start && index[k + 2] <= end)
				pairs |= 1u << k;
	}
	return pairs;
}

/* Pairs of chars[0..n) supported by the text outside [skip0, skip1) or the dictionary. */
static int
pair_evidence(Text *t, const uint32_t *chars, int n, size_t skip0, size_t skip1)
{
	uint32_t	dict = dictionary_pairs(chars, n);
	int			ev = 0;
	int			k;

	for (k = 0; k + 1 < n; k++)
	{
		if (!utf8_is_han(chars[k]) || !utf8_is_han(chars[k + 1]))
			continue;
		if ((dict & (1u << k)) ||
			bigram_count(t, chars[k], chars[k + 1], skip0, skip1) > 0)
			ev++;
	}
	return ev;
}

/* Shifted decoding of cp[s..t]; 0 unless every character is common. */
static int
decode_shifted(const Text *t, size_t s, size_t e, uint32_t *chars, int *nchars)
{
	unsigned char bytes[2 * MAX_SHIFT_SPAN + 2];
	int			nb = 0;
	size_t		k;
	int			j;

	for (k = s; k < e; k++)
	{
		uint32_t	cp = t->cp[k];

		if (is_ascii_letter(cp))
		{
			/* a full-width letter folded to ASCII */
			bytes[nb++] = 0xA3;
			bytes[nb++] = (unsigned char) (cp | 0x80);
		}
		else if (encode_in(cnv_gbk, cp, bytes + nb) == 2)
			nb += 2;
		else
			return 0;
	}
	bytes[nb++] = (unsigned char) t->cp[e];
	/* drop the orphaned first byte; the rest pairs up */
	*nchars = 0;
	for (j = 1; j + 1 < nb; j += 2)
	{
		uint32_t	c = gbk_pair(bytes[j], bytes[j + 1]);

		if (c == 0 || !is_common_han(c))
			return 0;
		chars[(*nchars)++] = c;
	}
	return j == nb;
}

/*
 * Is the ASCII letter at e the byte that put a shifted decoder back in
 * step?  Find the longest span ending there whose shifted decoding is
 * plausible and better supported by the text's bigrams.
 */
static int
match_shift(Text *t, size_t e, Shift *sh)
{
	size_t		s;
	int			best_n = 0;
	size_t		best_s = 0;
	uint32_t	chars[MAX_SHIFT_SPAN];
	int			nchars;
	int			ev_new = 0,
				ev_old = 0;

	if (e == 0 || e >= t->n || !is_ascii_letter(t->cp[e]) ||
		!utf8_is_han(t->cp[e - 1]))
		return 0;
	if (e + 1 < t->n && (is_ascii_letter(t->cp[e + 1]) ||
						 (t->cp[e + 1] >= '0' && t->cp[e + 1] <= '9')))
		return 0;
	if (!icu_ready())
		return 0;
	for (s = e; s-- > 0 && e - s < MAX_SHIFT_SPAN;)
	{
		uint32_t	c = t->cp[s];

		if (!utf8_is_han(c) &&
			!(is_ascii_letter(c) && s > 0 && utf8_is_han(t->cp[s - 1]) &&
			  !is_ascii_letter(t->cp[s - 1])))
			break;
		if (!decode_shifted(t, s, e, chars, &nchars))
			break;
		best_s = s;
		best_n = nchars;
		memcpy(sh->chars, chars, sizeof(uint32_t) * nchars);
	}
	if (best_n < 2)
		return 0;
	/*
	 * Bigram evidence: a pair of adjacent characters counts when the rest
	 * of the text has it too, or when ICU's word dictionary puts both in
	 * one word (so that a short text has evidence as well).
	 */
	{
		uint32_t	old_chars[MAX_SHIFT_SPAN + 1];
		int			nold = 0;

		for (s = best_s; s <= e; s++)
			old_chars[nold++] = t->cp[s];
		ev_new = pair_evidence(t, sh->chars, best_n, best_s, e + 1);
		ev_old = pair_evidence(t, old_chars, nold, best_s, e + 1);
	}
	if (ev_new <= ev_old)
		return 0;
	sh->start = best_s;
	sh->end = e + 1;
	sh->nchars = best_n;
	sh->orphan_absorbed = best_s > 0 && t->cp[best_s - 1] == '?';
	return 1;
}

/* ---- the scan shared by damage() and repair() ---------------------- */

typedef struct Scan
{
	IndDamageReport report;
	size_t		damaged_chars;
	IndStrBuf			out;
	int			want_out;
	IndRepair  *rows;
	int			nrows;
	int			cap;
} Scan;

static void
add_row(Scan *sc, const Text *t, size_t s, size_t e, const char *after,
		size_t after_len, double conf)
{
	IndRepair  *r;

	if (sc->rows == NULL && sc->cap == 0)
		return;
	if (sc->nrows == sc->cap)
	{
		sc->cap *= 2;
		sc->rows = ind_realloc(sc->rows, sc->cap * sizeof(IndRepair));
	}
	r = &sc->rows[sc->nrows++];
	r->start = t->off[s];
	r->end = t->off[e];
	r->char_start = s;
	r->char_end = e;
	r->before = ind_strndup(t->buf + t->off[s], t->off[e] - t->off[s]);
	r->after = ind_strndup((const unsigned char *) after, after_len);
	r->confidence = conf;
}

static void
emit_span(Scan *sc, const Text *t, size_t s, size_t e)
{
	if (sc->want_out)
		ind_strbuf_add(&sc->out, t->buf + t->off[s], t->off[e] - t->off[s]);
}

static void
scan_text(Text *t, Scan *sc)
{
	size_t		i = 0;
	size_t		after_shift = (size_t) -1; /* a gloss may follow the span */

	while (i < t->n)
	{
		uint32_t	cp = t->cp[i];
		size_t		k;

		if ((i & 0x3FFF) == 0x3FFF)
			ind_check_interrupts();
		if (cp == '?')
		{
			Remnant		rem;

			if ((k = space_run_chars(t, i)) > 0)
			{
				IndStrBuf			b = {0};
				size_t		j;

				for (j = i; j < i + k; j++)
					ind_strbuf_add_cp(&b, t->cp[j] == '?' ? 0xA0 : t->cp[j]);
				sc->report.lost_space_runs++;
				sc->damaged_chars += k;
				if (sc->want_out)
					ind_strbuf_add(&sc->out, b.data, b.len);
				add_row(sc, t, i, i + k, b.data, b.len, CONF_SPACE);
				ind_free(b.data);
				i += k;
				continue;
			}
			if (match_remnant(t, i, &rem, sc->want_out))
			{
				sc->report.glosses += 2;
				sc->report.lost_chars += 2;
				sc->damaged_chars += rem.end - i;
				if (rem.found)
				{
					IndStrBuf			b = {0};

					ind_strbuf_add_cp(&b, rem.found);
					if (sc->want_out)
						ind_strbuf_add(&sc->out, b.data, b.len);
					add_row(sc, t, i, rem.end, b.data, b.len, rem.confidence);
					ind_free(b.data);
				}
				else
				{
					emit_span(sc, t, i, rem.end);
					add_row(sc, t, i, rem.end, (const char *) t->buf + t->off[i],
							t->off[rem.end] - t->off[i], 0);
				}
				i = rem.end;
				continue;
			}
			/* a run of "?" next to Han text: bad pairs, lost for good */
			for (k = i; k < t->n && t->cp[k] == '?'; k++)
				;
			if (k - i >= 2 &&
				((i > 0 && utf8_is_han(t->cp[i - 1])) ||
				 (k < t->n && utf8_is_han(t->cp[k]))))
			{
				sc->report.lost_chars += (int) (k - i);
				sc->damaged_chars += k - i;
				emit_span(sc, t, i, k);
				add_row(sc, t, i, k, (const char *) t->buf + t->off[i],
						t->off[k] - t->off[i], 0);
				i = k;
				continue;
			}
			emit_span(sc, t, i, k);
			i = k;
			continue;
		}
		if ((cp == '(' || cp == 0xFF08) && i > 0 &&
			(utf8_is_han(t->cp[i - 1]) || i == after_shift) &&
			(k = gloss_chars(t, i)) > 0)
		{
			sc->report.glosses++;
			sc->damaged_chars += k;
			emit_span(sc, t, i, i + k);
			i += k;
			continue;
		}
		if (utf8_is_han(cp))
		{
			/* look ahead for an ASCII letter closing an out-of-step span */
			size_t		e = i;
			Shift		sh;

			while (e < t->n && e - i < MAX_SHIFT_SPAN &&
				   (utf8_is_han(t->cp[e]) || is_ascii_letter(t->cp[e])))
			{
				if (is_ascii_letter(t->cp[e]) && match_shift(t, e, &sh) &&
					sh.start >= i)
				{
					IndStrBuf			b = {0};
					int			j;

					emit_span(sc, t, i, sh.start);
					if (!sh.orphan_absorbed)
						ind_strbuf_add_cp(&b, '?');
					for (j = 0; j < sh.nchars; j++)
						ind_strbuf_add_cp(&b, sh.chars[j]);
					sc->report.out_of_step++;
					sc->damaged_chars += sh.end - sh.start;
					if (sc->want_out)
						ind_strbuf_add(&sc->out, b.data, b.len);
					add_row(sc, t, sh.start, sh.end, b.data, b.len,
							sh.orphan_absorbed ? CONF_SHIFT : CONF_SHIFT_ORPHAN);
					ind_free(b.data);
					i = sh.end;
					after_shift = i;
					goto next;
				}
				if (is_ascii_letter(t->cp[e]) && e + 1 < t->n &&
					!utf8_is_han(t->cp[e + 1]))
					break;
				e++;
			}
			emit_span(sc, t, i, e > i ? e : i + 1);
			i = e > i ? e : i + 1;
			continue;
		}
		emit_span(sc, t, i, i + 1);
		i++;
next:
		;
	}
	/* four decimals: a share to compare, not a measurement */
	sc->report.score = t->n ?
		(double) ((long) ((double) sc->damaged_chars * 10000.0 / (double) t->n + 0.5)) / 10000.0 : 0.0;
}

void
ind_damage(const char *in, size_t len, IndDamageReport *report)
{
	Text		t;
	Scan		sc;

	memset(&sc, 0, sizeof(sc));
	text_decode(&t, in, len);
	scan_text(&t, &sc);
	*report = sc.report;
	text_free(&t);
}

char *
ind_repair(const char *in, size_t len, size_t *out_len,
		   IndRepair **repairs, int *nrepairs)
{
	Text		t;
	Scan		sc;

	memset(&sc, 0, sizeof(sc));
	sc.want_out = 1;
	if (repairs)
	{
		sc.cap = 8;
		sc.rows = ind_alloc(sc.cap * sizeof(IndRepair));
	}
	text_decode(&t, in, len);
	scan_text(&t, &sc);
	text_free(&t);
	if (sc.out.data == NULL)
		ind_strbuf_add(&sc.out, "", 0);
	*out_len = sc.out.len;
	if (repairs)
	{
		*repairs = sc.rows;
		*nrepairs = sc.nrows;
	}
	return sc.out.data;
}

void
ind_free_repairs(IndRepair *repairs, int nrepairs)
{
	int			i;

	for (i = 0; i < nrepairs; i++)
	{
		ind_free(repairs[i].before);
		ind_free(repairs[i].after);
	}
	ind_free(repairs);
}
