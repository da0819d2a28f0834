/*
 * article.h
 *		From a raw crawled document to an article: front matter, HTML,
 *		boilerplate, bylines, source, dates.
 */
#ifndef INDNEWS_ARTICLE_H
#define INDNEWS_ARTICLE_H

#include <stddef.h>

#include "damage.h"
#include "script_detect.h"

typedef struct IndStrList
{
	char	  **items;			/* NUL-terminated UTF-8 strings */
	int			n;
	int			cap;
} IndStrList;

typedef struct IndDateTime
{
	int			year,
				month,
				day;
	int			hour,
				minute,
				second;
	int			has_time;
	int			has_offset;		/* the text gave a UTC offset */
	int			offset_minutes; /* east of UTC; +480 (China) when not given */
} IndDateTime;

typedef struct IndArticle
{
	char	   *title;			/* NULL when none is recognised */
	int			has_published;
	IndDateTime published;
	char	   *source;			/* the outlet, in simplified script */
	IndStrList	authors;
	char	   *url;
	IndStrList	categories;
	IndStrList	tags;
	char	   *body;			/* paragraphs separated by "\n" */
	size_t		body_len;
	IndScript	script;
	IndDamageReport damage;		/* of the raw document */
} IndArticle;

/* Parse raw[0..len) into *art; every pointer in it is ind_alloc'd. */
extern void ind_parse_article(const char *raw, size_t len, IndArticle *art);
extern void ind_free_article(IndArticle *art);

/*
 * Parse a date such as "2022-03-21 08:46:11 +0800", "2023-12-19" or
 * "2022年3月21日" at the start of s[0..len); 1 when one was found.
 */
extern int	ind_parse_date(const char *s, size_t len, IndDateTime *date);

#endif							/* INDNEWS_ARTICLE_H */
