"""trafilatura over each page given on the command line (for scripts/eval-main).

Prints {path: {"text", "ms"}}: the extracted main text (comments left out, as the
article-extraction-benchmark runs it) and the time of the extraction.
"""
import json
import sys
import time

import trafilatura

out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        raw = f.read()
    t = time.perf_counter()
    try:
        text = trafilatura.extract(raw, include_comments=False) or ""
    except Exception as e:  # noqa: BLE001 - a failing page scores zero
        print(f"{path}: {e}", file=sys.stderr)
        text = ""
    out[path] = {"text": text, "ms": (time.perf_counter() - t) * 1000}
json.dump(out, sys.stdout)
