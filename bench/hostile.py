#!/usr/bin/env python3
"""Times `handbook check` on workflow files written to break a Markdown reader.

Usage: hostile.py RUNS HANDBOOK WORKDIR
Each shape (deep nesting, runs of brackets, backticks, emphasis and angle brackets, a long
table row, random punctuation, and ordinary prose for comparison) is written into one workflow
of the shipped handbook at 300 KB and at 1 MB (the default size limit), and the whole check is
timed, JVM start included. Prints a table and, last, whether every run stayed within 2 s.
"""
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

runs, handbook, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = "workflows/execution/launch-readiness.md"
template = open(os.path.join(root, "src/test/resources/fixture/content", target)).read()
paragraph = "Every launch reaches its date with assets, routing and tracking in place."


def shapes(size):
    rnd = random.Random(size)
    alphabet = "[]()<>`*_~!\\|#>-+:\"' \n\nab@"
    punctuation = []
    while sum(map(len, punctuation)) < size:
        punctuation.append(rnd.choice(alphabet) * (1 + rnd.randrange(400 if rnd.randrange(10) == 0 else 4)))
    prose = "The brief names the owner, the date and the decision. " * (size // 56)
    yield "ordinary prose", prose
    yield "quotes nested", ">" * size
    yield "lists nested", "".join("  " * i + "- x\n" for i in range(int((size / 1.0) ** 0.5)))
    yield "[ run", "[" * size
    yield "[a](b  repeated", "[a](b " * (size // 6)
    yield "[[ repeated", "[[" * (size // 2)
    yield "backticks", "` " * (size // 2)
    yield "* run", "*" * size
    yield "*a  repeated", "*a " * (size // 3)
    yield "<a  repeated", "<a " * (size // 3)
    yield "table row", "| a " * (size // 4) + "|\n" + "|---" * (size // 4) + "|"
    yield "random punctuation", "".join(punctuation)[:size]


def timed(content):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([handbook, "check", "--content", content], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


print("| shape | 300 KB | 1 MB |")
print("| ----- | ------ | ---- |")
worst = 0.0
rows = {}
for size in (300_000, 1_000_000):
    for name, markdown in shapes(size - len(template) - 64):
        content = os.path.join(work, "content")
        if not os.path.isdir(content):
            shutil.copytree(os.path.join(root, "src/test/resources/fixture/content"), content)
        with open(os.path.join(content, target), "w") as f:
            f.write(template.replace(paragraph, markdown))
        t = timed(content)
        worst = max(worst, t)
        rows.setdefault(name, []).append(t)
for name, ts in rows.items():
    print(f"| {name} | {ts[0]:.2f} s | {ts[1]:.2f} s |")
print(f"worst: {worst:.2f} s; every hostile file of up to 1 MB checked within 2 s: {'met' if worst <= 2 else 'NOT met'}")
