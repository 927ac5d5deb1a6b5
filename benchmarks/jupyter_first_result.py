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

To show what is Jupyter's own and what is the kernel's, the same is measured with Debian's Python kernel
(ipykernel, a one-cell notebook `1 + 1`), and `nbconvert --to notebook` without --execute (Python starting with
nbconvert loaded, reading and writing the notebook, no kernel). CPU is user+sys of nbconvert and the kernel it
started and waited for (wait4), for the whole command.
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


def timed(cmd, env):
    """@return (wall s, cpu s of the process and the children it waited for) of a command that must succeed"""
    start = time.time()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    err = p.stderr.read().decode()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("%s failed: %s" % (" ".join(cmd), err))
    return time.time() - start, usage.ru_utime + usage.ru_stime


def first_result(nb, out, env, execute=True):
    """@return (first result s from the start, whole command s, its CPU s, the cell's value)"""
    start = time.time()
    whole, cpu = timed([JUPYTER, "nbconvert", "--to", "notebook"] + (["--execute"] if execute else []) + [nb, "--output", out], env)
    if not execute:
        return None, whole, cpu, None
    with open(out) as f:
        cell = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"][0]
    reply = cell["metadata"]["execution"]["shell.execute_reply"]
    at = datetime.datetime.fromisoformat(reply.replace("Z", "+00:00")).timestamp()
    value = cell["outputs"][0]["data"]["text/plain"]
    return at - start, whole, cpu, value


def environment(tmp):
    return dict(os.environ, JUPYTER_RUNTIME_DIR=os.path.join(tmp, "runtime"), JUPYTER_DATA_DIR=os.path.join(tmp, "data"),
                JUPYTER_CONFIG_DIR=os.path.join(tmp, "config"), PYDEVD_DISABLE_FILE_VALIDATION="1")


def java():
    return os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java")


def first_notebook(tmp, jar):
    nb = os.path.join(tmp, "first.ipynb")
    with open(os.path.join(tmp, "first.jsh"), "w") as f:
        f.write("// The first result: the budget book's contract sum.\n" + CELL + "\n")
    run([java(), "-jar", jar, "jupyter", "convert", os.path.join(tmp, "first.jsh"), "--output", nb], environment(tmp))
    return nb


def python_notebook(tmp):
    nb = os.path.join(tmp, "python.ipynb")
    with open(nb, "w") as f:
        json.dump({"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": ["1 + 1"]}],
                   "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                   "nbformat": 4, "nbformat_minor": 5}, f)
    return nb


def median_first_result(repeat, tmp, jar=JAR):
    """The wcf-finance kernel (with its archive) as installed: (median first result s, median CPU s of the command)."""
    env = environment(tmp)
    nb = first_notebook(tmp, jar)
    prefix = os.path.join(tmp, "prefix-startup")
    run([java(), "-jar", jar, "jupyter", "install", "--prefix", prefix], env)
    e = dict(env, JUPYTER_PATH=os.path.join(prefix, "share", "jupyter"))
    first_result(nb, os.path.join(tmp, "warm.ipynb"), e)
    runs = [first_result(nb, os.path.join(tmp, "out.ipynb"), e) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jar", default=JAR)
    ap.add_argument("--only-archive", action="store_true", help="only the kernel as installed (with its archive)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(tmp)
        nb = first_notebook(tmp, a.jar)
        kernels = [("wcf-finance, with the class-data archive (default)", ["--install"]),
                   ("wcf-finance, without it (--no-archive)", ["--install", "--no-archive"]),
                   ("Python (ipykernel), `1 + 1`: Jupyter's own floor", ["--python"]),
                   ("no kernel: `nbconvert --to notebook` without --execute", ["--no-execute"])]
        if a.only_archive:
            kernels = kernels[:1]
        rows = []
        for label, how in kernels:
            e, book, execute = env, nb, True
            if "--install" in how:
                prefix = os.path.join(tmp, "prefix-" + str(len(rows)))
                run([java(), "-jar", a.jar, "jupyter", "install", "--prefix", prefix] + how[1:], env)
                e = dict(env, JUPYTER_PATH=os.path.join(prefix, "share", "jupyter"))
            elif "--python" in how:
                book = python_notebook(tmp)
            else:
                execute = False
            first_result(book, os.path.join(tmp, "warm.ipynb"), e, execute)  # the OS file cache, not timed
            firsts, wholes, cpus, htmls, value = [], [], [], [], None
            for _ in range(a.repeat):
                f, w, c, value = first_result(book, os.path.join(tmp, "out.ipynb"), e, execute)
                firsts.append(f)
                wholes.append(w)
                cpus.append(c)
                if execute:
                    htmls.append(timed([JUPYTER, "nbconvert", "--to", "html", "--execute", book, "--output",
                                        os.path.join(tmp, "out.html")], e)[0])
            rows.append((label, firsts, wholes, cpus, htmls, value))
        load = os.getloadavg()
    print("| kernel | first result median s | min-max s | whole --to notebook median s | its CPU median s | --to html --execute median s |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, firsts, wholes, cpus, htmls, value in rows:
        if firsts[0] is None:
            print("| %s | | | %.2f | %.2f | |" % (label, statistics.median(wholes), statistics.median(cpus)))
        else:
            print("| %s | %.2f | %.2f-%.2f | %.2f | %.2f | %.2f |" % (label, statistics.median(firsts), min(firsts), max(firsts),
                  statistics.median(wholes), statistics.median(cpus), statistics.median(htmls)))
    print("\nfirst cell's value: %s; %d runs each; load average at the end %.1f %.1f %.1f" % (rows[0][5], a.repeat, *load))


if __name__ == "__main__":
    sys.exit(main())
