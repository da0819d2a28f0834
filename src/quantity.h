/*
 * quantity.h
 *		Quantities in running text: a number with its unit, base unit,
 *		approximation qualifier and range bounds.
 *
 * The scanner is hand-written and linear: each character is looked at a
 * bounded number of times (a numeral run is read once to find its end and
 * once to evaluate it; a rejected range re-reads its second half once).
 * Word lists are generated from src/data/ into src/gen/unit_table.h.
 */
#ifndef INDNEWS_QUANTITY_H
#define INDNEWS_QUANTITY_H

#include "numeral.h"

#define IND_UNIT_STRLEN 64

typedef struct IndQuantity
{
	int			start;			/* code-point offsets into the argument */
	int			end;			/* exclusive */
	const char *kind;			/* money, mass, power, energy, area, length,
								 * volume, count, percent, pp, rank, multiple,
								 * ordinal, number */
	bool		has_value;		/* false for a range */
	IndDec		value;			/* the number as written, in unit */
	char		unit[IND_UNIT_STRLEN];	/* folded; "" when there is none */
	bool		has_base;
	IndDec		base_value;		/* value in base_unit */
	const char *base_unit;		/* NULL when there is none */
	const char *qualifier;		/* about, over, under, at_least, at_most */
	bool		is_range;
	IndDec		low;			/* range bounds, in unit */
	IndDec		high;
} IndQuantity;

/*
 * Every quantity in cp[0..n).  Returns the count; *out (ind_alloc'd, NULL
 * when the count is 0) gets them in text order.
 */
extern int	ind_scan_quantities(const uint32_t *cp, int n, IndQuantity **out);

/* The whole of cp[0..n) as one quantity; false when it is not one. */
extern bool ind_parse_quantity_cp(const uint32_t *cp, int n, IndQuantity *q);

#endif							/* INDNEWS_QUANTITY_H */
