#!/bin/bash
# bench.sh: the benchmark suite.  One command, one throwaway cluster, every
# figure from the same run.
#
#   test/bench.sh [MB] [RUNS]      (defaults: 100 MB, best of 3 runs)
#
# Builds and installs the extension (test/setup.sh), starts a throwaway
# cluster (pg_virtualenv) and loads two tables of news text:
#
#   bench_seeds    the five seed articles (raw: front matter, HTML, damaged
#                  GBK mirror text) repeated to at least MB megabytes;
#   bench_corpus   the real corpus, ../shared/data/corpus/*.jsonl (the
#                  "text" field), read in place and never copied into the
#                  repository, repeated to at least MB megabytes; only when
#                  the corpus is present (INDNEWS_CORPUS=DIR points
#                  elsewhere).
#
# Then it prints, for each table, one table of every exported text function
# and of the alternatives (translate() with the full character map,
# normalize(NFKC), regexp_matches, the OpenCC and ICU command lines), as
# MB/s and time over the scan floor (test/bench.sql, test/bench-report.sql);
# the scalar parsers on a million short strings (test/bench-scalar.sql);
# the parallel plans (test/bench-parallel.sql); the cost of the first calls
# in a new connection (test/bench-firstcall.sh); and the backend's peak
# memory over 10^4 .. 10^6 rows (test/bench-memory.sh).  BENCH_MEMORY=0
# skips the memory run (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
runs=${2:-3}
corpus_dir=${INDNEWS_CORPUS:-$(cd .. && pwd)/shared/data/corpus}
bash test/setup.sh
export BENCH_MB=$mb BENCH_RUNS=$runs BENCH_CORPUS=$corpus_dir
export BENCH_MEMORY=${BENCH_MEMORY:-1}
export INDNEWS_BENCH_CLUSTER=1
exec pg_virtualenv -t -v 15 -o shared_buffers=1GB -o work_mem=64MB \
	bash test/bench-run.sh
