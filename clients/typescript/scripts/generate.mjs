// Generates src/generated/<service>.ts from the committed documents in docs/api (openapi-typescript).
// Binary bodies (PDF, XLSX, attachments: `format: binary`) become Blob, so a download is never typed
// as text; read them with openapi-fetch's `parseAs: "arrayBuffer"` (or "blob").
import { mkdirSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const SERVICES = ["indicator-service", "collection-service", "measurement-service", "reporting-service"];
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

mkdirSync(new URL("../src/generated/", import.meta.url), { recursive: true });
for (const service of SERVICES) {
  const ast = await openapiTS(new URL(`../../../docs/api/${service}.yaml`, import.meta.url), {
    transform(schema) {
      if (schema.format === "binary") {
        const nullable = Array.isArray(schema.type) && schema.type.includes("null");
        return nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  writeFileSync(new URL(`../src/generated/${service}.ts`, import.meta.url), astToString(ast));
  console.log(`generated src/generated/${service}.ts`);
}
