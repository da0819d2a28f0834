/*
 * period.h
 *		Reporting periods in running text: 1至11月, 一季度, 前三季度, 上半年,
 *		全年, 2021年, 12月份, 今年/去年, 年初以来, 截至11月末.
 *
 * A period is resolved to its first and last day.  The year comes from the
 * span itself, else from the reference date (今年 = the reference's year,
 * 去年 = the one before, and a period without any year takes the
 * reference's year); without either the dates stay unknown but the span is
 * still reported.  Hand-written, linear scanner.
 */
#ifndef INDNEWS_PERIOD_H
#define INDNEWS_PERIOD_H

#include <stdbool.h>
#include <stdint.h>

typedef struct IndDate
{
	int			y,
				m,
				d;
} IndDate;

typedef struct IndPeriod
{
	int			start;			/* code-point offsets, end exclusive */
	int			end;
	bool		has_dates;
	IndDate		first;			/* inclusive */
	IndDate		last;			/* inclusive */
} IndPeriod;

/* ref may be NULL (no reference date). */
extern int	ind_scan_periods(const uint32_t *cp, int n, const IndDate *ref,
							 IndPeriod **out);
/*
 * The period ind_scan_periods(cp, n) finds at i when no character before
 * i can begin one (spaces): false when it finds none there.  Spares the
 * scan of the rest of cp where only a period at i matters.
 */
extern bool ind_period_at(const uint32_t *cp, int n, int i,
						  const IndDate *ref, IndPeriod *p);
extern bool ind_parse_period_cp(const uint32_t *cp, int n, const IndDate *ref,
								IndPeriod *p);

#endif							/* INDNEWS_PERIOD_H */
