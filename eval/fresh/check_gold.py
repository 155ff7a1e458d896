"""Check eval/fresh/gold.jsonl against ingest's reading of eval/fresh/documents (no model, no index).

Run from the worktree root:  PYTHONPATH=. python eval/fresh/check_gold.py
Checks: every (doc_id, para) exists; the evidence lies (whitespace-normalised) in a passage
of the first answer; each answer term (one of its |-alternatives, case-insensitive) lies in
the evidence; field values are allowed ones. Prints a count table (type x lang).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from ingest import read_corpus

HERE = Path(__file__).parent
TYPES = ["who", "when", "count", "list", "fact", "symbol", "paraphrase", "unanswerable"]
REASONS = {"no-evidence", "other-period", "unknown-symbol", "off-topic"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    read = read_corpus([HERE / "documents"])
    texts: dict[tuple[str, str | None], list[str]] = {}
    for p in read.passages:
        texts.setdefault((p.doc_id, p.para), []).append(norm(p.text))
    rows = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    errors, ids = [], Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for r in rows:
        rid = r["id"]
        if r.get("split") != "test" or r.get("lang") not in ("en", "es", "fr") or r.get("type") not in TYPES:
            errors.append(f"{rid}: bad split/lang/type")
        if not r["answerable"]:
            if r["type"] != "unanswerable" or r["answers"] or r["answer_terms"] or r["reason"] not in REASONS:
                errors.append(f"{rid}: unanswerable row malformed")
            continue
        if r["type"] == "unanswerable" or r["reason"] is not None or not 1 <= len(r["answer_terms"]) <= 6:
            errors.append(f"{rid}: answerable row malformed")
        for a in r["answers"]:
            if (a["doc_id"], a["para"]) not in texts:
                errors.append(f"{rid}: no passage {a['doc_id']} {a['para']}")
        first = r["answers"][0]
        ev = norm(r["evidence"])
        if not any(ev in t for t in texts.get((first["doc_id"], first["para"]), [])):
            errors.append(f"{rid}: evidence not in {first['doc_id']} {first['para']}")
        for term in r["answer_terms"]:
            if not any(alt.lower() in ev.lower() for alt in term.split("|")):
                errors.append(f"{rid}: term {term!r} not in evidence")
    langs = ["en", "es", "fr"]
    print(f"{'type':14}" + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}")
    for t in TYPES:
        c = [sum(1 for r in rows if r["type"] == t and r["lang"] == l) for l in langs]
        print(f"{t:14}" + "".join(f"{n:6}" for n in c) + f"{sum(c):7}")
    c = [sum(1 for r in rows if r["lang"] == l) for l in langs]
    print(f"{'total':14}" + "".join(f"{n:6}" for n in c) + f"{sum(c):7}")
    ans = [r for r in rows if r["answerable"]]
    print(f"answerable {len(ans)}, unanswerable {len(rows) - len(ans)}; reasons:",
          dict(Counter(r["reason"] for r in rows if not r["answerable"])))
    print("documents:", len(read.documents), "passages:", len(read.passages), "skipped:", read.skipped)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
