#!/usr/bin/env python3
"""Start-up of each wcf-finance command beside a hello-world JVM start, measured in the same run.

After `mvn -B -q package -DskipTests` (which also makes the launcher's class-data archive,
examples/target/wcf-finance.jsa):

    python3 benchmarks/startup.py --repeat 7

Every command is run through the launcher script, examples/target/wcf-finance, as a user runs it, on the embedded
dataset and the files in examples/, in a temporary folder. Each is run --repeat times after one untimed run (the OS
file cache); the table gives the median wall time and the median CPU time (user+sys of the process and its
children, from wait4), and each as a ratio to the same medians of a hello-world class started by the same java
(`java -cp DIR Hello`, -Xshare:auto, the JDK's default class-data archive). The load average is printed with the
table: on a shared machine wall times wait for a core, and CPU time is the steadier measure.

--no-archive runs the launcher with WCF_FINANCE_CDS=off (no class-data archive), to show what the archive saves;
--jupyter adds the Jupyter kernel's first result (benchmarks/jupyter_first_result.py, one nbconvert per run).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LAUNCHER = os.path.join(ROOT, "examples", "target", "wcf-finance")
EX = os.path.join(ROOT, "examples")

HELLO = "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n"

# name, arguments, (target ratio or None); the arguments are run in a temporary folder
COMMANDS = [
    ("--version", ["--version"], 3),
    ("check", ["check"], 6),
    ("budget", ["budget"], 6),
    ("export budget --format xlsx", ["export", "budget", "--format", "xlsx", "--output", "budget.xlsx"], 10),
    ("chart bridge --output x.png", ["chart", "bridge", "--year", "2021/22", "--output", "x.png"], 10),
    ("notebook 01 (HTML)", ["notebook", os.path.join(EX, "notebooks", "01-budget-book-2020.jsh"), "--output", "nb.html"], None),
    ("actuals", ["actuals", "--gl", os.path.join(EX, "data", "gl.csv"),
                 "--budget", os.path.join(EX, "data", "budget.csv"), "--output", "a.csv"], None),
    ("import", ["import", "--ledger", os.path.join(EX, "data", "gl.csv"),
                "--mapping", os.path.join(EX, "data", "mapping.csv"), "--output", "a.json"], None),
    ("s251 check (sample)", ["s251", "check", os.path.join(EX, "data", "s251-outturn-1213-sample.csv")], None),
]


def timed(cmd, cwd, env):
    """@return (wall s, cpu s) of one run, which must succeed"""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    err = p.stderr.read().decode()
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit("%s exited %d: %s" % (" ".join(cmd), p.returncode, err))
    return wall, usage.ru_utime + usage.ru_stime


def medians(cmd, cwd, env, repeat):
    timed(cmd, cwd, env)  # the OS file cache, not counted
    runs = [timed(cmd, cwd, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--launcher", default=LAUNCHER)
    ap.add_argument("--no-archive", action="store_true", help="run without the launcher's class-data archive")
    ap.add_argument("--jupyter", action="store_true", help="add the Jupyter kernel's first result")
    a = ap.parse_args()
    java = os.environ.get("JAVA") or shutil.which("java")
    env = dict(os.environ)
    if a.no_archive:
        env["WCF_FINANCE_CDS"] = "off"
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "Hello.java"), "w") as f:
            f.write(HELLO)
        subprocess.run(["javac" if not os.environ.get("JAVA") else os.path.join(os.path.dirname(java), "javac"),
                        "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
        hello = medians([java, "-cp", tmp, "Hello"], tmp, env, a.repeat)
        rows = []
        for name, args, target in COMMANDS:
            rows.append((name, medians([a.launcher] + args, tmp, env, a.repeat), target))
        if a.jupyter:
            sys.path.insert(0, HERE)
            import jupyter_first_result as j
            rows.append(("jupyter nbconvert: first result (CPU: the whole command)", j.median_first_result(a.repeat, tmp), None))
    load_after = os.getloadavg()
    print("| command | wall median s | x hello wall | CPU median s | x hello CPU | target |")
    print("|---|---:|---:|---:|---:|---|")
    print("| hello-world JVM (`java -cp DIR Hello`) | %.3f | 1.0 | %.3f | 1.0 | |" % hello)
    for name, (wall, cpu), target in rows:
        mark = ""
        if target is not None:
            mark = "<= %dx: wall %s, CPU %s" % (target, "met" if wall / hello[0] <= target else "not met",
                                                "met" if cpu / hello[1] <= target else "not met")
        print("| `%s` | %.3f | %.1f | %.3f | %.1f | %s |" % (name, wall, wall / hello[0], cpu, cpu / hello[1], mark))
    print("\n%s; %d runs each after one untimed; class-data archive %s; load average %.1f %.1f %.1f before, %.1f %.1f %.1f after"
          % (subprocess.run([java, "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()[0], a.repeat,
             "off" if a.no_archive else "as the launcher finds it", *load_before, *load_after))
    if max(load_before[0], load_after[0]) > (os.cpu_count() or 1):
        print("The load average was above the number of cores (%d): the wall times waited for a core, the hello world's "
              "too, so the wall ratios (and their verdicts) are not a quiet machine's; compare the CPU columns."
              % (os.cpu_count() or 1))


if __name__ == "__main__":
    sys.exit(main())
