#!/usr/bin/env python3
"""Scores answers.csv of a query run: known children found (any answer of the right child), found first, and
false hits (unknown children with any answer; known children with an answer of another child).
Usage: query_eval.py index.csv queries.csv answers.csv"""
import csv, sys
from collections import defaultdict

def main(index, queries, answers):
    child = {}
    with open(index, newline="") as f:
        for r in csv.DictReader(f):
            child[r["rec_id"]] = r["cluster_id"]
    truth = {}
    with open(queries, newline="") as f:
        for r in csv.DictReader(f):
            truth[r["rec_id"]] = r["cluster_id"]
    got = defaultdict(list)
    with open(answers, newline="") as f:
        for r in csv.DictReader(f):
            got[r["query_id"]].append(child[r["rec_id"]])
    known = [q for q, c in truth.items() if c.startswith("c")]
    unknown = [q for q, c in truth.items() if not c.startswith("c")]
    found = sum(1 for q in known if truth[q] in got[q])
    first = sum(1 for q in known if got[q] and got[q][0] == truth[q])
    wrong_known = sum(1 for q in known if any(c != truth[q] for c in got[q]))
    false_unknown = sum(1 for q in unknown if got[q])
    print(f"known {len(known)}: found {found / max(1, len(known)):.4f}, ranked first {first / max(1, len(known)):.4f}, "
          f"with another child's record too {wrong_known / max(1, len(known)):.4f}; "
          f"unknown {len(unknown)}: false hits {false_unknown / max(1, len(unknown)):.4f}")

if __name__ == "__main__":
    main(*sys.argv[1:4])
