/*
 * fuzz_article.c
 *		libFuzzer target: parse_article() (src/article.c).
 *
 * Properties on server text: every field is server text; the body's
 * length is what body_len says; a published date is a calendar date.
 */
#include "fuzz_common.h"

#include "article.h"

static void
check_list(const IndStrList *l)
{
	int			i;

	FUZZ_CHECK(l->n >= 0 && l->n <= l->cap);
	for (i = 0; i < l->n; i++)
		FUZZ_CHECK(fuzz_str_ok(l->items[i]));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	IndArticle	art;
	IndDateTime		d;

	ind_parse_article((const char *) data, size, &art);
	if (fuzz_is_server_text(data, size))
	{
		FUZZ_CHECK(fuzz_str_ok(art.title) && fuzz_str_ok(art.source) &&
				   fuzz_str_ok(art.url));
		FUZZ_CHECK(art.body != NULL && strlen(art.body) == art.body_len);
		FUZZ_CHECK(fuzz_str_ok(art.body));
		check_list(&art.authors);
		check_list(&art.categories);
		check_list(&art.tags);
		if (art.has_published)
			FUZZ_CHECK(art.published.month >= 1 && art.published.month <= 12 &&
					   art.published.day >= 1 && art.published.day <= 31);
	}
	ind_free_article(&art);
	(void) ind_parse_date((const char *) data, size, &d);
	return 0;
}
