# article.mk: the article layer's generated table and link flags (included
# by the Makefile).  The markers of bylines, sources and boilerplate are data
# (src/data/article_markers.tsv); damage repair reads GBK, GB2312/Big5
# membership and readings from ICU, whose headers are on the default path.
GEN_HEADERS += src/gen/article_markers.h
SHLIB_LINK += $(shell pkg-config --libs icu-i18n icu-uc)

src/gen/article_markers.h: src/tools/gen_article_markers.pl src/data/article_markers.tsv
	@mkdir -p src/gen
	perl $^ $@
