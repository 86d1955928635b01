// `smo-audit https://…` in the npm bin: the live site crawled by the engine's
// crawler (lib/crawl.js does the network), each page rendered into the
// outputs by the engine as it arrives (SiteRun.takeCrawled), the site's end
// written and the gates judged at the end (SiteRun.finishCrawl) — the native
// CLI's commands/crawl.rs step for step.

import { SiteRun } from "../smo_audit.js";
import { crawl } from "./crawl.js";
import { Fail, Outputs } from "./io.js";

/**
 * Crawl `url` with the parsed flags `v` and the run settings `init`.
 * Returns the RunEnd (exit 1 when a gate failed).
 */
export async function crawlSite(url, v, init) {
  const outputs = new Outputs([]);
  let run;
  try {
    // Outputs are created only at the end: nothing is written when no page could be fetched.
    run = new SiteRun({ ...init, root: null }, outputs, false);
  } catch (e) {
    throw new Fail(e.message);
  }
  outputs.files = run.files();
  const showProgress = !v.quiet && Boolean(process.stderr.isTTY);
  let pages = 0;
  try {
    return await crawl(
      url,
      {
        maxPages: v.max_pages,
        concurrency: v.concurrency,
        timeout: Math.max(1, v.timeout),
        delay: v.delay,
        maxTime: v.max_time,
        maxBytesTotal: v.max_bytes_total,
        ignoreRobots: v.ignore_robots,
        userAgent: v.user_agent ?? run.configUserAgent() ?? undefined,
        ...pageOptions(run),
      },
      {
        log: (line) => process.stderr.write(`${line}\n`),
        takeEvents: (crawler) => {
          const events = run.takeCrawled(crawler);
          pages += events.filter((e) => e.page).length;
          if (showProgress) process.stderr.write(`\r${pages} pages crawled`);
          return events;
        },
        end: (crawler) => {
          if (showProgress) process.stderr.write("\r\x1b[K");
          return run.finishCrawl(crawler);
        },
      },
    );
  } catch (e) {
    throw e instanceof Fail ? e : new Fail(e.message);
  } finally {
    outputs.close();
  }
}

/** The run's page options, without the ones a crawl sets per page. */
function pageOptions(run) {
  const { url, contentType, ...opts } = run.pageOptions();
  return opts;
}
