// A single-page app on another origin calling the services, in a real headless Chromium
// (playwright-core, the machine's Chromium, with a fresh profile of Playwright's own). Usage: node browser/cors-check.mjs <plan.json> <out.json>
//
// plan.json: { "origin": "http://localhost:5173",
//              "requests": [{ "name", "method", "url", "token", "body"? }] }
// The page is served from `origin` by this script; each request runs inside the page with fetch()
// and a bearer token, so the browser enforces CORS (preflight included) exactly as for a front-end.
// out.json: one entry per request: status, ok, the Content-Type, the exposed headers the page could
// read (Location, ETag, Retry-After), or the browser's error ("Failed to fetch" when CORS refuses).
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "playwright-core";

const [planFile, outFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, "utf8"));
const origin = new URL(plan.origin);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SAKIP front-end check</title></head>
<body><h1>SAKIP</h1><script>
  window.call = async (r) => {
    try {
      const headers = { Authorization: "Bearer " + r.token, Accept: "application/json" };
      if (r.body !== undefined) headers["Content-Type"] = "application/json";
      const res = await fetch(r.url, { method: r.method, headers, mode: "cors",
        body: r.body === undefined ? undefined : JSON.stringify(r.body) });
      const text = await res.text();
      return { name: r.name, status: res.status, ok: res.ok, contentType: res.headers.get("Content-Type"),
        location: res.headers.get("Location"), etag: res.headers.get("ETag"),
        retryAfter: res.headers.get("Retry-After"), body: text.slice(0, 300) };
    } catch (e) {
      return { name: r.name, error: String(e) };
    }
  };
</script></body></html>`;

const server = createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(page);
});
await new Promise((resolve) => server.listen(Number(origin.port), origin.hostname, resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const tab = await browser.newPage();
  await tab.goto(plan.origin + "/");
  const results = [];
  for (const r of plan.requests) {
    results.push(await tab.evaluate((request) => window.call(request), r));
  }
  results.push({ name: "page origin", origin: await tab.evaluate(() => window.location.origin) });
  writeFileSync(outFile, JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  server.close();
}
