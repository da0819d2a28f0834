/*
 * metric.h
 *		Economic metrics from running text: the contract of
 *		indnews.extract_metrics() (README, section "Metrics").
 */
#ifndef INDNEWS_METRIC_H
#define INDNEWS_METRIC_H

#include <stdbool.h>

#include "numeral.h"
#include "period.h"
#include "quantity.h"

typedef struct IndMetric
{
	const char *indicator;		/* canonical name, or NULL */
	char	   *subject;		/* the phrase the text uses, normal form */
	const char *measure;		/* value yoy mom share progress rank diff_pp
								 * increase capacity */
	IndDec		value;			/* sign applied */
	char		unit[IND_UNIT_STRLEN];
	bool		has_base;
	IndDec		base_value;
	const char *base_unit;
	const char *qualifier;
	bool		has_period_dates;
	IndDate		period_start;
	IndDate		period_end;
	char	   *period_label;	/* NULL when no period governs */
	char	   *region;			/* NULL when unknown */
	char	   *region_code;
	char	   *scope;			/* for rank and diff_pp */
	bool		is_target;
	int			sentence_start; /* byte offsets of the sentence in the input */
	int			sentence_end;
	int			span_start;		/* character offsets of number and unit */
	int			span_end;
	bool		wants_home;		/* internal: region is the home city's */
} IndMetric;

/*
 * The caller's context: the publication date (NULL when unknown) and the
 * home region's name and code (NULL when unknown) that 全市, 我市, 本市 and
 * 该市 stand for.  Extra aliases map user words onto user indicators.
 */
typedef struct IndMetricContext
{
	const IndDate *published;
	const char *home_region;	/* full official name */
	const char *home_region_code;
	int			home_row;		/* gazetteer row, or -1 */
	int			n_extra;
	const char *const *extra_alias;	/* normal form */
	const char *const *extra_indicator;
} IndMetricContext;

/* Every metric of in[0..len); *out is ind_alloc'd (NULL when none). */
extern int	ind_extract_metrics(const char *in, size_t len,
								const IndMetricContext *ctx, IndMetric **out);

/*
 * Fill ctx's home region from given: a GB/T 2260 code or a name (the
 * gazetteer's, else kept as given).  With given NULL, extraction infers it
 * from the text: the first city its first lines name (title, dateline),
 * else the one a source line names (梧州日报, 來源:嘉峪關日報), else the
 * city it mentions most.
 */
extern void ind_metric_home_region(const char *given, IndMetricContext *ctx);
extern void ind_free_metrics(IndMetric *m, int n);

#endif							/* INDNEWS_METRIC_H */
