/*
 * unit.h
 *		A minimal harness for the core's unit tests.
 *
 * Each test binary includes this once, calls the CHECK macros, and ends
 * main() with UNIT_DONE(), which prints "<file>: N passed, M failed" and
 * exits non-zero on any failure.  test/run-tests.sh adds the counts up.
 */
#ifndef INDNEWS_UNIT_H
#define INDNEWS_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	unit_passed;
static int	unit_failed;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

/* Compare two C strings; print both on failure. */
#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got); \
		const char *w_ = (want); \
		if (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0) \
			unit_passed++; \
		else if (g_ == NULL && w_ == NULL) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: got  \"%s\"\n%*s  want \"%s\"\n", __FILE__, __LINE__, \
					g_ ? g_ : "(null)", (int) strlen(__FILE__) + 6, "", w_ ? w_ : "(null)"); \
		} \
	} while (0)

/* A seed document (at most 64 kB), NUL-terminated; NULL if unreadable. */
static inline char *
read_seed(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	static char buf[1 << 16];

	if (f == NULL)
		return NULL;
	*len = fread(buf, 1, sizeof(buf) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

#define UNIT_DONE() \
	do { \
		printf("%s: %d passed, %d failed\n", __FILE__, unit_passed, unit_failed); \
		return unit_failed ? 1 : 0; \
	} while (0)

#endif							/* INDNEWS_UNIT_H */
