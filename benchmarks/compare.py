#!/usr/bin/env python3
"""Times `wcf-finance actuals` and `wcf-finance import` beside the bench kit's peer tools, on the same files, in the
same run.

Usage (from the project root, after `mvn -B -q package -DskipTests`):
    python3 benchmarks/compare.py [--sizes 100000,1000000] [--repeat 3]
                                  [--tools hledger,duckdb-jdbc,java-fast,java-simple] [--kit ../shared/bench]

It builds the kit if needed (the kit's build.sh installs hledger, ledger and beancount from Debian and fetches
the DuckDB JDBC driver), generates the ledgers with the kit's gen_ledger.py, runs every tool under
/usr/bin/time -v (wall = median of the repeats, RSS = the largest), checks each Java tool's totals against the
kit's expected-N.json, and prints a Markdown table with each tool's time as a multiple of wcf-finance's.
`import` reads the same ledger through a mapping of every cost centre to a line of its own (mapping-N.csv, written
beside the ledger from the budget's cost centres); its total is checked against the kit's total actual. With
`--tools ""` only the two wcf-finance commands run, and the kit's peers are not built.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def our_totals(path):
    """total actual, total budget and sum of |variance| in pence, from our output CSV."""
    def pence(s):
        neg = s.startswith("-")
        a, b = s.lstrip("-").split(".")
        v = int(a) * 100 + int(b)
        return -v if neg else v
    ta = tb = av = 0
    with open(path) as f:
        for row in csv.DictReader(f):
            ta += pence(row["actual"])
            tb += pence(row["budget"])
            av += abs(pence(row["variance"]))
    return {"total_actual_pence": ta, "total_budget_pence": tb, "sum_abs_variance_pence": av}


def import_total(path):
    """total of every line and unmapped code in pence, from our import's JSON."""
    def pence(s):
        neg = s.startswith("-")
        a, b = s.lstrip("-").split(".")
        v = int(a) * 100 + int(b)
        return -v if neg else v
    doc = json.load(open(path))
    return sum(pence(l["total"]) for l in doc["lines"]) + sum(pence(u["total"]) for u in doc["unmapped"])


def write_mapping(budget, mapping):
    """every cost centre of the budget to a line of its own, as cost_centre,code,line."""
    with open(budget) as f:
        ccs = sorted({row["cost_centre"] for row in csv.DictReader(f)})
    with open(mapping, "w") as f:
        f.write("cost_centre,code,line\n")
        for cc in ccs:
            f.write(f"{cc},*,{cc}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tools", default="hledger,duckdb-jdbc,java-fast,java-simple")
    ap.add_argument("--data", default=os.environ.get("DATA", "/tmp/bench-data"))
    ap.add_argument("--kit", default=os.path.join(ROOT, "..", "shared", "bench"))
    a = ap.parse_args()
    kit = os.path.abspath(a.kit)
    d = a.data
    jar = os.path.join(ROOT, "examples", "target", "wcf-finance.jar")
    if not os.path.exists(jar):
        sys.exit("build the tool first: mvn -B -q package -DskipTests")
    peers = [t for t in a.tools.split(",") if t]
    if peers and not os.path.exists(f"{d}/duckdb.classpath"):
        subprocess.run([os.path.join(kit, "build.sh")], check=True, env=dict(os.environ, DATA=d))
    sys.path.insert(0, kit)
    import run_bench  # the kit's own command lines and time parser

    os.makedirs(f"{d}/logs", exist_ok=True)
    os.makedirs(f"{d}/out", exist_ok=True)
    cp = f"{d}/classes:" + open(f"{d}/duckdb.classpath").read().strip() if peers else ""
    rows = []
    for n in [int(x) for x in a.sizes.split(",")]:
        if not os.path.exists(f"{d}/gl-{n}.csv") or not os.path.exists(f"{d}/gl-{n}.journal"):
            subprocess.run([sys.executable, os.path.join(kit, "gen_ledger.py"), str(n), "--out", d], check=True)
        exp = json.load(open(f"{d}/expected-{n}.json"))
        cmds = run_bench.commands(d, n, cp) if peers else {}
        ours = f"{d}/out/wcf-finance-{n}.csv"
        cmds["wcf-finance"] = ["java", "-jar", jar, "actuals", "--gl", f"{d}/gl-{n}.csv", "--budget", f"{d}/budget-{n}.csv",
                               "--output", ours]
        write_mapping(f"{d}/budget-{n}.csv", f"{d}/mapping-{n}.csv")
        imported = f"{d}/out/wcf-finance-import-{n}.json"
        cmds["wcf-finance-import"] = ["java", "-jar", jar, "import", "--ledger", f"{d}/gl-{n}.csv", "--mapping",
                                      f"{d}/mapping-{n}.csv", "--output", imported]
        for tool in ["wcf-finance", "wcf-finance-import"] + peers:
            walls, cpu, rss, note = [], [], 0, ""
            for i in range(a.repeat):
                log = f"{d}/logs/{tool}-{n}-{i}.time"
                with open(f"{d}/out/{tool}-{n}.out", "w") as out, open(log, "w") as err:
                    subprocess.run(["/usr/bin/time", "-v"] + cmds[tool], stdout=out, stderr=err)
                w, r, c, rc = run_bench.parse_time(open(log).read())
                if rc != 0:
                    note = f"exit {rc}, see {log}"
                walls.append(w); cpu.append(c); rss = max(rss, r)
                print(f"{tool:14s} N={n:>9,} run {i}: wall {w:6.2f}s cpu {c:6.2f}s maxRSS {r / 1024:7.1f} MiB", flush=True)
            if tool == "wcf-finance" and not note:
                got = our_totals(ours)
                for k, v in got.items():
                    if exp[k] != v:
                        note = f"{k} {v} differs from the kit's {exp[k]}"
                note = note or "totals = kit's expected, to the penny"
            elif tool == "wcf-finance-import" and not note:
                got = import_total(imported)
                note = ("total actual = kit's expected, to the penny" if got == exp["total_actual_pence"]
                        else f"total {got} differs from the kit's {exp['total_actual_pence']}")
            elif tool in ("duckdb-jdbc", "java-fast", "java-simple") and not note:
                t = open(f"{d}/logs/{tool}-{n}-0.time").read()
                for k in ("total_actual_pence", "total_budget_pence", "sum_abs_variance_pence"):
                    if f"{k}={exp[k]}" not in t:
                        note = f"checksum {k} differs"
            rows.append((tool, n, statistics.median(walls), min(walls), max(walls), statistics.median(cpu), rss / 1024, note))
    ours_by_n = {n: w for t, n, w, *_ in rows if t == "wcf-finance"}
    print("\n| tool | postings | wall median s | min-max s | cpu s | peak RSS MiB | x wcf-finance | note |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for t, n, w, lo, hi, c, r, note in rows:
        print(f"| {t} | {n:,} | {w:.2f} | {lo:.2f}-{hi:.2f} | {c:.2f} | {r:,.0f} | {w / ours_by_n[n]:.2f} | {note} |")


if __name__ == "__main__":
    main()
