#!/bin/bash
# bench.sh: speed of the indnews functions over >= 100 MB of news text.
#
#   test/bench.sh [MB] [RUNS]      (defaults: 100 MB, best of 3 runs)
#
# Builds and installs the extension, starts a throwaway cluster, loads a
# table "bench" and prints each function's time over the scan floor.  The
# text is the real corpus in ../shared/data/corpus/*.jsonl when present
# (read in place, never copied into the repository), repeated up to MB;
# otherwise the seeds, repeated.  INDNEWS_CORPUS=DIR points elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
runs=${2:-3}
corpus_dir=${INDNEWS_CORPUS:-$(cd .. && pwd)/shared/data/corpus}
bash test/setup.sh
export BENCH_MB=$mb BENCH_RUNS=$runs BENCH_CORPUS=$corpus_dir
pg_virtualenv -t -v 15 -o shared_buffers=1GB -o work_mem=64MB bash -c '
	set -euo pipefail
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION indnews;
CREATE TABLE source_docs (body text);
SQL
	if ls "$BENCH_CORPUS"/*.jsonl >/dev/null 2>&1; then
		echo "text: the corpus in $BENCH_CORPUS"
		test/load-corpus.sh "$BENCH_CORPUS" source_docs
	else
		echo "text: the seeds (no corpus at $BENCH_CORPUS)"
		test/load-folder.sh seeds raw_documents
		psql -X -q -c "INSERT INTO source_docs SELECT body FROM raw_documents"
	fi
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE bench AS
SELECT s.body FROM source_docs s,
	generate_series(1, ceil($BENCH_MB * 1e6 / (SELECT sum(octet_length(body)) FROM source_docs))::int);
VACUUM ANALYZE bench;
SQL
	psql -X -v ON_ERROR_STOP=1 -v runs=$BENCH_RUNS -f test/bench.sql
'
