#!/usr/bin/env python3
"""Times `handbook serve` re-rendering one edited workflow.

Usage: serve.py EDITS HANDBOOK_COMMAND... -- CONTENT_DIR

Starts the server on a free port, waits until it serves, then edits the prose of one workflow
EDITS times (a word appended to its first paragraph, then taken back out on the next edit), and
after each edit waits for the server's "built N files in X ms" line. Prints two medians, over all
edits after the first (the first also warms the JIT): the server's own re-render time (X, from
the change being noticed to the new pages being served) and the wall time from saving the file
to that line, which adds the file watcher's 40 ms quiet period. The file is restored at the end.
"""
import os
import re
import statistics
import subprocess
import sys
import time

BUILT = re.compile(r"^built (\d+) files in (\d+) ms$")


def main():
    edits = int(sys.argv[1])
    split = sys.argv.index("--")
    command, content = sys.argv[2:split], sys.argv[split + 1]
    workflows = os.path.join(content, "workflows")
    category = sorted(os.listdir(workflows))[0]
    target = os.path.join(workflows, category, sorted(os.listdir(os.path.join(workflows, category)))[0])
    with open(target, encoding="utf-8") as f:
        original = f.read()
    marker = "## Objective\n\n"
    if marker not in original:
        sys.exit(f"{target} has no Objective section to edit")

    server = subprocess.Popen(command + ["serve", "--port", "0", "--content", content],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    try:
        for line in server.stdout:
            if line.startswith("serving "):
                break
        else:
            sys.exit("the server stopped before it served")
        rebuilds, walls = [], []
        for i in range(edits):
            text = original.replace(marker, marker + f"Edited {i}. ", 1) if i % 2 == 0 else original
            start = time.perf_counter()
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            for line in server.stdout:
                m = BUILT.match(line.strip())
                if m:
                    walls.append((time.perf_counter() - start) * 1000)
                    rebuilds.append(int(m.group(2)))
                    if int(m.group(1)) > 10:
                        sys.exit(f"an edit of prose re-rendered {m.group(1)} files, not only the page and the search index")
                    break
                if line.startswith("errors:"):
                    sys.exit("the edit produced errors: " + line)
            else:
                sys.exit("the server stopped during the edits")
            time.sleep(0.2)  # a person saves at most a few times a second
        print(f"serve\t{statistics.median(rebuilds[1:]):.0f}\t{statistics.median(walls[1:]):.0f}\t{rebuilds[0]}\t{max(rebuilds[1:])}")
    finally:
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
