#!/usr/bin/env python3
"""Compares two `rapport report --format json` outputs as values: the calls list in file order
(the order of calls started at the same moment is not part of a report). Prints the keys that
differ; exits 1 when any does. Used to check `report --database URL` against `report DIR`."""
import json
import sys

if len(sys.argv) != 3:
    sys.exit("usage: same-report.py A.json B.json")
a, b = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
for report in (a, b):
    report["calls"] = sorted(report.get("calls", []), key=lambda call: call.get("file") or "")
differ = sorted(key for key in set(a) | set(b) if a.get(key) != b.get(key))
for key in differ:
    print(f"{key}: {json.dumps(a.get(key))[:300]}\n  vs {json.dumps(b.get(key))[:300]}")
print(f"{len(set(a) | set(b))} keys compared, {len(differ)} differ, {len(a['calls'])} and {len(b['calls'])} calls")
sys.exit(1 if differ else 0)
