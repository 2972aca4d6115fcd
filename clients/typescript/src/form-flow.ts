// A unit's form flow through the generated clients, as a front-end would run it, and a PDF
// downloaded through them. Run against a running system (the e2e test does, FrontEndIT):
//
//   SAKIP_COLLECTION_URL, SAKIP_REPORTING_URL   base URLs of the two services
//   SAKIP_UNIT_TOKEN                            a bearer token of the unit (role unit, claim unit)
//   SAKIP_TEAM_TOKEN                            a bearer token of Tim SAKIP (documents)
//   SAKIP_AGREEMENT_ID                          the signed PK whose document is downloaded
//   SAKIP_PDF_OUT                               where the downloaded PDF is written
//
// Prints one JSON line: the form submitted, the document job and the PDF's size and SHA-256.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { components as Collection } from "./generated/collection-service.js";
import { ProblemError, sakipClients } from "./sakip.js";

type Form = Collection["schemas"]["Form"];
type RowInput = Collection["schemas"]["FormRowInput"];

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const endpoints = {
    indicator: "",
    collection: env("SAKIP_COLLECTION_URL"),
    measurement: "",
    reporting: env("SAKIP_REPORTING_URL"),
  };
  const unit = sakipClients(endpoints, () => env("SAKIP_UNIT_TOKEN"));
  const team = sakipClients(endpoints, () => env("SAKIP_TEAM_TOKEN"));

  // 1. the unit's screen: its own forms still to fill
  const mine = await unit.collection.GET("/forms", { params: { query: { mine: true, status: "DRAFT", size: 20 } } });
  if (mine.error) {
    throw new ProblemError(mine.response.status, mine.error);
  }
  const open: Form | undefined = mine.data.items[0];
  if (!open) {
    throw new Error("the unit has no form to fill");
  }

  // 2. acknowledge receipt (Bukti tanda terima), then fill every row and save the draft
  const received = await unit.collection.POST("/forms/{id}/receipt", { params: { path: { id: open.id } } });
  if (received.error) {
    throw new ProblemError(received.response.status, received.error);
  }
  const rows: RowInput[] = received.data.rows.map((row) => ({
    indicatorCode: row.indicatorCode,
    realisasi: row.periodTarget ?? 1,
    keterangan: "Diisi melalui klien TypeScript",
  }));
  const saved = await unit.collection.PUT("/forms/{id}", {
    params: { path: { id: open.id } },
    body: { version: received.data.version, rows },
  });
  if (saved.error) {
    throw new ProblemError(saved.response.status, saved.error);
  }

  // 3. submit it with the version just read
  const submitted = await unit.collection.POST("/forms/{id}/submit", {
    params: { path: { id: open.id } },
    body: { version: saved.data.version },
  });
  if (submitted.error) {
    throw new ProblemError(submitted.response.status, submitted.error);
  }

  // 4. the PK document: queue it (202 + Location), poll the job, download the bytes
  const queued = await team.reporting.POST("/document-jobs", {
    body: { kind: "PK", subjectId: env("SAKIP_AGREEMENT_ID"), format: "pdf" },
  });
  if (queued.error) {
    throw new ProblemError(queued.response.status, queued.error);
  }
  if (queued.response.status !== 202 || !queued.response.headers.get("Location")) {
    throw new Error(`expected 202 with a Location, got ${queued.response.status}`);
  }
  let job = queued.data;
  for (let i = 0; i < 120 && job.status === "PENDING"; i++) {
    await sleep(250);
    const polled = await team.reporting.GET("/document-jobs/{id}", { params: { path: { id: job.id } } });
    if (polled.error) {
      throw new ProblemError(polled.response.status, polled.error);
    }
    job = polled.data;
  }
  if (job.status !== "DONE") {
    throw new Error(`document job ${job.id} is ${job.status}: ${job.error ?? ""}`);
  }
  const file = await team.reporting.GET("/document-jobs/{id}/content", {
    params: { path: { id: job.id } },
    parseAs: "arrayBuffer",
  });
  if (file.error) {
    throw new ProblemError(file.response.status, file.error);
  }
  const pdf = new Uint8Array(file.data);
  writeFileSync(env("SAKIP_PDF_OUT"), pdf);
  console.log(
    JSON.stringify({
      formId: submitted.data.id,
      formStatus: submitted.data.status,
      rows: submitted.data.rows.length,
      jobId: job.id,
      contentType: file.response.headers.get("Content-Type"),
      bytes: pdf.byteLength,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
