# metrics.mk: the metric layer's generated word lists (included by the
# Makefile).  The taxonomy and the cue words are data in src/data/.
GEN_HEADERS += src/gen/metric_lexicon.h

src/gen/metric_lexicon.h: src/tools/gen_lexicon.pl src/data/indicators.tsv src/data/measure_cues.tsv
	@mkdir -p src/gen
	perl $^ $@
