"""Score extracted main texts against the corpus's expected.html (for scripts/eval-main).

The method is the article-extraction-benchmark's (scrapinghub/article-extraction-benchmark,
evaluate.py): text → tokens (the regex \\w+, Unicode, case kept) → 4-token shingles
counted as a multiset; per page tp/fp/fn over the shingles, normalised by tp+fp+fn so
long pages weigh no more than short ones; precision = mean over the pages where
tp+fp > 0, recall = mean over the pages where tp+fn > 0, F1 = harmonic mean of those
two means. (Their bootstrap confidence intervals are left out.)

"Pages < 10 %" counts the pages where the extractor keeps under a tenth of the
expected words (word multiset overlap / expected words).

Usage: score.py CORPUS_DIR NAME=RESULT.json ... [--json OUT.json] [--worst N]
A result file maps each source.html path to {"text": ...} or {"html": ...}, and "ms".
"""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
          "u", "var", "wbr"}
SKIP = {"script", "style", "noscript", "template"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(html):
    p = _Text()
    p.feed(html)
    p.close()
    return "".join(p.parts)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def word_recall(true, pred):
    t = Counter(w.lower() for w in TOKEN.findall(true))
    p = Counter(w.lower() for w in TOKEN.findall(pred))
    total = sum(t.values())
    return sum((t & p).values()) / total if total else 1.0


def main(argv):
    corpus = Path(argv[0])
    runs, out_json, worst = [], None, 0
    it = iter(argv[1:])
    for a in it:
        if a == "--json":
            out_json = next(it)
        elif a == "--worst":
            worst = int(next(it))
        else:
            name, _, path = a.partition("=")
            runs.append((name, json.loads(Path(path).read_text(encoding="utf8"))))
    pages = sorted(p for p in corpus.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())
    expected = {p.name: html_text((p / "expected.html").read_text(encoding="utf8")) for p in pages}
    rows, per_page = [], {}
    for name, res in runs:
        by_page = {Path(k).parent.name: v for k, v in res.items()}
        scores, low, ms = [], [], 0.0
        for p in pages:
            r = by_page.get(p.name, {})
            pred = r["text"] if "text" in r else html_text(r.get("html", ""))
            ms += r.get("ms", 0.0)
            s = tp_fp_fn(expected[p.name], pred)
            wr = word_recall(expected[p.name], pred)
            scores.append(s)
            if wr < 0.1:
                low.append(p.name)
            per_page.setdefault(p.name, {})[name] = {
                "precision": round(precision(*s), 4), "recall": round(recall(*s), 4),
                "wordRecall": round(wr, 4)}
        prec = [precision(*s) for s in scores if s[0] + s[1] > 0]
        rec = [recall(*s) for s in scores if s[0] + s[2] > 0]
        P = sum(prec) / len(prec) if prec else 0.0
        R = sum(rec) / len(rec) if rec else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        rows.append({"extractor": name, "pages": len(pages), "precision": P, "recall": R, "f1": F,
                     "under10": len(low), "under10Pages": low, "seconds": ms / 1000})
    print(f"{'extractor':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'pages <10%':>10} {'time s':>7}  ({len(pages)} pages)")
    for r in rows:
        print(f"{r['extractor']:<14} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
              f"{r['under10']:>10} {r['seconds']:>7.2f}")
    for r in rows:
        if r["under10Pages"]:
            print(f"  {r['extractor']} under a tenth: {' '.join(r['under10Pages'])}")
    if worst and runs:
        first = runs[0][0]
        f1 = lambda d: 2 * d["precision"] * d["recall"] / (d["precision"] + d["recall"]) if d["precision"] + d["recall"] else 0.0
        ranked = sorted(per_page.items(), key=lambda kv: f1(kv[1][first]))[:worst]
        print(f"\nworst {worst} pages for {first} (precision / recall; others' F1):")
        for page, d in ranked:
            others = " ".join(f"{n} {f1(v):.2f}" for n, v in d.items() if n != first)
            print(f"  {page:<40} P {d[first]['precision']:.2f} R {d[first]['recall']:.2f} F1 {f1(d[first]):.2f}   {others}")
    if out_json:
        Path(out_json).write_text(json.dumps({"summary": rows, "pages": per_page}, indent=1), encoding="utf8")


if __name__ == "__main__":
    main(sys.argv[1:])
