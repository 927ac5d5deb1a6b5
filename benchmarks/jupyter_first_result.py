#!/usr/bin/env python3
"""Time from `jupyter nbconvert --execute` starting to the first cell's result, on the wcf-finance kernel.

Run with Debian's Python (which has jupyter-nbconvert and jupyter-client), after
`mvn -B -q package -DskipTests`:

    /usr/bin/python3 benchmarks/jupyter_first_result.py --repeat 5

It installs the kernel into a temporary prefix (`wcf-finance jupyter install --prefix`, with and, to compare,
without its class-data archive), writes a one-cell notebook (the budget book's contract sum), and runs
`/usr/bin/jupyter nbconvert --to notebook --execute` on it. The first result's time is the cell's
`shell.execute_reply` timestamp (nbclient records it in the executed notebook) less the moment the command was
started; the whole run (to the written notebook) is timed too. It also runs
`jupyter nbconvert --to html --execute` on the same notebook for the wall time of the command CI runs.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "examples", "target", "wcf-finance.jar")
JUPYTER = "/usr/bin/jupyter"
CELL = "WcfData.businessPlan2020().contractSum()"


def run(cmd, env, **kw):
    return subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def first_result(nb, out, env):
    start = time.time()
    run([JUPYTER, "nbconvert", "--to", "notebook", "--execute", nb, "--output", out], env)
    end = time.time()
    with open(out) as f:
        cell = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"][0]
    reply = cell["metadata"]["execution"]["shell.execute_reply"]
    at = datetime.datetime.fromisoformat(reply.replace("Z", "+00:00")).timestamp()
    value = cell["outputs"][0]["data"]["text/plain"]
    return at - start, end - start, value


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jar", default=JAR)
    a = ap.parse_args()
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, JUPYTER_RUNTIME_DIR=os.path.join(tmp, "runtime"), JUPYTER_DATA_DIR=os.path.join(tmp, "data"),
                   JUPYTER_CONFIG_DIR=os.path.join(tmp, "config"), PYDEVD_DISABLE_FILE_VALIDATION="1")
        nb = os.path.join(tmp, "first.ipynb")
        with open(os.path.join(tmp, "first.jsh"), "w") as f:
            f.write("// The first result: the budget book's contract sum.\n" + CELL + "\n")
        run([java, "-jar", a.jar, "jupyter", "convert", os.path.join(tmp, "first.jsh"), "--output", nb], env)
        rows = []
        for label, extra in (("with the class-data archive (default)", []), ("without it (--no-archive)", ["--no-archive"])):
            prefix = os.path.join(tmp, "prefix-" + str(len(rows)))
            run([java, "-jar", a.jar, "jupyter", "install", "--prefix", prefix] + extra, env)
            e = dict(env, JUPYTER_PATH=os.path.join(prefix, "share", "jupyter"))
            first_result(nb, os.path.join(tmp, "warm.ipynb"), e)  # the OS file cache, not timed
            firsts, wholes, htmls = [], [], []
            for _ in range(a.repeat):
                f, w, value = first_result(nb, os.path.join(tmp, "out.ipynb"), e)
                firsts.append(f)
                wholes.append(w)
                s = time.time()
                run([JUPYTER, "nbconvert", "--to", "html", "--execute", nb, "--output", os.path.join(tmp, "out.html")], e)
                htmls.append(time.time() - s)
            rows.append((label, firsts, wholes, htmls, value))
        load = os.getloadavg()
    print("| kernel | first result median s | min-max s | whole --to notebook median s | --to html --execute median s |")
    print("|---|---:|---:|---:|---:|")
    for label, firsts, wholes, htmls, value in rows:
        print("| %s | %.2f | %.2f-%.2f | %.2f | %.2f |" % (label, statistics.median(firsts), min(firsts), max(firsts),
                                                       statistics.median(wholes), statistics.median(htmls)))
    print("\nfirst cell's value: %s; %d runs each; load average at the end %.1f %.1f %.1f" % (rows[0][4], a.repeat, *load))


if __name__ == "__main__":
    sys.exit(main())
