#!/usr/bin/env python3
"""Times whole processes several times; prints medians of wall time and peak resident memory.

Usage: measure.py RUNS NAME -- COMMAND...   (repeatable: NAME -- COMMAND ... ;; NAME -- COMMAND ...)
Peak memory is the child's own maximum resident set size (getrusage via wait4), so a JVM and
Hugo are measured the same way, start-up included.
"""
import os
import statistics
import sys
import time


def run_once(cmd):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}")
    return wall, usage.ru_maxrss / 1024.0  # MiB


def main():
    runs = int(sys.argv[1])
    specs, current = [], []
    for arg in sys.argv[2:] + [";;"]:
        if arg == ";;":
            if current:
                specs.append(current)
            current = []
        else:
            current.append(arg)
    results = []
    for spec in specs:
        name, cmd = spec[0], spec[spec.index("--") + 1:]
        run_once(cmd)  # warm the file cache; not counted
        walls, mems = zip(*(run_once(cmd) for _ in range(runs)))
        results.append((name, statistics.median(walls), min(walls), statistics.median(mems)))
    for name, median, best, mem in results:
        print(f"{name}\t{median:.3f}\t{best:.3f}\t{mem:.0f}")


if __name__ == "__main__":
    main()
