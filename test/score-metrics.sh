#!/bin/bash
# score-metrics.sh: build and install indnews, then score extract_metrics()
# against the hand-made gold set in test/gold in a throwaway cluster.
# Prints precision, recall, F1, attribute accuracies and the error lists.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/setup.sh
pg_virtualenv -t -v 15 psql -X -v ON_ERROR_STOP=1 -f test/gold/score.sql
