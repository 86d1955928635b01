#!/usr/bin/env python3
"""Seeds for the audit_site fuzz target: built-site folders packed as
one selector byte + `%%FILE path\\n` + content per file (see
fuzz_targets/audit_site.rs). Each seed holds robots.txt, sitemap.xml and a few
pages of one folder, and stays under 64 KB; images are cut to their first 64
bytes (enough for the size check's header).

    python3 fuzz/site_seeds.py OUT_DIR SITE_DIR...
"""
import os
import sys

LIMIT = 64 * 1024


def files_of(site):
    out = []
    for root, dirs, names in os.walk(site):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(root, n)
            rel = os.path.relpath(p, site).replace(os.sep, "/")
            with open(p, "rb") as f:
                data = f.read()
            if not rel.endswith((".html", ".htm", ".txt", ".xml")):
                data = data[:64]
            out.append((rel, data))
    return out


def pack(sel, files):
    return bytes([sel]) + b"".join(b"%%FILE " + r.encode() + b"\n" + d for r, d in files)


def main():
    out, sites = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    n = 0
    for s_i, site in enumerate(sites):
        allf = files_of(site)
        extras = [f for f in allf if not f[0].endswith((".html", ".htm"))]
        pages = [f for f in allf if f[0].endswith((".html", ".htm"))]
        group, size = [], sum(len(d) for _, d in extras)
        for p in pages + [None]:
            if p is not None and size + len(p[1]) < LIMIT - 1024 and len(group) < 6:
                group.append(p)
                size += len(p[1])
                continue
            if group:
                for sel in (0, 7):
                    with open(os.path.join(out, f"site-{s_i}-{n}-{sel}"), "wb") as f:
                        f.write(pack(sel, extras + group)[:LIMIT])
                n += 1
            group, size = ([p], sum(len(d) for _, d in extras) + len(p[1])) if p else ([], 0)
    print(f"site seeds: {2 * n} files in {out}")


if __name__ == "__main__":
    main()
