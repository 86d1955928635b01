// Mozilla Readability over each page given on the command line (for scripts/eval-main).
// Prints {path: {html, ms}}: the article's content HTML and the time of parse + parse().
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const out = {};
for (const path of process.argv.slice(2)) {
  const html = readFileSync(path, "utf8");
  const t = performance.now();
  let content = "";
  try {
    // No scripts, no resources, console silenced: only the DOM Readability reads.
    const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    content = article?.content ?? "";
    dom.window.close();
  } catch (e) {
    process.stderr.write(`${path}: ${e}\n`);
  }
  out[path] = { html: content, ms: performance.now() - t };
}
process.stdout.write(JSON.stringify(out));
