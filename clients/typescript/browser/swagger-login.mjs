// A person logs in to a service's Swagger UI through Keycloak and calls an endpoint, in a real
// headless Chromium (playwright-core, the machine's Chromium). Usage:
//   node browser/swagger-login.mjs <swagger-ui url> <username> <password> <operation element id> <out.json> [prefix]
// e.g. http://localhost:8082/q/swagger-ui dewi.lestari sakip-demo-2026 operations-Forms-listForms out.json
// With a prefix (e.g. /api/collection), Swagger UI calls the document's gateway server (that prefix on
// its own origin), and this script does what the gateway's HTTPRoute does: strips the prefix and
// passes the request to the service (a test's service does not listen on the local run's port).
//
// Authorize -> the "keycloak" (OAuth2) scheme's authorization code flow with PKCE opens
// Keycloak's login page in a popup; the person types their username and password there; Swagger UI
// gets the code back on /q/swagger-ui/oauth2-redirect.html and exchanges it. Then "Execute" on the
// operation: out.json holds the login page's address, the status Swagger UI shows
// and the claims of the access token it sent (read from the request it made).
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [swaggerUrl, username, password, operationId, outFile, prefix] = process.argv.slice(2);
const origin = new URL(swaggerUrl).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const result = { swaggerUrl, username };
try {
  const context = await browser.newContext();
  if (prefix) {
    await context.route(origin + prefix + "/**", (route) =>
      route.continue({ url: route.request().url().replace(origin + prefix, origin) }));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(swaggerUrl);
  if (prefix) {
    await page.locator(".servers select").selectOption(prefix);
  }
  await page.locator(".btn.authorize").first().click();
  // the "keycloak" scheme: its one flow, authorization code with PKCE
  const flow = page.locator(".auth-container").filter({ hasText: "keycloak (OAuth2, authorizationCode" });
  await flow.waitFor();
  result.clientId = await flow.locator("#client_id_authorizationCode").inputValue();
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    flow.locator("button.authorize").click(),
  ]);
  await popup.waitForLoadState();
  result.loginPage = popup.url().replace(/\?.*/, "");
  await popup.locator("#username").fill(username);
  await popup.locator("#password").fill(password);
  // Swagger UI's redirect page closes the popup as soon as it has the code: wait for the close from
  // before the click, or a fast close is missed and the wait never ends
  const closed = popup.waitForEvent("close", { timeout: 30000 });
  await popup.locator("#kc-login").click({ noWaitAfter: true });
  await closed;
  await flow.getByText("Authorized", { exact: true }).waitFor();
  result.authorized = true;
  await page.locator(".btn-done").first().click();

  const op = page.locator("#" + operationId);
  await op.locator(".opblock-summary").first().click();
  // "Try it out" is on by default (quarkus.swagger-ui.try-it-out-enabled); switch it on otherwise
  await op.locator(".try-out__btn").waitFor();
  if ((await op.locator(".execute").count()) === 0) {
    await op.locator(".try-out__btn").click();
  }
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith(origin) && !r.url().includes("/q/")),
    op.locator(".execute").click(),
  ]);
  const auth = request.headers()["authorization"] ?? "";
  const payload = auth.startsWith("Bearer ") ? auth.slice(7).split(".")[1] : null;
  result.claims = payload ? JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) : null;
  result.requestUrl = request.url();
  const status = op.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor();
  result.status = Number((await status.innerText()).trim().split(/\s+/)[0]);
} catch (e) {
  result.error = String(e);
} finally {
  writeFileSync(outFile, JSON.stringify(result, null, 2));
  await browser.close();
}
