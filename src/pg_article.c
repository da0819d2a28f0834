/*
 * pg_article.c
 *		SQL surface of the article layer: parse_article(text).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "article.h"
#include "pg_glue.h"

PG_FUNCTION_INFO_V1(indnews_parse_article);

/* Attribute numbers of indnews.article, as the upgrade script creates it. */
enum
{
	ART_TITLE, ART_PUBLISHED, ART_SOURCE, ART_AUTHORS, ART_URL,
	ART_CATEGORIES, ART_TAGS, ART_BODY, ART_SCRIPT, ART_DAMAGE, ART_NATTS
};

static Datum
text_array(const IndStrList *l)
{
	Datum	   *elems = palloc(sizeof(Datum) * (l->n > 0 ? l->n : 1));
	int			i;

	for (i = 0; i < l->n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(l->items[i]));
	return PointerGetDatum(construct_array(elems, l->n, TEXTOID, -1, false,
										   TYPALIGN_INT));
}

/*
 * The instant of a parsed date; *ok is false when the calendar date does
 * not exist (2022-02-30), which then reads as no date at all.
 */
static TimestampTz
date_to_timestamptz(const IndDateTime *d, bool *ok)
{
	int			jd;
	int			y,
				m,
				dd;

	*ok = false;
	if (!IS_VALID_JULIAN(d->year, d->month, d->day))
		return 0;
	jd = date2j(d->year, d->month, d->day);
	j2date(jd, &y, &m, &dd);
	if (y != d->year || m != d->month || dd != d->day)
		return 0;
	*ok = true;
	return (TimestampTz) (jd - POSTGRES_EPOCH_JDATE) * USECS_PER_DAY +
		((int64) ((d->hour * 60 + d->minute) * 60 + d->second) -
		 (int64) d->offset_minutes * 60) * USECS_PER_SEC;
}

/* pg_damage.c */
extern Datum damage_report_datum(const IndDamageReport *r, TupleDesc tupdesc);

Datum
indnews_parse_article(PG_FUNCTION_ARGS)
{
	text	   *raw;
	TupleDesc	tupdesc;
	TupleDesc	damage_desc;
	Datum		values[ART_NATTS];
	bool		nulls[ART_NATTS];
	IndArticle	art;
	bool		ok;

	ind_require_utf8();
	raw = PG_GETARG_TEXT_PP(0);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	if (tupdesc->natts != ART_NATTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("indnews.article has %d attributes, expected %d",
						tupdesc->natts, ART_NATTS),
				 errhint("Update the extension: ALTER EXTENSION indnews UPDATE.")));
	tupdesc = BlessTupleDesc(tupdesc);
	damage_desc = lookup_rowtype_tupdesc_copy(TupleDescAttr(tupdesc, ART_DAMAGE)->atttypid, -1);

	ind_parse_article(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), &art);

	memset(nulls, 0, sizeof(nulls));
	if (art.title)
		values[ART_TITLE] = PointerGetDatum(cstring_to_text(art.title));
	else
		nulls[ART_TITLE] = true;
	values[ART_PUBLISHED] = 0;
	nulls[ART_PUBLISHED] = true;
	if (art.has_published)
	{
		TimestampTz ts = date_to_timestamptz(&art.published, &ok);

		if (ok && IS_VALID_TIMESTAMP(ts))
		{
			values[ART_PUBLISHED] = TimestampTzGetDatum(ts);
			nulls[ART_PUBLISHED] = false;
		}
	}
	if (art.source)
		values[ART_SOURCE] = PointerGetDatum(cstring_to_text(art.source));
	else
		nulls[ART_SOURCE] = true;
	values[ART_AUTHORS] = text_array(&art.authors);
	if (art.url)
		values[ART_URL] = PointerGetDatum(cstring_to_text(art.url));
	else
		nulls[ART_URL] = true;
	values[ART_CATEGORIES] = text_array(&art.categories);
	values[ART_TAGS] = text_array(&art.tags);
	values[ART_BODY] = PointerGetDatum(ind_text_from_buf(art.body, art.body_len));
	if (art.script == IND_SCRIPT_NONE)
		nulls[ART_SCRIPT] = true;
	else
		values[ART_SCRIPT] = PointerGetDatum(cstring_to_text(ind_script_name(art.script)));
	values[ART_DAMAGE] = damage_report_datum(&art.damage, damage_desc);
	ind_free_article(&art);

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
