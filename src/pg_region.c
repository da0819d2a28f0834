/*
 * pg_region.c
 *		fmgr glue of the gazetteer: indnews.regions(text) and the rows that
 *		fill the table indnews.division.
 *
 * The gazetteer is compiled in (src/gen/region_table.h), so the table and
 * the scanner cannot disagree: the extension script fills indnews.division
 * from indnews_division_rows() rather than from a file of its own.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "pg_glue.h"
#include "region.h"

PG_FUNCTION_INFO_V1(indnews_regions);
PG_FUNCTION_INFO_V1(indnews_division_rows);

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

/*
 * regions(text) -> SETOF (start int, "end" int, span text, code text,
 * name text, level text): every region mention, 0-based character offsets,
 * end exclusive; code NULL when a full name is shared by several rows and
 * nothing in the text tells them apart.
 */
Datum
indnews_regions(PG_FUNCTION_ARGS)
{
	text	   *t;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	IndRegionMatch *m;
	int			n;
	int			k;

	ind_require_utf8();
	t = PG_GETARG_TEXT_PP(0);
	ind_init_srf(fcinfo);
	n = ind_region_scan(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), -1, &m);
	for (k = 0; k < n; k++)
	{
		Datum		v[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		v[0] = Int32GetDatum(m[k].start);
		v[1] = Int32GetDatum(m[k].end);
		v[2] = PointerGetDatum(ind_text_from_buf(VARDATA_ANY(t) + m[k].byte_start,
												 m[k].byte_end - m[k].byte_start));
		v[3] = text_or_null(m[k].code, &nulls[3]);
		v[4] = CStringGetTextDatum(m[k].name);
		v[5] = CStringGetTextDatum(ind_region_level_name(m[k].level));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	if (m)
		pfree(m);
	return (Datum) 0;
}

/*
 * division_rows() -> SETOF (code, name, short_name, level, parent_code,
 * name_traditional): the compiled-in gazetteer, for the extension script.
 */
Datum
indnews_division_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n = ind_region_count();
	int			i;

	ind_require_utf8();
	ind_init_srf(fcinfo);
	for (i = 0; i < n; i++)
	{
		const IndRegionInfo *r = ind_region_get(i);
		Datum		v[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		v[0] = CStringGetTextDatum(r->code);
		v[1] = CStringGetTextDatum(r->name);
		v[2] = text_or_null(r->short_name, &nulls[2]);
		v[3] = CStringGetTextDatum(ind_region_level_name(r->level));
		v[4] = text_or_null(r->parent_code, &nulls[4]);
		v[5] = text_or_null(r->name_trad, &nulls[5]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
