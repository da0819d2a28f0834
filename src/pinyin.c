/*
 * pinyin.c
 *		Pinyin glosses: 來(lái)源, 規(guī)模.
 *
 * A gloss is "(" + one pinyin syllable with exactly one tone-marked vowel
 * + ")" right after a Han character.  Genuine parenthesised text never has
 * that shape (台(套), (含續建), (項目)), but a dictionary-style text may gloss
 * a rare character on purpose: 亳(bó)州.  What tells the mirror pattern
 * apart is the whole text: the mirror glosses characters of the traditional
 * script (it converted the text first) and does so densely.  So glosses are
 * removed when at least one follows a traditional-only character and there
 * is at least one gloss per IND_GLOSS_DENSITY Han characters; otherwise the
 * text is left exactly as it is.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE			/* memmem */
#endif
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "convert.h"
#include "core_env.h"
#include "pinyin.h"
#include "utf8.h"

/* At least one gloss per this many Han characters. */
#define IND_GLOSS_DENSITY 50

/* Longest syllable in letters: zhuang, shuang. */
#define MAX_SYLLABLE 6

/* Base vowel of a tone-marked vowel, or 0. */
static char
toned_vowel(uint32_t cp)
{
	switch (cp)
	{
		case 0x0101:			/* ā */
		case 0x00E1:
		case 0x01CE:
		case 0x00E0:
			return 'a';
		case 0x0113:			/* ē */
		case 0x00E9:
		case 0x011B:
		case 0x00E8:
			return 'e';
		case 0x012B:			/* ī */
		case 0x00ED:
		case 0x01D0:
		case 0x00EC:
			return 'i';
		case 0x014D:			/* ō */
		case 0x00F3:
		case 0x01D2:
		case 0x00F2:
			return 'o';
		case 0x016B:			/* ū */
		case 0x00FA:
		case 0x01D4:
		case 0x00F9:
			return 'u';
		case 0x01D6:			/* ǖ */
		case 0x01D8:
		case 0x01DA:
		case 0x01DC:
			return 'v';
		case 0x0144:			/* ń, ň, ǹ: the interjections ń, ňg */
		case 0x0148:
		case 0x01F9:
			return 'n';
		default:
			return 0;
	}
}

static int
is_initial_consonant(char c)
{
	return strchr("bpmfdtnlgkhjqxrzcsyw", c) != NULL;
}

/*
 * Is letters[0..n) (toned vowels replaced by their base, ü by v) shaped like
 * a pinyin syllable: an optional initial, one to three vowels, an optional
 * final n, ng or r?  The nasal interjections n, ng, m are accepted too.
 */
static int
syllable_shape(const char *letters, int n)
{
	int			i = 0;
	int			vowels = 0;

	if (n == 1 && (letters[0] == 'n' || letters[0] == 'm'))
		return 1;
	if (n == 2 && letters[0] == 'n' && letters[1] == 'g')
		return 1;
	if (n >= 2 && (letters[1] == 'h') &&
		(letters[0] == 'z' || letters[0] == 'c' || letters[0] == 's'))
		i = 2;
	else if (is_initial_consonant(letters[0]))
		i = 1;
	while (i < n && strchr("aeiouv", letters[i]) != NULL)
	{
		i++;
		vowels++;
	}
	if (vowels == 0 || vowels > 3)
		return 0;
	if (i < n && letters[i] == 'n')
	{
		i++;
		if (i < n && letters[i] == 'g')
			i++;
	}
	else if (i < n && letters[i] == 'r')
		i++;
	return i == n;
}

size_t
ind_gloss_length(const unsigned char *s, const unsigned char *end)
{
	const unsigned char *p = s;
	int			clen;
	uint32_t	open = utf8_decode(p, end, &clen);
	char		letters[MAX_SYLLABLE];
	int			n = 0;
	int			toned = 0;

	/* either closing parenthesis: normalize() folds both to ')' anyway */
	if (open != '(' && open != 0xFF08)
		return 0;
	p += clen;
	while (p < end)
	{
		uint32_t	cp = utf8_decode(p, end, &clen);
		char		base;

		if (cp == ')' || cp == 0xFF09)
		{
			if (n == 0 || toned != 1 || !syllable_shape(letters, n))
				return 0;
			return (size_t) (p + clen - s);
		}
		if (n == MAX_SYLLABLE)
			return 0;
		if (cp >= 'a' && cp <= 'z')
			base = (char) cp;
		else if (cp == 0x00FC)	/* ü */
			base = 'v';
		else if ((base = toned_vowel(cp)) != 0)
			toned++;
		else
			return 0;
		letters[n++] = base;
		p += clen;
	}
	return 0;
}

/* The character that ends just before p (p > start). */
static uint32_t
char_before(const unsigned char *start, const unsigned char *p)
{
	const unsigned char *q = p - 1;
	int			clen;

	while (q > start && (*q & 0xC0) == 0x80 && p - q < 4)
		q--;
	return utf8_decode(q, p, &clen);
}

/*
 * The next occurrence of open (1 or 3 bytes) in [p, end).  memchr on its
 * first byte: glibc's memchr is vectorised, its memmem is not for needles
 * this short.  The first byte of （ (EF) begins every full-width form, the
 * comma of Chinese text among them, so that a memchr for it stops every
 * few characters: with SSE2 its first and third bytes are looked for
 * together, sixteen places at a time.
 */
static const unsigned char *
find_open(const unsigned char *p, const unsigned char *end,
		  const char *open, size_t open_len)
{
#ifdef __SSE2__
	if (open_len == 3)
	{
		const __m128i first = _mm_set1_epi8((char) open[0]);
		const __m128i third = _mm_set1_epi8((char) open[2]);

		while (end - p >= 18)
		{
			__m128i		a = _mm_loadu_si128((const __m128i *) p);
			__m128i		c = _mm_loadu_si128((const __m128i *) (p + 2));
			int			mask = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first),
															   _mm_cmpeq_epi8(c, third)));

			while (mask != 0)
			{
				const unsigned char *hit = p + __builtin_ctz(mask);

				if (hit[1] == (unsigned char) open[1])
					return hit;
				mask &= mask - 1;
			}
			p += 16;
		}
	}
#endif
	while (p < end)
	{
		const unsigned char *hit = memchr(p, (unsigned char) open[0], end - p);

		if (hit == NULL)
			return NULL;
		if (open_len == 1 ||
			((size_t) (end - hit) >= open_len && memcmp(hit, open, open_len) == 0))
			return hit;
		p = hit + 1;
	}
	return NULL;
}

/*
 * Count the glosses opened at each occurrence of the byte string open
 * (ASCII or full-width parenthesis).  memchr finds the candidates, so a
 * text without parentheses costs next to nothing.
 */
static void
count_glosses_opened_by(const unsigned char *in, const unsigned char *end,
						const char *open, size_t open_len,
						IndGlossCount *count)
{
	const unsigned char *p = in;
	const unsigned char *next_check = in + IND_INTERRUPT_STRIDE;

	while (p < end)
	{
		const unsigned char *hit = find_open(p, end, open, open_len);
		uint32_t	prev;
		size_t		glen;

		if (hit == NULL)
			break;
		if (hit >= next_check)
		{
			ind_check_interrupts();
			next_check = hit + IND_INTERRUPT_STRIDE;
		}
		p = hit + open_len;
		if (hit == in)
			continue;
		prev = char_before(in, hit);
		if (!utf8_is_han(prev))
			continue;
		glen = ind_gloss_length(hit, end);
		if (glen == 0)
			continue;
		count->glosses++;
		if (ind_char_script_class(prev) & IND_CHAR_TRAD_ONLY)
			count->mirror_glosses++;
		p = hit + glen;
	}
}

/*
 * Would ind_count_glosses() count a mirror gloss at s, an opening
 * parenthesis of either width in [in, end)?  The count visits every one:
 * the glosses it steps over hold none.  So a text where this holds at no
 * parenthesis counts no mirror gloss, and its glosses are no noise.
 */
bool
ind_mirror_gloss_at(const char *in, const unsigned char *s,
					const unsigned char *end)
{
	uint32_t	prev;

	if (s == (const unsigned char *) in)
		return false;
	prev = char_before((const unsigned char *) in, s);
	return utf8_is_han(prev) &&
		(ind_char_script_class(prev) & IND_CHAR_TRAD_ONLY) &&
		ind_gloss_length(s, end) > 0;
}

void
ind_count_glosses(const char *in, size_t len, IndGlossCount *count)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;

	memset(count, 0, sizeof(*count));
	count_glosses_opened_by(s, end, "(", 1, count);
	count_glosses_opened_by(s, end, "\xef\xbc\x88", 3, count);	/* （ */
	if (count->glosses == 0)
		return;					/* the Han count only matters with glosses */
	while (s < end)
	{
		int			clen;

		if (*s < 0x80)
		{
			s++;
			continue;
		}
		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		if (utf8_is_han(utf8_decode(s, end, &clen)))
			count->han++;
		s += clen;
	}
}

int
ind_glosses_are_noise(const IndGlossCount *count)
{
	return count->mirror_glosses > 0 &&
		count->glosses * IND_GLOSS_DENSITY >= count->han;
}

size_t
ind_remove_glosses(const char *in, size_t len, char *out)
{
	const unsigned char *s = (const unsigned char *) in;
	const unsigned char *end = s + len;
	const unsigned char *next_check = s + IND_INTERRUPT_STRIDE;
	unsigned char *o = (unsigned char *) out;
	uint32_t	prev = 0;

	while (s < end)
	{
		int			clen;
		uint32_t	cp;

		if (s >= next_check)
		{
			ind_check_interrupts();
			next_check = s + IND_INTERRUPT_STRIDE;
		}
		cp = utf8_decode(s, end, &clen);
		if ((cp == '(' || cp == 0xFF08) && utf8_is_han(prev))
		{
			size_t		glen = ind_gloss_length(s, end);

			if (glen > 0)
			{
				s += glen;
				/* 來(lái)(lái) is not a thing: a gloss ends the Han run */
				prev = ')';
				continue;
			}
		}
		memcpy(o, s, clen);
		o += clen;
		s += clen;
		prev = cp;
	}
	return (size_t) (o - (unsigned char *) out);
}

size_t
ind_strip_pinyin(const char *in, size_t len, char *out)
{
	IndGlossCount count;

	ind_count_glosses(in, len, &count);
	if (!ind_glosses_are_noise(&count))
	{
		memcpy(out, in, len);
		return len;
	}
	return ind_remove_glosses(in, len, out);
}
