/*
 * article.c
 *		From a raw crawled document to an article.
 *
 * The crawler stores what it fetched in one of a few layouts: Jekyll front
 * matter over HTML paragraphs, plain text with a byline line under the
 * title, or the damaged text of a GBK mirror.  Parsing goes in steps:
 *
 *	1. front matter (title, date, categories, tags, ...) is read and cut;
 *	2. the mirror's damage is repaired (damage.c) and its pinyin glosses
 *	   removed (pinyin.c), so that labels such as 來(lái)源 read as 來源;
 *	3. HTML becomes lines: block tags end a line, other tags go, entities
 *	   are decoded;
 *	4. each line is classified: the article's own link, navigation,
 *	   boilerplate notices, "label: value" metadata, bylines; what is
 *	   recognised fills a field and leaves the body;
 *	5. a plain layout's first line is the title when it looks like one, and
 *	   a line of bare names right under it the byline.
 *
 * Whatever is not recognised stays in the body: a layout we do not know
 * yields a body with all its text rather than a short one.  The words
 * recognised are data (src/data/article_markers.tsv), not code.
 */
#include <string.h>

#include "article.h"
#include "article_markers.h"
#include "convert.h"
#include "core_env.h"
#include "strbuf.h"
#include "damage.h"
#include "pinyin.h"
#include "script_detect.h"
#include "utf8.h"

/* A title is at most this many characters; longer first lines are text. */
#define MAX_TITLE_CHARS 64
/* Metadata, byline and notice lines are short. */
#define MAX_META_CHARS	60
#define MAX_BYLINE_CHARS 40
#define MAX_NOTICE_CHARS 80
/* Lines at either end of an article where credits and metadata stand. */
#define EDGE_LINES		6
/* Offset assumed when a date gives none: the news is Chinese. */
#define CHINA_OFFSET_MINUTES 480


typedef struct Line
{
	char	   *s;				/* into the working text, not terminated */
	size_t		len;
	int			dropped;
} Line;

static size_t match_suffix(const char *s, size_t len);
static int	has_sentence_punct(const char *s, size_t len);
static void free_list(IndStrList *l);

/* ---- strings ------------------------------------------------------- */

static void
list_add(IndStrList *l, const char *p, size_t n)
{
	int			i;

	for (i = 0; i < l->n; i++)
		if (strlen(l->items[i]) == n && memcmp(l->items[i], p, n) == 0)
			return;				/* a name given twice is one author */
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 4;
		l->items = l->items ? ind_realloc(l->items, l->cap * sizeof(char *))
			: ind_alloc(l->cap * sizeof(char *));
	}
	l->items[l->n++] = ind_strndup(p, n);
}

static int
is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' ||
		cp == 0xA0 || cp == 0x3000 || (cp >= 0x2002 && cp <= 0x200B) ||
		cp == 0xFEFF;
}

/* Trim white space (including no-break and ideographic spaces) at both ends. */
static void
trim(const char **s, size_t *len)
{
	const unsigned char *p = (const unsigned char *) *s;
	const unsigned char *end = p + *len;

	while (p < end)
	{
		int			clen;

		if (!is_space_cp(utf8_decode(p, end, &clen)))
			break;
		p += clen;
	}
	while (end > p)
	{
		const unsigned char *q = end - 1;
		int			clen;

		while (q > p && (*q & 0xC0) == 0x80)
			q--;
		if (!is_space_cp(utf8_decode(q, end, &clen)))
			break;
		end = q;
	}
	*s = (const char *) p;
	*len = (size_t) (end - p);
}

static size_t
char_count(const char *s, size_t len)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static const char *
find_n(const char *hay, size_t hlen, const char *needle)
{
	size_t		nlen = strlen(needle);
	size_t		i;

	if (nlen == 0 || nlen > hlen)
		return NULL;
	for (i = 0; i + nlen <= hlen; i++)
		if (memcmp(hay + i, needle, nlen) == 0)
			return hay + i;
	return NULL;
}

static int
strncasecmp_ascii(const char *a, const char *b, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		char		ca = (a[i] >= 'A' && a[i] <= 'Z') ? a[i] + 32 : a[i];
		char		cb = (b[i] >= 'A' && b[i] <= 'Z') ? b[i] + 32 : b[i];

		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
	return 0;
}

static int
starts_with(const char *s, size_t len, const char *prefix)
{
	size_t		n = strlen(prefix);

	return n <= len && memcmp(s, prefix, n) == 0;
}

/* Length of the longest marker of list that s starts with, or 0. */
static size_t
match_marker(const char *s, size_t len, const char *const *list)
{
	size_t		best = 0;
	int			i;

	for (i = 0; list[i] != NULL; i++)
	{
		size_t		n = strlen(list[i]);

		if (n > best && starts_with(s, len, list[i]))
			best = n;
	}
	return best;
}

static int
in_list(const char *s, size_t len, const char *const *list)
{
	int			i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == len && memcmp(s, list[i], len) == 0)
			return 1;
	return 0;
}

static int
is_han_at(const char *s, size_t len, int *clen)
{
	uint32_t	cp = utf8_decode((const unsigned char *) s,
								 (const unsigned char *) s + len, clen);

	return utf8_is_han(cp);
}

/* ---- dates ---------------------------------------------------------- */

static int
read_int(const char **p, const char *end, int maxdigits, int *val)
{
	int			n = 0;

	*val = 0;
	while (*p < end && n < maxdigits && **p >= '0' && **p <= '9')
	{
		*val = *val * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

/* Skip one date separator: - / . or the given Chinese unit. */
static int
skip_sep(const char **p, const char *end, const char *unit)
{
	if (*p < end && (**p == '-' || **p == '/' || **p == '.'))
	{
		(*p)++;
		return 1;
	}
	if (unit && starts_with(*p, end - *p, unit))
	{
		*p += strlen(unit);
		return 1;
	}
	return 0;
}

int
ind_parse_date(const char *s, size_t len, IndDateTime *d)
{
	const char *p = s;
	const char *end = s + len;
	const char *q;
	int			sign;
	int			oh,
				om;

	memset(d, 0, sizeof(*d));
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (read_int(&p, end, 4, &d->year) != 4 || !skip_sep(&p, end, "年") ||
		read_int(&p, end, 2, &d->month) == 0 || !skip_sep(&p, end, "月") ||
		read_int(&p, end, 2, &d->day) == 0)
		return 0;
	if (starts_with(p, end - p, "日"))
		p += strlen("日");
	if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31)
		return 0;
	d->offset_minutes = CHINA_OFFSET_MINUTES;

	/* optional time */
	q = p;
	while (q < end && (*q == ' ' || *q == 'T'))
		q++;
	if (read_int(&q, end, 2, &d->hour) > 0 && q < end && *q == ':' &&
		(q++, read_int(&q, end, 2, &d->minute) == 2))
	{
		if (q < end && *q == ':')
		{
			q++;
			if (read_int(&q, end, 2, &d->second) != 2)
				return 1;		/* keep the date, drop the broken time */
		}
		if (d->hour > 23 || d->minute > 59 || d->second > 60)
		{
			d->hour = d->minute = d->second = 0;
			return 1;
		}
		d->has_time = 1;
		p = q;
	}
	else
	{
		d->hour = 0;
		return 1;
	}

	/* optional offset: +0800, +08:00, Z */
	while (p < end && *p == ' ')
		p++;
	if (p < end && *p == 'Z')
	{
		d->has_offset = 1;
		d->offset_minutes = 0;
		return 1;
	}
	if (p < end && (*p == '+' || *p == '-'))
	{
		sign = *p == '-' ? -1 : 1;
		p++;
		if (read_int(&p, end, 2, &oh) != 2)
			return 1;
		if (p < end && *p == ':')
			p++;
		if (read_int(&p, end, 2, &om) != 2 || oh > 14 || om > 59)
			return 1;
		d->has_offset = 1;
		d->offset_minutes = sign * (oh * 60 + om);
	}
	return 1;
}

/* ---- names ---------------------------------------------------------- */

/* Byte lengths of the Han characters of s[0..len), at most max. */
static int
han_chars(const char *s, size_t len, int *lens, int max)
{
	int			n = 0;
	size_t		i = 0;

	while (i < len && n < max)
	{
		int			clen;

		if (!is_han_at(s + i, len - i, &clen))
			return -1;
		lens[n++] = clen;
		i += clen;
	}
	return i == len ? n : -1;
}

static int
is_surname_at(const char *s, size_t len)
{
	int			clen;

	if (match_marker(s, len, ind_marker_compound_surname) > 0)
		return 1;
	if (!is_han_at(s, len, &clen))
		return 0;
	return in_list(s, clen, ind_marker_surname);
}

/*
 * Split a run of Han characters holding one or more names printed without
 * a space (梁斌杰黄武成).  Names have two or three characters, four with a
 * compound surname; a three-character name is taken when a surname starts
 * the next one.
 */
static void
add_names_run(IndStrList *authors, const char *s, size_t len)
{
	int			lens[64];
	int			n = han_chars(s, len, lens, 64);
	int			take[32];
	size_t		start[32];
	int			pieces = 0;
	int			i = 0;
	size_t		off = 0;
	int			k;

	if (n < 2)
		return;
	while (n - i >= 2 && pieces < 32)
	{
		size_t		off2 = off + lens[i] + lens[i + 1];
		size_t		off3 = n - i > 3 ? off2 + lens[i + 2] : len;

		if (n - i <= 3)
			take[pieces] = n - i;
		else if (match_marker(s + off, len - off, ind_marker_compound_surname) > 0)
			take[pieces] = (n - i == 4 || n - i >= 6) ? 4 : 3;
		else if (n - i == 4)
			take[pieces] = 2;
		else if (is_surname_at(s + off3, len - off3))
			take[pieces] = 3;
		else if (is_surname_at(s + off2, len - off2))
			take[pieces] = 2;
		else
			take[pieces] = 3;
		start[pieces] = off;
		for (k = i; k < i + take[pieces]; k++)
			off += lens[k];
		i += take[pieces];
		pieces++;
	}
	/*
	 * Several names run together must each start with a surname and leave
	 * nothing over; otherwise the run is not names (做個聰明選民).
	 */
	if (pieces > 1 || n > 4)
	{
		if (i != n)
			return;
		for (k = 0; k < pieces; k++)
			if (!is_surname_at(s + start[k], len - start[k]))
				return;
	}
	for (k = 0; k < pieces; k++)
	{
		size_t		blen = (k + 1 < pieces ? start[k + 1] : off) - start[k];

		list_add(authors, s + start[k], blen);
	}
}

/* Does this run of Han text name an organisation (融媒体中心) rather than people? */
static int
is_org(const char *s, size_t len)
{
	static const char *const ends[] = {"中心", "报", "報", "台", "站", "社",
	"网", "網", "局", "部", "办", "辦", "院", "所", NULL};
	int			i;

	for (i = 0; ends[i] != NULL; i++)
	{
		size_t		n = strlen(ends[i]);

		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Where parse_byline puts what it finds. */
typedef struct Byline
{
	IndStrList *authors;
	char	  **outlet;			/* may be NULL: nobody wants it */
	int			marked;
	int			seen_role;
} Byline;

/*
 * The Han run s[0..len) of a byline ended, at a role when at_role.  Before
 * the first role, or ending like an outlet's name, it names the outlet
 * (新华社记者, 融媒体中心记者), not a person.
 */
static void
byline_run(Byline *b, const char *s, size_t len, int at_role)
{
	if (len == 0)
		return;
	if (at_role && (!b->seen_role || is_org(s, len)))
	{
		if (b->outlet && *b->outlet == NULL && is_org(s, len) &&
			!in_list(s, len, ind_marker_generic_org))
			*b->outlet = ind_strndup(s, len);
		return;
	}
	if (b->marked && !at_role)
	{
		size_t		sl = match_suffix(s, len);

		if (sl && char_count(s, len - sl) >= 2)
			len -= sl;
	}
	add_names_run(b->authors, s, len);
}

/*
 * Parse a byline: roles (本报记者, 通讯员) and names, names separated by
 * spaces, 、 or commas, or by nothing (then split by add_names_run).  With
 * marked set (■ 李梦安文), a trailing 文 or 摄 is the byline's suffix.
 */
static void
parse_byline(const char *s, size_t len, int marked, IndStrList *authors,
			 char **outlet)
{
	Byline		b;
	const char *run = NULL;
	size_t		i = 0;

	b.authors = authors;
	b.outlet = outlet;
	b.marked = marked;
	b.seen_role = 0;
	while (i < len)
	{
		size_t		rl = match_marker(s + i, len - i, ind_marker_role);
		int			clen;

		if (rl > 0)
		{
			if (run)
				byline_run(&b, run, (size_t) (s + i - run), 1);
			run = NULL;
			b.seen_role = 1;
			i += rl;
			continue;
		}
		if (is_han_at(s + i, len - i, &clen))
		{
			if (run == NULL)
				run = s + i;
			i += clen;
			continue;
		}
		if (run)
			byline_run(&b, run, (size_t) (s + i - run), 0);
		run = NULL;
		i += clen;
	}
	if (run)
		byline_run(&b, run, (size_t) (s + len - run), 0);
}

/* Byte length of a byline suffix (文, 摄) ending s[0..len), or 0. */
static size_t
match_suffix(const char *s, size_t len)
{
	int			i;

	for (i = 0; ind_marker_byline_suffix[i] != NULL; i++)
	{
		size_t		n = strlen(ind_marker_byline_suffix[i]);

		if (len > n && memcmp(s + len - n, ind_marker_byline_suffix[i], n) == 0)
			return n;
	}
	return 0;
}

/*
 * A line of bare names under a plain layout's title: 羅 徽 賀游磊.  Two
 * names of two characters are printed with a space inside, to line up
 * with three-character ones, so single characters pair up.  Every name
 * must start with a surname, or the line is text.
 */
static int
parse_names_line(const char *s, size_t len, IndStrList *authors)
{
	const char *tok[16];
	size_t		toklen[16];
	int			ntok = 0;
	const char *names[16];
	size_t		namelen[16];
	int			nnames = 0;
	size_t		i = 0;
	int			k;

	while (i < len)
	{
		int			clen;
		int			lens[8];

		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= len)
			break;
		if (ntok == 16)
			return 0;
		tok[ntok] = s + i;
		while (i < len && s[i] != ' ' && s[i] != '\t')
		{
			if (!is_han_at(s + i, len - i, &clen))
				return 0;
			i += clen;
		}
		toklen[ntok] = (size_t) (s + i - tok[ntok]);
		k = han_chars(tok[ntok], toklen[ntok], lens, 8);
		if (k < 1 || k > 3)
			return 0;
		ntok++;
	}
	if (ntok < 2)
		return 0;
	for (k = 0; k < ntok; k++)
	{
		if (char_count(tok[k], toklen[k]) == 1)
		{
			if (k + 1 >= ntok || char_count(tok[k + 1], toklen[k + 1]) != 1)
				return 0;
			names[nnames] = tok[k];
			namelen[nnames] = (size_t) (tok[k + 1] + toklen[k + 1] - tok[k]);
			nnames++;
			k++;
		}
		else
		{
			names[nnames] = tok[k];
			namelen[nnames] = toklen[k];
			nnames++;
		}
	}
	for (k = 0; k < nnames; k++)
		if (!is_surname_at(names[k], namelen[k]))
			return 0;
	for (k = 0; k < nnames; k++)
	{
		IndStrBuf			b = {0};
		size_t		j = 0;

		/* drop the padding space */
		while (j < namelen[k])
		{
			if (names[k][j] != ' ' && names[k][j] != '\t')
				ind_strbuf_add(&b, names[k] + j, 1);
			j++;
		}
		list_add(authors, b.data, b.len);
		ind_free(b.data);
	}
	return 1;
}

/* ---- HTML ---------------------------------------------------------- */

static const struct
{
	const char *name;
	uint32_t	cp;
}			entities[] = {
	{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'},
	{"apos", '\''}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
	{"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013},
	{"hellip", 0x2026}, {"middot", 0xB7}, {"bull", 0x2022}, {"emsp", 0x2003},
	{"ensp", 0x2002}, {"thinsp", 0x2009}, {"times", 0xD7}, {"yen", 0xA5},
	{"copy", 0xA9}, {"reg", 0xAE}, {"deg", 0xB0}, {"plusmn", 0xB1},
	{"permil", 0x2030}, {"laquo", 0xAB}, {"raquo", 0xBB}
};

/* Decode the entity at s (at '&'); its length in *elen, or 0 if none. */
static uint32_t
decode_entity(const char *s, const char *end, size_t *elen)
{
	const char *semi;
	size_t		n;
	size_t		k;

	*elen = 0;
	for (semi = s + 1; semi < end && semi - s <= 10 && *semi != ';'; semi++)
		;
	if (semi >= end || *semi != ';')
		return 0;
	n = (size_t) (semi - s - 1);
	if (n >= 2 && s[1] == '#')
	{
		uint32_t	v = 0;
		const char *p = s + 2;
		int			hex = (*p == 'x' || *p == 'X');

		if (hex)
			p++;
		if (p == semi)
			return 0;
		for (; p < semi; p++)
		{
			int			dv;

			if (*p >= '0' && *p <= '9')
				dv = *p - '0';
			else if (hex && *p >= 'a' && *p <= 'f')
				dv = *p - 'a' + 10;
			else if (hex && *p >= 'A' && *p <= 'F')
				dv = *p - 'A' + 10;
			else
				return 0;
			v = v * (hex ? 16 : 10) + dv;
			if (v > 0x10FFFF)
				return 0;
		}
		if (v == 0 || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		*elen = (size_t) (semi - s + 1);
		return v;
	}
	for (k = 0; k < sizeof(entities) / sizeof(entities[0]); k++)
		if (strlen(entities[k].name) == n && memcmp(entities[k].name, s + 1, n) == 0)
		{
			*elen = n + 2;
			return entities[k].cp;
		}
	return 0;
}

static int
is_block_tag(const char *name, size_t n)
{
	static const char *const blocks[] = {"p", "br", "div", "li", "ul", "ol",
		"h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
		"blockquote", "header", "footer", "hr", "dd", "dt", "pre", "figure",
	"figcaption", NULL};
	int			i;

	for (i = 0; blocks[i] != NULL; i++)
		if (strlen(blocks[i]) == n && strncasecmp_ascii(blocks[i], name, n) == 0)
			return 1;
	return 0;
}

/*
 * HTML to lines: block tags end a line, other tags go, script and style
 * go with their content, entities are decoded.  An autolink such as
 * <http://...> is not a tag and stays, for the link recogniser.
 */
static void
html_to_text(const char *in, size_t len, IndStrBuf *out)
{
	const char *p = in;
	const char *end = in + len;
	const char *next_check = in + IND_INTERRUPT_STRIDE;

	while (p < end)
	{
		if (p >= next_check)
		{
			ind_check_interrupts();
			next_check = p + IND_INTERRUPT_STRIDE;
		}
		if (*p == '<' && p + 1 < end)
		{
			const char *q = p + 1;
			const char *gt;
			const char *name;
			size_t		n;
			int			closing = 0;

			if ((size_t) (end - q) > 7 && (strncasecmp_ascii(q, "http://", 7) == 0 ||
										   strncasecmp_ascii(q, "https://", 8) == 0))
			{
				ind_strbuf_add(out, p, 1);
				p++;
				continue;
			}
			if ((size_t) (end - q) >= 3 && memcmp(q, "!--", 3) == 0)
			{
				const char *c = find_n(q, end - q, "-->");

				p = c ? c + 3 : end;
				continue;
			}
			if (*q == '/')
			{
				closing = 1;
				q++;
			}
			if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '!'))
			{
				ind_strbuf_add(out, p, 1);
				p++;
				continue;
			}
			gt = memchr(q, '>', end - q);
			if (gt == NULL)
			{
				ind_strbuf_add(out, p, 1);
				p++;
				continue;
			}
			name = q;
			while (q < gt && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
							  (*q >= '0' && *q <= '9')))
				q++;
			n = (size_t) (q - name);
			p = gt + 1;
			if (!closing && ((n == 6 && strncasecmp_ascii(name, "script", 6) == 0) ||
							 (n == 5 && strncasecmp_ascii(name, "style", 5) == 0)))
			{
				/* skip to the closing tag */
				const char *c = p;

				while (c < end && !(c[0] == '<' && c + 1 < end && c[1] == '/' &&
									(size_t) (end - c - 2) >= n &&
									strncasecmp_ascii(c + 2, name, n) == 0))
					c++;
				gt = c < end ? memchr(c, '>', end - c) : NULL;
				p = gt ? gt + 1 : end;
				continue;
			}
			if (is_block_tag(name, n))
				ind_strbuf_add(out, "\n", 1);
			continue;
		}
		if (*p == '&')
		{
			size_t		elen;
			uint32_t	cp = decode_entity(p, end, &elen);

			if (elen > 0)
			{
				ind_strbuf_add_cp(out, cp);
				p += elen;
				continue;
			}
		}
		ind_strbuf_add(out, p, 1);
		p++;
	}
}

/* ---- front matter ---------------------------------------------------- */

/* Unquote a YAML scalar in place: "…" with \" and \\, or '…' with ''. */
static char *
yaml_scalar(const char *s, size_t len)
{
	IndStrBuf			b = {0};
	size_t		i;

	trim(&s, &len);
	if (len >= 2 && s[0] == '"' && s[len - 1] == '"')
	{
		for (i = 1; i + 1 < len; i++)
		{
			if (s[i] == '\\' && i + 2 < len)
				i++;
			ind_strbuf_add(&b, s + i, 1);
		}
	}
	else if (len >= 2 && s[0] == '\'' && s[len - 1] == '\'')
	{
		for (i = 1; i + 1 < len; i++)
		{
			if (s[i] == '\'' && i + 2 < len && s[i + 1] == '\'')
				i++;
			ind_strbuf_add(&b, s + i, 1);
		}
	}
	else
		ind_strbuf_add(&b, s, len);
	if (b.data == NULL)
		ind_strbuf_add(&b, "", 0);
	return b.data;
}

/*
 * A YAML list value: [a, b] or, as Jekyll reads categories and tags, a
 * string of words separated by spaces.
 */
static void
yaml_list(const char *s, size_t len, IndStrList *l)
{
	int			bracket = 0;
	size_t		i = 0;

	trim(&s, &len);
	if (len >= 2 && s[0] == '[' && s[len - 1] == ']')
	{
		bracket = 1;
		s++;
		len -= 2;
	}
	while (i < len)
	{
		size_t		j = i;
		char	   *item;

		while (j < len && (bracket ? s[j] != ',' : (s[j] != ' ' && s[j] != '\t')))
			j++;
		item = yaml_scalar(s + i, j - i);
		if (item[0] != '\0')
			list_add(l, item, strlen(item));
		ind_free(item);
		i = j + 1;
	}
}

/* Read front matter at the start of raw; return the offset of the body. */
static size_t
front_matter(const char *raw, size_t len, IndArticle *art)
{
	const char *p = raw;
	const char *end = raw + len;
	const char *fm_end;
	const char *line;
	const char *last_list_key = NULL;
	size_t		last_list_len = 0;

	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (!(end - p >= 4 && (memcmp(p, "---\n", 4) == 0 ||
						   (end - p >= 5 && memcmp(p, "---\r\n", 5) == 0))))
		return 0;
	p = (const char *) memchr(p, '\n', end - p) + 1;
	/* the closing --- */
	for (fm_end = p; fm_end < end;)
	{
		const char *nl = memchr(fm_end, '\n', end - fm_end);
		size_t		ll = (nl ? nl : end) - fm_end;

		if (ll >= 3 && memcmp(fm_end, "---", 3) == 0 &&
			(ll == 3 || (ll == 4 && fm_end[3] == '\r')))
			break;
		fm_end = nl ? nl + 1 : end;
	}
	if (fm_end >= end)
		return 0;				/* no closing line: not front matter */

	for (line = p; line < fm_end;)
	{
		const char *nl = memchr(line, '\n', fm_end - line);
		const char *le = nl ? nl : fm_end;
		const char *colon;
		const char *key = line;
		size_t		klen;
		const char *val;
		size_t		vlen;

		if ((line[0] == ' ' || line[0] == '-') && last_list_key != NULL)
		{
			/* a block list item under categories: or tags: */
			const char *it = line;
			size_t		ilen = le - line;

			trim(&it, &ilen);
			if (ilen > 1 && it[0] == '-')
			{
				char	   *item = yaml_scalar(it + 1, ilen - 1);
				IndStrList *l = (last_list_len >= 3 && memcmp(last_list_key, "tag", 3) == 0)
				? &art->tags : &art->categories;

				if (item[0])
					list_add(l, item, strlen(item));
				ind_free(item);
			}
			line = le + 1;
			continue;
		}
		last_list_key = NULL;
		colon = memchr(line, ':', le - line);
		if (colon == NULL)
		{
			line = le + 1;
			continue;
		}
		klen = colon - key;
		val = colon + 1;
		vlen = le - val;
		trim(&val, &vlen);
#define KEY(k) (klen == strlen(k) && memcmp(key, k, klen) == 0)
		if (KEY("title") && art->title == NULL)
			art->title = yaml_scalar(val, vlen);
		else if (KEY("date") && !art->has_published)
		{
			char	   *v = yaml_scalar(val, vlen);

			art->has_published = ind_parse_date(v, strlen(v), &art->published);
			ind_free(v);
		}
		else if (KEY("categories") || KEY("category"))
		{
			if (vlen == 0)
			{
				last_list_key = "categories";
				last_list_len = 10;
			}
			yaml_list(val, vlen, &art->categories);
		}
		else if (KEY("tags") || KEY("tag"))
		{
			if (vlen == 0)
			{
				last_list_key = "tags";
				last_list_len = 4;
			}
			yaml_list(val, vlen, &art->tags);
		}
		else if ((KEY("url") || KEY("link") || KEY("source_url")) && art->url == NULL)
			art->url = yaml_scalar(val, vlen);
		else if (KEY("source") && art->source == NULL)
			art->source = yaml_scalar(val, vlen);
		else if (KEY("author") || KEY("authors"))
		{
			char	   *v = yaml_scalar(val, vlen);

			parse_byline(v, strlen(v), 0, &art->authors, NULL);
			ind_free(v);
		}
#undef KEY
		line = le + 1;
	}
	{
		const char *nl = memchr(fm_end, '\n', end - fm_end);

		return nl ? (size_t) (nl + 1 - raw) : len;
	}
}

/* ---- lines ---------------------------------------------------------- */

static int
is_bullet(uint32_t cp)
{
	return cp == 0x2022 || cp == 0xB7 || cp == 0x25CF || cp == 0x25AA ||
		cp == 0x25E6 || cp == 0x2027 || cp == 0x30FB || cp == '*' || cp == '-';
}

static int
is_colon_at(const char *s, size_t len, size_t *clen)
{
	if (len >= 1 && s[0] == ':')
	{
		*clen = 1;
		return 1;
	}
	if (starts_with(s, len, "："))
	{
		*clen = strlen("：");
		return 1;
	}
	return 0;
}

/*
 * Copy s without bullets in front, without the spaces between two Han
 * characters (來 源: 瀏 覽: 0 -> 來源:瀏覽: 0) and without wrapping
 * parentheses: the form labels are matched in.
 */
static void
compact_line(const char *s, size_t len, IndStrBuf *out)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;
	uint32_t	prev = 0;
	int			lead = 1;

	while (p < end)
	{
		int			clen;
		uint32_t	cp = utf8_decode(p, end, &clen);

		if (lead && (is_space_cp(cp) || is_bullet(cp)))
		{
			p += clen;
			continue;
		}
		lead = 0;
		if (is_space_cp(cp) && utf8_is_han(prev))
		{
			const unsigned char *q = p;
			int			ql;
			uint32_t	nx = 0;

			while (q < end && is_space_cp(nx = utf8_decode(q, end, &ql)))
				q += ql;
			if (q < end && utf8_is_han(nx))
			{
				p = q;
				continue;
			}
		}
		ind_strbuf_add(out, p, clen);
		prev = cp;
		p += clen;
	}
	if (out->data == NULL)
		ind_strbuf_add(out, "", 0);
	/* wrapping parentheses: （文章来源：梧州日报） */
	{
		const char *d = out->data;
		size_t		n = out->len;
		size_t		ol = 0,
					cl = 0;

		if (starts_with(d, n, "（"))
			ol = strlen("（");
		else if (n && d[0] == '(')
			ol = 1;
		if (n >= 3 && memcmp(d + n - 3, "）", 3) == 0)
			cl = 3;
		else if (n && d[n - 1] == ')')
			cl = 1;
		if (ol && cl && n >= ol + cl)
		{
			memmove(out->data, d + ol, n - ol - cl);
			out->len = n - ol - cl;
			out->data[out->len] = '\0';
		}
	}
}

enum LabelKind
{
	LABEL_NONE, LABEL_SOURCE, LABEL_DATE, LABEL_COUNTER, LABEL_AUTHOR, LABEL_URL
};

/* A label followed by a colon at s: its kind, and the bytes both take. */
static enum LabelKind
label_at(const char *s, size_t len, size_t *taken)
{
	static const struct
	{
		const char *const *list;
		enum LabelKind kind;
	}			kinds[] = {
		{ind_marker_label_source, LABEL_SOURCE},
		{ind_marker_label_date, LABEL_DATE},
		{ind_marker_label_counter, LABEL_COUNTER},
		{ind_marker_label_author, LABEL_AUTHOR},
		{ind_marker_label_url, LABEL_URL}
	};
	size_t		best = 0;
	enum LabelKind kind = LABEL_NONE;
	size_t		k;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
	{
		size_t		n = match_marker(s, len, kinds[k].list);
		size_t		cl;

		if (n > best && is_colon_at(s + n, len - n, &cl))
		{
			best = n;
			kind = kinds[k].kind;
			*taken = n + cl;
		}
	}
	return kind;
}

static size_t
next_char(const char *s, size_t len)
{
	int			clen;

	utf8_decode((const unsigned char *) s, (const unsigned char *) s + len, &clen);
	return (size_t) clen;
}

/* Trim a metadata value: spaces and the brackets around an outlet name. */
static void
trim_value(const char **v, size_t *vlen)
{
	static const char *const brackets[] = {"《", "》", "「", "」", "【", "】", "（", "）", NULL};
	int			again = 1;

	while (again)
	{
		int			i;

		again = 0;
		trim(v, vlen);
		for (i = 0; brackets[i] != NULL; i++)
		{
			size_t		n = strlen(brackets[i]);

			if (*vlen >= n && memcmp(*v, brackets[i], n) == 0)
			{
				*v += n;
				*vlen -= n;
				again = 1;
			}
			else if (*vlen >= n && memcmp(*v + *vlen - n, brackets[i], n) == 0)
			{
				*vlen -= n;
				again = 1;
			}
		}
		if (*vlen && ((*v)[*vlen - 1] == ')' || (*v)[*vlen - 1] == '(' ||
					  (*v)[*vlen - 1] == ','))
		{
			(*vlen)--;
			again = 1;
		}
	}
}

/*
 * A "label: value" metadata line (來源:荊門市經信局, • 時間:2023-12-19,
 * 來 源: 瀏 覽: 0, （文章来源：梧州日报）): fill the fields, return 1.
 */
/* Is v[0..vlen) a plausible value for a label of this kind? */
static int
meta_value_ok(enum LabelKind kind, const char *v, size_t vlen)
{
	IndDateTime		d;
	IndStrList	names = {0};
	size_t		i;
	int			ok;

	if (vlen == 0)
		return 1;				/* 來源: with nothing after it */
	switch (kind)
	{
		case LABEL_SOURCE:
			return char_count(v, vlen) <= 40 && !has_sentence_punct(v, vlen);
		case LABEL_DATE:
			return ind_parse_date(v, vlen, &d);
		case LABEL_COUNTER:
			return v[0] >= '0' && v[0] <= '9';
		case LABEL_AUTHOR:
			/* names: Han characters, spaces and list separators only */
			for (i = 0; i < vlen;)
			{
				int			clen;

				if (!is_han_at(v + i, vlen - i, &clen) && v[i] != ' ' &&
					v[i] != ',' && v[i] != '/' && !starts_with(v + i, vlen - i, "、") &&
					!starts_with(v + i, vlen - i, "，") &&
					!starts_with(v + i, vlen - i, "／"))
					return 0;
				i += clen;
			}
			parse_byline(v, vlen, 0, &names, NULL);
			ok = names.n > 0;
			free_list(&names);
			return ok;
		case LABEL_URL:
			return vlen > 8 && (strncasecmp_ascii(v, "http://", 7) == 0 ||
								strncasecmp_ascii(v, "https://", 8) == 0);
		default:
			return 0;
	}
}

#define MAX_META_PAIRS 8

/*
 * A "label: value" metadata line (來源:荊門市經信局, • 時間:2023-12-19,
 * 來 源: 瀏 覽: 0, （文章来源：梧州日报）): fill the fields, return 1.  A
 * line with a value that does not fit its label (记者：这个能传多远啊) is
 * text: nothing is taken from it.
 */
static int
parse_meta_line(const char *s, size_t len, IndArticle *art, char **source)
{
	IndStrBuf			c = {0};
	size_t		taken;
	enum LabelKind kind;
	enum LabelKind kinds[MAX_META_PAIRS];
	const char *vals[MAX_META_PAIRS];
	size_t		vlens[MAX_META_PAIRS];
	int			npairs = 0;
	size_t		pos;
	int			k;
	int			ok = 1;

	compact_line(s, len, &c);
	kind = label_at(c.data, c.len, &taken);
	if (kind == LABEL_NONE ||
		(kind != LABEL_URL && char_count(c.data, c.len) > MAX_META_CHARS))
	{
		ind_free(c.data);
		return 0;
	}
	pos = 0;
	while (kind != LABEL_NONE)
	{
		size_t		vs = pos + taken;
		size_t		j = vs;
		size_t		next_taken = 0;
		enum LabelKind next_kind = LABEL_NONE;
		const char *v;
		size_t		vlen;

		while (j < c.len)
		{
			next_kind = label_at(c.data + j, c.len - j, &next_taken);
			if (next_kind != LABEL_NONE)
				break;
			j += next_char(c.data + j, c.len - j);
		}
		v = c.data + vs;
		vlen = j - vs;
		trim_value(&v, &vlen);
		if (npairs == MAX_META_PAIRS || !meta_value_ok(kind, v, vlen))
		{
			ok = 0;
			break;
		}
		kinds[npairs] = kind;
		vals[npairs] = v;
		vlens[npairs] = vlen;
		npairs++;
		pos = j;
		kind = next_kind;
		taken = next_taken;
	}
	for (k = 0; ok && k < npairs; k++)
	{
		switch (kinds[k])
		{
			case LABEL_SOURCE:
				if (vlens[k] > 0 && *source == NULL)
					*source = ind_strndup(vals[k], vlens[k]);
				break;
			case LABEL_DATE:
				if (!art->has_published && vlens[k] > 0)
					art->has_published = ind_parse_date(vals[k], vlens[k], &art->published);
				break;
			case LABEL_AUTHOR:
				parse_byline(vals[k], vlens[k], 0, &art->authors, NULL);
				break;
			case LABEL_URL:
				if (vlens[k] > 0 && art->url == NULL)
					art->url = ind_strndup(vals[k], vlens[k]);
				break;
			default:
				break;
		}
	}
	ind_free(c.data);
	return ok;
}

/* Sentence punctuation: a line with it is text, not a byline or title. */
static int
has_sentence_punct(const char *s, size_t len)
{
	static const char *const punct[] = {"。", "，", "；", "！", "？", "：", "“",
	"”", ",", ";", "!", "?", ":", NULL};
	int			i;

	for (i = 0; punct[i] != NULL; i++)
		if (find_n(s, len, punct[i]) != NULL)
			return 1;
	return 0;
}

/* A byline line: 本报记者陈雨燕通讯员梁斌杰黄武成, ■ 李梦安文. */
static int
parse_byline_line(const char *s, size_t len, IndArticle *art, char **outlet)
{
	size_t		ml = match_marker(s, len, ind_marker_byline_mark);
	size_t		i;
	int			marked = ml > 0;
	int			n0 = art->authors.n;

	if (char_count(s, len) > MAX_BYLINE_CHARS || has_sentence_punct(s, len))
		return 0;
	if (!marked)
	{
		/* a role, maybe after an outlet's name (融媒体中心记者) */
		int			found = 0;

		for (i = 0; i < len && !found;)
		{
			int			clen;

			if (match_marker(s + i, len - i, ind_marker_role) > 0)
				found = 1;
			else if (is_han_at(s + i, len - i, &clen))
				i += clen;
			else
				break;
		}
		if (!found || (i > 0 && !is_org(s, i)))
			return 0;
	}
	parse_byline(s + ml, len - ml, marked, &art->authors, outlet);
	return art->authors.n > n0;
}

/*
 * A byline or source in parentheses ending a paragraph:
 * ……提供了有力保障。(融媒体中心记者竇翔).  Returns the length to keep.
 */
static size_t
trailing_credit(const char *s, size_t len, IndArticle *art, char **source,
				char **outlet)
{
	size_t		close_len;
	size_t		i;
	const char *open = NULL;
	size_t		open_len = 0;
	const char *inner;
	size_t		inner_len;
	size_t		taken;

	if (len && s[len - 1] == ')')
		close_len = 1;
	else if (len >= 3 && memcmp(s + len - 3, "）", 3) == 0)
		close_len = 3;
	else
		return len;
	for (i = 0; i + close_len < len; i += next_char(s + i, len - i))
	{
		if (s[i] == '(')
		{
			open = s + i;
			open_len = 1;
		}
		else if (starts_with(s + i, len - i, "（"))
		{
			open = s + i;
			open_len = 3;
		}
	}
	if (open == NULL || open == s)
		return len;				/* a whole-line one is a metadata line */
	inner = open + open_len;
	inner_len = (size_t) (s + len - close_len - inner);
	if (char_count(inner, inner_len) > MAX_BYLINE_CHARS)
		return len;
	if (label_at(inner, inner_len, &taken) != LABEL_NONE)
	{
		if (!parse_meta_line(inner, inner_len, art, source))
			return len;
	}
	else if (!parse_byline_line(inner, inner_len, art, outlet))
		return len;
	{
		const char *k = s;
		size_t		klen = (size_t) (open - s);

		trim(&k, &klen);
		return klen;
	}
}

/*
 * The article's own link: <http://...> alone on its line, as the crawler
 * writes it.  A bare URL may be a reference the text cites, and stays;
 * "原文链接：http://..." is a metadata line.
 */
static int
url_line(const char *s, size_t len, char **url)
{
	const char *u;
	size_t		ulen;
	size_t		i;

	if (!(len >= 2 && s[0] == '<' && s[len - 1] == '>'))
		return 0;
	u = s + 1;
	ulen = len - 2;
	if (!(ulen > 8 && (strncasecmp_ascii(u, "http://", 7) == 0 ||
					   strncasecmp_ascii(u, "https://", 8) == 0)))
		return 0;
	for (i = 0; i < ulen; i++)
		if ((unsigned char) u[i] <= ' ')
			return 0;
	if (*url == NULL)
		*url = ind_strndup(u, ulen);
	return 1;
}

/* A line of Markdown links or images only: [返回首页](//…)｜[…](…). */
static int
nav_links_line(const char *s, size_t len)
{
	size_t		i = 0;
	int			links = 0;

	while (i < len)
	{
		const char *rb;
		const char *rp;

		if (s[i] == ' ' || s[i] == '\t' || s[i] == '|' || s[i] == '/')
		{
			i++;
			continue;
		}
		if (starts_with(s + i, len - i, "｜") || starts_with(s + i, len - i, "·"))
		{
			i += next_char(s + i, len - i);
			continue;
		}
		if (s[i] == '!' && i + 1 < len && s[i + 1] == '[')
			i++;				/* an image: ![alt](src) */
		if (s[i] != '[')
			return 0;
		rb = memchr(s + i, ']', len - i);
		if (rb == NULL || rb + 1 >= s + len || rb[1] != '(')
			return 0;
		rp = memchr(rb, ')', s + len - rb);
		if (rp == NULL)
			return 0;
		links++;
		i = (size_t) (rp + 1 - s);
	}
	return links > 0;
}

static int
notice_line(const char *s, size_t len)
{
	int			i;

	if (char_count(s, len) > MAX_NOTICE_CHARS)
		return 0;
	for (i = 0; ind_marker_notice[i] != NULL; i++)
		if (find_n(s, len, ind_marker_notice[i]) != NULL)
			return 1;
	return 0;
}

/* Length of a Markdown heading's "# " at the start of s, or 0. */
static size_t
heading_mark(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len && i < 6 && s[i] == '#')
		i++;
	if (i == 0 || i >= len || s[i] != ' ')
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

static int
title_like(const char *s, size_t len)
{
	static const char *const stops[] = {"。", "；", ";", "！", "？", NULL};
	/* punctuation leading on, or a particle a hard-wrapped line breaks after */
	static const char *const bad_ends[] = {"：", ":", "，", ",", "?", "、",
		"的", "了", "地", "得", "和", "与", "與", "及", "或", "并", "並", "对",
	"對", "在", "把", "被", "将", "將", NULL};
	size_t		hm = heading_mark(s, len);
	size_t		n;
	int			i;

	s += hm;
	len -= hm;
	n = char_count(s, len);
	if (n < 2 || n > MAX_TITLE_CHARS)
		return 0;
	for (i = 0; stops[i] != NULL; i++)
		if (find_n(s, len, stops[i]) != NULL)
			return 0;
	/* a line that leads into what follows (各位代表：, 所作的) is text */
	for (i = 0; bad_ends[i] != NULL; i++)
	{
		size_t		bl = strlen(bad_ends[i]);

		if (len >= bl && memcmp(s + len - bl, bad_ends[i], bl) == 0)
			return 0;
	}
	return 1;
}

/* ---- the article ------------------------------------------------------ */

void
ind_parse_article(const char *raw, size_t len, IndArticle *art)
{
	size_t		body_off;
	char	   *repaired;
	size_t		rlen;
	char	   *stripped;
	size_t		slen;
	IndStrBuf			text = {0};
	IndStrBuf			body = {0};
	Line	   *lines;
	size_t		nlines = 0;
	size_t		i;
	char	   *source = NULL;
	char	   *outlet = NULL;	/* named in a byline: 新华社记者 */
	long		first = -1;

	memset(art, 0, sizeof(*art));
	ind_damage(raw, len, &art->damage);
	body_off = front_matter(raw, len, art);
	if (art->source)
	{
		source = art->source;
		art->source = NULL;
	}

	/* the mirror's damage and glosses go before anything is matched */
	repaired = ind_repair(raw + body_off, len - body_off, &rlen, NULL, NULL);
	stripped = ind_alloc(rlen + 1);
	slen = ind_strip_pinyin(repaired, rlen, stripped);
	ind_free(repaired);
	html_to_text(stripped, slen, &text);
	ind_free(stripped);
	if (text.data == NULL)
		ind_strbuf_add(&text, "", 0);

	/* split into trimmed, non-empty lines */
	/* at most one line per byte, plus one */
	lines = ind_alloc((text.len + 1) * sizeof(Line));
	{
		char	   *p = text.data;
		char	   *end = text.data + text.len;

		while (p <= end)
		{
			char	   *nl = memchr(p, '\n', end - p);
			const char *ls = p;
			size_t		ll = (size_t) ((nl ? nl : end) - p);

			trim(&ls, &ll);
			if (ll > 0)
			{
				lines[nlines].s = (char *) ls;
				lines[nlines].len = ll;
				lines[nlines].dropped = 0;
				nlines++;
			}
			if (nl == NULL)
				break;
			p = nl + 1;
		}
	}

	/*
	 * What each line is.  Credits and metadata stand at the head or the
	 * tail of an article; in the middle such a line ("时间：上午9时") is
	 * text and stays.
	 */
	for (i = 0; i < nlines; i++)
	{
		Line	   *l = &lines[i];
		int			edge = i < EDGE_LINES || i + EDGE_LINES >= nlines;

		if ((i & 0xFF) == 0xFF)
			ind_check_interrupts();
		if (url_line(l->s, l->len, &art->url) ||
			nav_links_line(l->s, l->len) ||
			in_list(l->s, l->len, ind_marker_nav) ||
			notice_line(l->s, l->len) ||
			(edge && parse_meta_line(l->s, l->len, art, &source)) ||
			(edge && parse_byline_line(l->s, l->len, art, &outlet)))
		{
			l->dropped = 1;
			continue;
		}
		if (edge)
			l->len = trailing_credit(l->s, l->len, art, &source, &outlet);
		if (l->len == 0)
			l->dropped = 1;
	}

	/* a plain layout: title first, maybe bare names under it */
	for (i = 0; i < nlines; i++)
		if (!lines[i].dropped)
		{
			first = (long) i;
			break;
		}
	/* a title heads a body: a text of one line is all body */
	for (i = first + 1; first >= 0 && i < nlines; i++)
		if (!lines[i].dropped)
			break;
	if (art->title == NULL && first >= 0 && body_off == 0 && i < nlines &&
		title_like(lines[first].s, lines[first].len))
	{
		size_t		hm = heading_mark(lines[first].s, lines[first].len);

		/* a Markdown heading's "# " is not part of the title */
		art->title = ind_strndup(lines[first].s + hm, lines[first].len - hm);
		lines[first].dropped = 1;
		for (i = first + 1; i < nlines; i++)
			if (!lines[i].dropped)
			{
				if (parse_names_line(lines[i].s, lines[i].len, &art->authors))
					lines[i].dropped = 1;
				break;
			}
	}

	for (i = 0; i < nlines; i++)
	{
		if (lines[i].dropped)
			continue;
		if (body.len > 0)
			ind_strbuf_add(&body, "\n", 1);
		ind_strbuf_add(&body, lines[i].s, lines[i].len);
	}
	if (body.data == NULL)
		ind_strbuf_add(&body, "", 0);
	art->body = body.data;
	art->body_len = body.len;
	ind_free(lines);
	ind_free(text.data);

	/* a labelled source wins over an outlet named in a byline */
	if (source == NULL)
		source = outlet;
	else
		ind_free(outlet);

	/* the outlet is a name to group by: one script for all layouts */
	if (source)
	{
		size_t		sl = strlen(source);
		char	   *simp = ind_alloc(ind_convert_bound(IND_T2S, sl) + 1);
		size_t		n = ind_convert(IND_T2S, source, sl, simp);

		simp[n] = '\0';
		ind_free(source);
		art->source = simp;
	}
	art->script = ind_script_detect(art->body, art->body_len);
}

static void
free_list(IndStrList *l)
{
	int			i;

	for (i = 0; i < l->n; i++)
		ind_free(l->items[i]);
	ind_free(l->items);
	l->items = NULL;
	l->n = l->cap = 0;
}

void
ind_free_article(IndArticle *art)
{
	ind_free(art->title);
	ind_free(art->source);
	ind_free(art->url);
	ind_free(art->body);
	free_list(&art->authors);
	free_list(&art->categories);
	free_list(&art->tags);
	memset(art, 0, sizeof(*art));
}
