/*
 * pg_metric.c
 *		SQL surface of the metric layer: extract_metrics().
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "metric.h"
#include "pg_glue.h"

PG_FUNCTION_INFO_V1(indnews_extract_metrics);

#define METRIC_NATTS 18

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

/* The text elements of a one-dimensional array, or none. */
static int
text_array_elements(ArrayType *a, char ***out)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	int			kept = 0;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("user indicator arrays must be one-dimensional")));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	*out = palloc(sizeof(char *) * (n + 1));
	for (i = 0; i < n; i++)
		(*out)[kept++] = nulls[i] ? NULL : TextDatumGetCString(elems[i]);
	return kept;
}

/*
 * extract_metrics(body text, published date, home_region text
 *				   [, user_aliases text[], user_indicators text[]])
 *
 * Not STRICT: published and home_region may be NULL.  A NULL body gives no
 * rows.  The user arrays pair an alias (in normal form) with the indicator
 * it stands for; NULL entries are skipped.
 */
Datum
indnews_extract_metrics(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	IndMetricContext ctx;
	IndDate		published;
	IndMetric  *metrics;
	int			n;
	int			i;
	char	  **aliases = NULL;
	char	  **indicators = NULL;
	char	   *data;

	ind_require_utf8();
	ind_init_srf(fcinfo);
	if (rsinfo->setDesc->natts != METRIC_NATTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("indnews.metric has %d attributes, expected %d",
						rsinfo->setDesc->natts, METRIC_NATTS),
				 errhint("Update the extension: ALTER EXTENSION indnews UPDATE.")));
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_TEXT_PP(0);
	data = VARDATA_ANY(body);

	memset(&ctx, 0, sizeof(ctx));
	ctx.published = ind_date_arg(fcinfo, 1, &published);
	ctx.home_row = -1;
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		ctx.home_region = text_to_cstring(PG_GETARG_TEXT_PP(2));
	if (PG_NARGS() > 4 && !PG_ARGISNULL(3) && !PG_ARGISNULL(4))
	{
		int			na = text_array_elements(PG_GETARG_ARRAYTYPE_P(3), &aliases);
		int			ni = text_array_elements(PG_GETARG_ARRAYTYPE_P(4), &indicators);
		int			kept = 0;

		if (na != ni)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("user_aliases and user_indicators must have the same length"),
					 errdetail("%d aliases and %d indicators were given.", na, ni)));
		for (i = 0; i < na; i++)
			if (aliases[i] != NULL && aliases[i][0] != '\0' && indicators[i] != NULL)
			{
				aliases[kept] = aliases[i];
				indicators[kept] = indicators[i];
				kept++;
			}
		ctx.n_extra = kept;
		ctx.extra_alias = (const char *const *) aliases;
		ctx.extra_indicator = (const char *const *) indicators;
	}

	n = ind_extract_metrics(data, VARSIZE_ANY_EXHDR(body), &ctx, &metrics);
	for (i = 0; i < n; i++)
	{
		const IndMetric *m = &metrics[i];
		Datum		v[METRIC_NATTS];
		bool		nulls[METRIC_NATTS];
		int			s = m->sentence_start;
		int			e = m->sentence_end;

		memset(nulls, 0, sizeof(nulls));
		v[0] = text_or_null(m->indicator, &nulls[0]);
		v[1] = text_or_null(m->subject, &nulls[1]);
		v[2] = CStringGetTextDatum(m->measure);
		v[3] = ind_dec_datum(&m->value);
		v[4] = text_or_null(m->unit[0] ? m->unit : NULL, &nulls[4]);
		if (m->has_base)
			v[5] = ind_dec_datum(&m->base_value);
		else
			nulls[5] = true;
		v[6] = text_or_null(m->base_unit, &nulls[6]);
		v[7] = text_or_null(m->qualifier, &nulls[7]);
		if (!m->has_period_dates || !ind_date_datum(&m->period_start, &v[8]) ||
			!ind_date_datum(&m->period_end, &v[9]))
			nulls[8] = nulls[9] = true;
		v[10] = text_or_null(m->period_label, &nulls[10]);
		v[11] = text_or_null(m->region, &nulls[11]);
		v[12] = text_or_null(m->region_code, &nulls[12]);
		v[13] = text_or_null(m->scope, &nulls[13]);
		v[14] = BoolGetDatum(m->is_target);
		/* the sentence without the line break or spaces that end it */
		while (e > s && (data[e - 1] == '\n' || data[e - 1] == '\r' || data[e - 1] == ' '))
			e--;
		v[15] = PointerGetDatum(cstring_to_text_with_len(data + s, e - s));
		v[16] = Int32GetDatum(m->span_start);
		v[17] = Int32GetDatum(m->span_end);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	ind_free_metrics(metrics, n);
	return (Datum) 0;
}
