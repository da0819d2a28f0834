#!/bin/bash
# bench-firstcall.sh: the cost of the first calls in a new connection.
#
# Each series is one new psql connection that runs SELECT 1 (the connection
# itself, not counted), then the same statement five times; psql's \timing
# gives each statement's time as the client sees it (with the round trip,
# about 0.1 ms here).  The first call of an extension function in a backend
# pays for loading indnews.so, the catalog look-ups of the function and its
# result type, and whatever the extension builds on first use; the next
# calls show what a call costs once all that is done.  A series with
# data_versions() first separates the library load from the function's own
# set-up.  Each figure is the median over BENCH_FIRSTCALL_CONNECTIONS (7) new
# connections: the machine is shared and single figures jump.
#
# Run by test/bench.sh inside its cluster, or by hand: test/bench-firstcall.sh
# (starts its own throwaway cluster; the extension must be installed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INDNEWS_BENCH_CLUSTER:-}" ]; then
	export INDNEWS_BENCH_CLUSTER=1
	exec pg_virtualenv -t -v 15 bash -c 'psql -X -q -c "CREATE EXTENSION indnews" && bash test/bench-firstcall.sh'
fi

sentence='今年1至11月，全市规模工业增加值同比增长8.4%，排全省第2位；完成工业投资356.2亿元，同比增长12.5%。'
trad='今年1至11月，全市規模工業增加值同比增長8.4%，排全省第2位；完成工業投資356.2億元，同比增長12.5%。'
declare -a names stmts pre
names+=("extract_metrics");          pre+=("");                                   stmts+=("SELECT count(*) FROM indnews.extract_metrics('$sentence', DATE '2022-12-20', '郴州市')")
names+=("extract_metrics (after data_versions)"); pre+=("SELECT indnews.data_versions()"); stmts+=("SELECT count(*) FROM indnews.extract_metrics('$sentence', DATE '2022-12-20', '郴州市')")
names+=("regions");                  pre+=("");                                   stmts+=("SELECT count(*) FROM indnews.regions('湖南省郴州市和广西梧州市，安徽亳州，甘肃嘉峪关')")
names+=("to_simplified");            pre+=("");                                   stmts+=("SELECT indnews.to_simplified('$trad')")
names+=("to_traditional");           pre+=("");                                   stmts+=("SELECT indnews.to_traditional('$sentence')")
names+=("quantities");               pre+=("");                                   stmts+=("SELECT count(*) FROM indnews.quantities('$sentence')")
names+=("built-in: length() (catalog look-ups only)"); pre+=("");                 stmts+=("SELECT length('$sentence')")

conns=${BENCH_FIRSTCALL_CONNECTIONS:-7}
printf '%-44s %8s %8s %8s %8s %8s\n' "ms per call, median of $conns new connections" "1st" "2nd" "3rd" "4th" "5th"
for i in "${!names[@]}"; do
	for ((rep = 1; rep <= conns; rep++)); do
		{
			echo "SELECT 1;"
			[ -n "${pre[$i]}" ] && echo "${pre[$i]};"
			echo '\timing on'
			for k in 1 2 3 4 5; do echo "${stmts[$i]};"; done
		} | psql -X -q -A -t -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tr '\n' ' '
		echo
	done | awk -v n="${names[$i]}" '
		{ for (k = 1; k <= 5; k++) v[k, NR] = $k }
		END {
			printf "%-44s", n
			for (k = 1; k <= 5; k++) {
				m = 0
				for (a = 1; a <= NR; a++) s[a] = v[k, a]
				# insertion sort, then the median
				for (a = 2; a <= NR; a++) { x = s[a]; b = a - 1; while (b >= 1 && s[b] + 0 > x + 0) { s[b + 1] = s[b]; b-- } s[b + 1] = x }
				printf " %8.3f", (NR % 2) ? s[(NR + 1) / 2] : (s[NR / 2] + s[NR / 2 + 1]) / 2
			}
			printf "\n"
		}'
done
