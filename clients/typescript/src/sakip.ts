// The four SAKIP services as typed clients (openapi-fetch over the types generated from docs/api).
// A front-end creates them once with the base URLs of its environment and the user's access token.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as CollectionPaths } from "./generated/collection-service.js";
import type { paths as IndicatorPaths } from "./generated/indicator-service.js";
import type { paths as MeasurementPaths } from "./generated/measurement-service.js";
import type { paths as ReportingPaths } from "./generated/reporting-service.js";

export interface SakipEndpoints {
  indicator: string;
  collection: string;
  measurement: string;
  reporting: string;
}

export interface SakipClients {
  indicator: Client<IndicatorPaths>;
  collection: Client<CollectionPaths>;
  measurement: Client<MeasurementPaths>;
  reporting: Client<ReportingPaths>;
}

/** Adds the bearer token to every request; `token` is asked each time, so a refreshed token is used. */
function bearer(token: () => string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token()}`);
      return request;
    },
  };
}

export function sakipClients(endpoints: SakipEndpoints, token: () => string): SakipClients {
  const auth = bearer(token);
  const indicator = createClient<IndicatorPaths>({ baseUrl: endpoints.indicator });
  const collection = createClient<CollectionPaths>({ baseUrl: endpoints.collection });
  const measurement = createClient<MeasurementPaths>({ baseUrl: endpoints.measurement });
  const reporting = createClient<ReportingPaths>({ baseUrl: endpoints.reporting });
  for (const c of [indicator, collection, measurement, reporting]) {
    c.use(auth);
  }
  return { indicator, collection, measurement, reporting };
}

/** The gateway layout (docs/api/README.md): one origin, a prefix per service. */
export function behindGateway(origin: string): SakipEndpoints {
  return {
    indicator: `${origin}/api/indicator`,
    collection: `${origin}/api/collection`,
    measurement: `${origin}/api/measurement`,
    reporting: `${origin}/api/reporting`,
  };
}

/** A problem+json answer as an Error that keeps the problem's fields. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`HTTP ${status}: ${JSON.stringify(problem)}`);
  }
}
