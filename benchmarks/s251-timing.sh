#!/bin/sh
# Whole-process timing of the s251 commands on DfE's 2012-13 outturn (152 councils, 5,320 rows): the file read
# (cp1252 detected, every cell parsed), checked against every rule, and one council benchmarked, as a user runs
# them, through the launcher. Prints the load average before and after,
# each run's wall time and the median, and the last run's CPU time (user + sys, all threads: JIT and GC included)
# as /usr/bin/time reports it, which a loaded machine changes less than wall time. Run from the
# project root after
#   mvn -B -q package -DskipTests
# Usage: benchmarks/s251-timing.sh [RUNS] [FILE]
set -eu
runs=${1:-5}
file=${2:-../shared/s251/outturn_1213.csv}
jar=examples/target/wcf-finance.jar
[ -f "$file" ] || { echo "s251-timing: no file $file (run from the project root beside ../shared)" >&2; exit 2; }
[ -f "$jar" ] || { echo "s251-timing: no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for what in "check $file" "benchmark $file --la 885 --line 15"; do
    times=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        java -jar "$jar" s251 $what > /dev/null
        end=$(date +%s%N)
        times="$times $(( (end - start) / 1000000 ))"
        i=$((i + 1))
    done
    median=$(printf '%s\n' $times | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
    cpu=""
    if [ -x /usr/bin/time ]; then
        # shellcheck disable=SC2086
        cpu=$(/usr/bin/time -f "%U %S" java -jar "$jar" s251 $what 2>&1 > /dev/null | tail -1 |
            awk '{printf "; CPU %.2f s (user %.2f + sys %.2f)", $1 + $2, $1, $2}')
    fi
    echo "s251 $what: runs (ms):$times; median $median ms$cpu"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
