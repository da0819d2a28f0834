/*
 * cpscan.h
 *		Four code points at a time: equality masks for the scans of the
 *		normal form that look for a few given characters.
 *
 * Loops such as the search for a sentence's end test every code point of
 * a text against a handful of values; one at a time that is a load, a few
 * compares and a branch per character.  These helpers test four at once
 * with SSE2 where the compiler targets it (every x86-64), and fall back to
 * plain C elsewhere with the same results.
 */
#ifndef INDNEWS_CPSCAN_H
#define INDNEWS_CPSCAN_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __SSE2__
#include <emmintrin.h>

typedef __m128i IndCp4;

static inline IndCp4
cp4_load(const uint32_t *p)
{
	return _mm_loadu_si128((const __m128i *) p);
}

/* All ones in the lanes equal to v. */
static inline IndCp4
cp4_eq(IndCp4 a, uint32_t v)
{
	return _mm_cmpeq_epi32(a, _mm_set1_epi32((int) v));
}

/* A mask with no lane set. */
static inline IndCp4
cp4_none(void)
{
	return _mm_setzero_si128();
}

static inline IndCp4
cp4_or(IndCp4 a, IndCp4 b)
{
	return _mm_or_si128(a, b);
}

static inline bool
cp4_any(IndCp4 m)
{
	return _mm_movemask_epi8(m) != 0;
}

#else

typedef struct IndCp4
{
	uint32_t	v[4];
} IndCp4;

static inline IndCp4
cp4_load(const uint32_t *p)
{
	IndCp4		r;

	r.v[0] = p[0];
	r.v[1] = p[1];
	r.v[2] = p[2];
	r.v[3] = p[3];
	return r;
}

static inline IndCp4
cp4_eq(IndCp4 a, uint32_t v)
{
	IndCp4		r;
	int			i;

	for (i = 0; i < 4; i++)
		r.v[i] = a.v[i] == v ? 0xFFFFFFFFu : 0;
	return r;
}

static inline IndCp4
cp4_none(void)
{
	IndCp4		r = {{0, 0, 0, 0}};

	return r;
}

static inline IndCp4
cp4_or(IndCp4 a, IndCp4 b)
{
	IndCp4		r;
	int			i;

	for (i = 0; i < 4; i++)
		r.v[i] = a.v[i] | b.v[i];
	return r;
}

static inline bool
cp4_any(IndCp4 m)
{
	return (m.v[0] | m.v[1] | m.v[2] | m.v[3]) != 0;
}

#endif

/* The first index in [from, to) where cp is x or y, else to. */
static inline int
cp_find2(const uint32_t *cp, int from, int to, uint32_t x, uint32_t y)
{
	int			i = from;

	for (; i + 4 <= to; i += 4)
	{
		IndCp4		c = cp4_load(cp + i);

		if (cp4_any(cp4_or(cp4_eq(c, x), cp4_eq(c, y))))
			break;
	}
	for (; i < to; i++)
		if (cp[i] == x || cp[i] == y)
			return i;
	return to;
}

#endif							/* INDNEWS_CPSCAN_H */
