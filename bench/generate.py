#!/usr/bin/env python3
"""Writes a synthetic handbook of N workflows in the SPEC format, and the same Markdown as a Hugo site.

Usage: generate.py N OUT_DIR
  OUT_DIR/handbook/content/...   charter.yaml + workflows/<category>/<id>.md (all checks pass)
  OUT_DIR/hugo/...               config, a minimal theme (a page per workflow, a list per category),
                                 and the same files under content/<category>/<id>.md
Deterministic: the same N gives the same bytes.
"""
import os
import random
import sys

CATEGORIES = [
    ("market-segment-intelligence", "Market & Segment Intelligence"),
    ("icp-persona-use-case", "ICP, Persona & Use Case Development"),
    ("content-messaging-execution", "Content & Messaging Execution"),
    ("campaign-distribution-execution", "Campaign & Distribution Execution"),
    ("inbound-nurture-conversion", "Inbound, Nurture & Conversion Enablement"),
    ("sales-enablement-field-activation", "Sales Enablement & Field Activation"),
    ("customer-marketing-expansion", "Customer Marketing & Expansion Signals"),
    ("measurement-attribution-analytics", "Measurement, Attribution & Analytics"),
    ("learning-post-mortems", "Learning, Post-Mortems & Continuous Improvement"),
]
FUNCTIONS = [("revops", "Revenue Operations"), ("cmo", "Chief Marketing Officer"), ("ceo", "Chief Executive Officer"),
             ("demand", "Demand Generation"), ("pmm", "Product Marketing"), ("content", "Content Marketing"),
             ("sales", "Sales"), ("enablement", "Sales Enablement"), ("customer-success", "Customer Success"),
             ("finance", "Finance")]
# Areas owned by functions (never by the role), so generated workflows owned by functions never creep.
AREAS = [(f"area-{i:02d}", f"Operating area {i}", FUNCTIONS[3 + i % 7][0]) for i in range(20)]
WORDS = ("pipeline campaign segment persona account signal handoff routing forecast cohort launch "
         "playbook enablement attribution conversion nurture intent renewal expansion review readout "
         "brief backlog owner decision quality threshold variance budget channel audience").split()


def charter():
    lines = ["role:", "  id: gtm-ai-ops", "  title: Sr Director, GTM AI & Ops",
             "  thesis: This role exists to own how work gets done, not what work gets prioritized.",
             "principles:", "  - Own systems and workflows, not outcomes.", "functions:"]
    lines += [f"  - {{ id: {i}, name: {n} }}" for i, n in FUNCTIONS]
    lines += ["team:", "  members:", "    - { id: gtm-ai-lead, title: GTM AI / Execution Lead, holder: true }",
              "    - { id: marketing-ops, title: Marketing Ops }", "    - { id: marketing-analytics, title: Marketing Analytics }",
              "  active-workflows-per-person: 2", "areas:"]
    for i, n, o in AREAS:
        lines += [f"  - id: {i}", f"    name: {n}", "    kind: how", f"    owner: {o}"]
    lines += ["  - id: execution-os", "    name: Marketing execution operating system", "    kind: how", "    owner: cmo",
              "  - id: strategy", "    name: Marketing strategy", "    kind: what", "    owner: cmo", "placements:"]
    for pid, name, to in (("revops-gtm-engine", "RevOps-centered", "revops"), ("marketing-execution", "Marketing-centered", "cmo")):
        lines += [f"  - id: {pid}", f"    name: {name}", f"    rationale: The {name} construction of the same role.", f"    reports-to: {to}",
                  "    owns: [execution-os]", "    partners-on: [" + ", ".join(a for a, _, _ in AREAS) + "]", "    does-not-own: [strategy]"]
    lines += ["categories:"] + [f"  - {{ id: {i}, name: \"{n}\" }}" for i, n in CATEGORIES]
    return "\n".join(lines) + "\n"


def sentence(rnd, n):
    return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."


def workflow(k, n, rnd):
    cat = CATEGORIES[k % len(CATEGORIES)][0]
    wid = f"wf-{k:05d}"
    area, _, owner = AREAS[k % len(AREAS)]
    others = [f"wf-{(k + d) % n:05d}" for d in (1, 7, 31) if (k + d) % n != k]
    f1, f2 = FUNCTIONS[(k + 1) % 10][0], FUNCTIONS[(k + 4) % 10][0]
    if f1 == owner:
        f1 = "cmo" if owner != "cmo" else "sales"
    status = "backlog" if k % 3 else "ideal"
    fm = [
        "---", f"id: {wid}", f"title: Workflow {k} {rnd.choice(WORDS).capitalize()} {rnd.choice(WORDS).capitalize()}",
        f"category: {cat}", f"area: {area}", f"owner: {owner}", f"status: {status}", f"partners: [{f1}]",
        "criteria:", f"  end-to-end: {sentence(rnd, 10)}", f"  cross-functional: [{f1}, {f2}]",
        f"  repeatable: {sentence(rnd, 6)}", f"  ai-relevant: {sentence(rnd, 9)}",
        "priority:", f"  who-needs-this: {sentence(rnd, 6)}", f"  decision-unblocked: {sentence(rnd, 8)}",
        f"  what-breaks: {sentence(rnd, 8)}", f"  why-now: {sentence(rnd, 6)}", f"  impact: {sentence(rnd, 7)}",
        "  decided-by: cmo", "---", ""]
    body = []
    for section in ("Objective", "Trigger", "Inputs", "Processing", "Outputs", "Consumers", "Decisions Informed",
                    "Quality Checks", "Failure & Feedback Loop"):
        body += [f"## {section}", ""]
        if section == "Consumers":
            body += [f"- {sentence(rnd, 5)} @{f1}", f"- {sentence(rnd, 4)} @{f2}", ""]
        elif section == "Decisions Informed":
            body += [f"- {sentence(rnd, 7)} @cmo", f"- {sentence(rnd, 6)} @{f1}", ""]
        elif section == "Inputs":
            body += [f"- {sentence(rnd, 8)} From [[{others[0]}#outputs]].", f"- {sentence(rnd, 9)} Owned by @{owner}.",
                     f"- {sentence(rnd, 7)} See [[{others[1]}]].", ""]
        elif section == "Processing":
            body += [f"1. {sentence(rnd, 12)}", f"2. {sentence(rnd, 10)} AI drafts the *first pass*.", f"3. {sentence(rnd, 11)}", "",
                     "| Step | Owner | Time |", "| --- | --- | --- |",
                     f"| Collect | {owner} | 1 day |", f"| Review | {f1} | 2 days |", f"| Publish | {f2} | 1 day |", ""]
        else:
            body += [" ".join(sentence(rnd, rnd.randint(12, 20)) for _ in range(4)), "",
                     f"{sentence(rnd, 15)} Feeds [[{others[-1]}]] and informs `{rnd.choice(WORDS)}` decisions.", ""]
    return cat, wid, "\n".join(fm + body)


HUGO_CONFIG = """baseURL = "/"
title = "Synthetic handbook"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
relativeURLs = true
[markup.goldmark.renderer]
unsafe = false
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Sections }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(n)
    write(os.path.join(out, "handbook/content/charter.yaml"), charter())
    for path, text in HUGO_LAYOUTS.items():
        write(os.path.join(out, "hugo/layouts", path), text)
    write(os.path.join(out, "hugo/hugo.toml"), HUGO_CONFIG)
    for cid, name in CATEGORIES:
        write(os.path.join(out, "hugo/content", cid, "_index.md"), f"---\ntitle: \"{name}\"\n---\n")
    for k in range(n):
        cat, wid, text = workflow(k, n, rnd)
        write(os.path.join(out, "handbook/content/workflows", cat, wid + ".md"), text)
        write(os.path.join(out, "hugo/content", cat, wid + ".md"), text)


if __name__ == "__main__":
    main()
