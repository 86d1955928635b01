"""Times smo-audit and its peers on the same pages served from 127.0.0.1 and prints
the ratio table (peer time / smo-audit time). Called by bench/peers/run."""

import argparse
import functools
import html.parser
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def pick_pages(corpus):
    pages = []
    for name in sorted(os.listdir(corpus)):
        p = os.path.join(corpus, name, "source.html")
        if os.path.isfile(p):
            pages.append((name, os.path.getsize(p), p))
    if not pages:
        sys.exit(f"no pages under {corpus}")
    by_size = sorted(pages, key=lambda x: x[1])
    nearest = lambda t: min(by_size, key=lambda x: abs(x[1] - t))
    return [("small", nearest(20_000)), ("typical", by_size[len(by_size) // 2]), ("1MB", nearest(1_000_000))]


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def fetch(url):
    with urllib.request.urlopen(url) as r:
        return r.read()


def timed(fn, reps):
    fn()  # warm-up
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def run_smo(bin_, url, reps):
    def once():
        body = fetch(url)
        r = subprocess.run([bin_, "-", "--url", url, "--format", "json"], input=body,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode not in (0, 1) or not r.stdout.startswith(b"{"):
            raise RuntimeError(r.stderr.decode(errors="replace"))
    return timed(once, reps)


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def run_textstat(url, reps):
    import textstat

    def once():
        body = fetch(url).decode("utf-8", errors="replace")
        p = TextOf()
        p.feed(body)
        text = " ".join(p.out)
        for f in (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.smog_index,
                  textstat.gunning_fog, textstat.automated_readability_index, textstat.coleman_liau_index,
                  textstat.dale_chall_readability_score, textstat.difficult_words, textstat.lexicon_count,
                  textstat.sentence_count):
            f(text)
    return timed(once, reps)


def run_node(driver, work, tool, urls, reps):
    r = subprocess.run(["node", driver, tool, str(reps), *urls], cwd=work,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=3600)
    res = {}
    for line in r.stdout.decode(errors="replace").splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if o.get("ms"):
            res[o["url"]] = o["ms"]
        else:
            print(f"  {tool} {o.get('url')}: {o.get('note')}", file=sys.stderr)
    if r.returncode != 0:
        print(f"  {tool} exited {r.returncode}: {r.stderr.decode(errors='replace')[-400:]}", file=sys.stderr)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    tools = os.environ.get("PEERS", "smo-audit smo-audit-npm textstat open-graph-scraper metascraper seo-analyzer lighthouse").split()

    picks = pick_pages(a.corpus)
    site = os.path.join(a.work, "site")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(site)
    for label, (name, size, path) in picks:
        shutil.copy(path, os.path.join(site, f"{label}.html"))
    srv = serve(site)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    urls = {label: f"{base}/{label}.html" for label, _ in picks}

    times = {}  # tool -> label -> [ms]
    for tool in tools:
        print(f"timing {tool} ...", file=sys.stderr)
        times[tool] = {}
        if tool in ("smo-audit", "textstat"):
            for label, u in urls.items():
                try:
                    if tool == "smo-audit":
                        times[tool][label] = run_smo(a.bin, u, a.reps)
                    else:
                        times[tool][label] = run_textstat(u, a.reps)
                except Exception as e:  # report and go on with the other tools
                    print(f"  {tool} {label}: {e}", file=sys.stderr)
        else:
            res = run_node(a.driver, a.work, tool, list(urls.values()), a.reps)
            for label, u in urls.items():
                if u in res:
                    times[tool][label] = res[u]
    srv.shutdown()

    labels = [l for l, _ in picks]
    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} logical cores, {platform.system()}; "
          f"median of {a.reps} runs after warm-up (one run; twenty calls and at least 2 s for the in-process Node tools, whose "
          "JIT needs them); each run fetches the page from 127.0.0.1.")
    print("Pages: " + ", ".join(f"{l} = {n} ({s // 1024} KB)" for l, (n, s, _) in picks))
    print()
    print("| tool | what it does per page | " + " | ".join(f"{l} ms" for l in labels) + " | " +
          " | ".join(f"{l} ratio" for l in labels) + " |")
    print("|---|---|" + "---:|" * (2 * len(labels)))
    what = {
        "smo-audit": "full audit, new process per page (`smo-audit - --format json`)",
        "smo-audit-npm": "full audit, our npm package (WebAssembly) in Node (in-process)",
        "textstat": "HTML to text (stdlib parser) + 10 readability formulas",
        "open-graph-scraper": "Open Graph / Twitter / meta extraction (in-process)",
        "metascraper": "metascraper + 8 rule packages (author, date, description, image, logo, publisher, title, url; in-process)",
        "seo-analyzer": "jsdom parse + 8 default SEO rules (in-process)",
        "lighthouse": "Lighthouse SEO category, headless Chromium, warm browser",
    }
    base_t = {l: statistics.median(times["smo-audit"][l]) for l in labels if times.get("smo-audit", {}).get(l)}
    for tool in tools:
        med = {l: statistics.median(v) for l, v in times[tool].items() if v}
        cells = [f"{med[l]:.1f}" if l in med else "n/a" for l in labels]
        ratios = [f"{med[l] / base_t[l]:.1f}×" if l in med and l in base_t else "n/a" for l in labels]
        print(f"| {tool} | {what.get(tool, '')} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    print()
    print("ratio = tool's median time / smo-audit's median time on the same page (higher = smo-audit faster)")


if __name__ == "__main__":
    main()
