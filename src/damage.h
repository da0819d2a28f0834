/*
 * damage.h
 *		Detection and repair of the damage a GBK mirror does to a text.
 *
 * The mirror converted the text to traditional, encoded it as GBK, inserted
 * pinyin glosses by byte-level find-and-replace, decoded it again with a
 * lossy decoder (a bad byte pair became "?") and lost its non-breaking
 * spaces ("? ? ? ?").  See damage.c for how each kind is recognised.
 */
#ifndef INDNEWS_DAMAGE_H
#define INDNEWS_DAMAGE_H

#include <stddef.h>

typedef struct IndDamageReport
{
	int			glosses;		/* pinyin glosses, intact or broken */
	int			lost_chars;		/* "?" standing for a bad GBK byte pair */
	int			out_of_step;	/* spans decoded one byte out of step */
	int			lost_space_runs;	/* "? ? ? ?" runs of lost spaces */
	double		score;			/* share of the characters damaged, 0..1 */
} IndDamageReport;

typedef struct IndRepair
{
	size_t		start;			/* byte offset of the damaged span */
	size_t		end;			/* byte offset just past it */
	size_t		char_start;		/* the same in characters, from 0 */
	size_t		char_end;
	char	   *before;			/* the damaged text (NUL-terminated) */
	char	   *after;			/* what replaces it (NUL-terminated) */
	double		confidence;		/* 0: reported, left as it was */
} IndRepair;

/* One pass over in[0..len): counts of each kind of damage. */
extern void ind_damage(const char *in, size_t len, IndDamageReport *report);

/*
 * Repair in[0..len).  Returns the repaired text (ind_alloc'd, length in
 * *out_len); when repairs is not NULL, *repairs gets an ind_alloc'd array
 * of *nrepairs rows describing every span found, repaired or not.
 */
extern char *ind_repair(const char *in, size_t len, size_t *out_len,
						IndRepair **repairs, int *nrepairs);

extern void ind_free_repairs(IndRepair *repairs, int nrepairs);

#endif							/* INDNEWS_DAMAGE_H */
