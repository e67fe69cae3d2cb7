#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a links.csv (rec_id,cluster_id) against the truth in the input CSV.

A pair of records counts as predicted when both share a predicted cluster, true when both share cluster_id
in the input. Usage: evaluate.py records.csv links.csv  -> prints "precision recall f1 true_pairs predicted_pairs"
"""
import csv, sys
from collections import Counter
csv.field_size_limit(10**9)

def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())

def evaluate(records, links):
    truth = {}
    with open(records, newline="") as f:
        for r in csv.DictReader(f):
            truth[r["rec_id"]] = r["cluster_id"]
    predicted = {}
    with open(links, newline="") as f:
        for r in csv.DictReader(f):
            predicted[r["rec_id"]] = r["cluster_id"]
    for rec in truth:
        predicted.setdefault(rec, "__alone__" + rec)
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(predicted[r] for r in truth))
    both = pairs(Counter((truth[r], predicted[r]) for r in truth))
    p = both / pred_pairs if pred_pairs else 1.0
    rc = both / true_pairs if true_pairs else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return p, rc, f1, true_pairs, pred_pairs

if __name__ == "__main__":
    p, r, f1, t, pp = evaluate(sys.argv[1], sys.argv[2])
    print(f"precision {p:.4f} recall {r:.4f} f1 {f1:.4f} true_pairs {t} predicted_pairs {pp}")
