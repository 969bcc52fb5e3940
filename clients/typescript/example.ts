/**
 * How a browser frontend calls the API with the generated types (api.d.ts), using only
 * fetch. `./check` type-checks this file against types generated afresh from the served
 * OpenAPI document: a change of a path, a parameter or a response shape that this code
 * relies on fails the build.
 */
import type { components, paths } from "./api";

type Schemas = components["schemas"];
type SeriesOperation = paths["/api/v1/trade/series"]["get"];

export type TradeSeries = SeriesOperation["responses"][200]["content"]["application/json"];
export type SeriesQuery = SeriesOperation["parameters"]["query"];
export type Problem = Schemas["ProblemDetail"];
/** A merge patch sends only the members that change. */
export type SourcePatch = Partial<Schemas["SourceRequest"]>;
type SourcePatchHeaders = NonNullable<paths["/api/v1/sources/{id}"]["patch"]["parameters"]["header"]>;

/** An error answer: every one is an RFC 9457 problem, readable across origins (CORS). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }
}

function queryString(parameters: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) {
      query.set(name, String(value));
    }
  }
  return query.toString();
}

async function failure(response: Response): Promise<ApiError> {
  return new ApiError(response.status, (await response.json()) as Problem);
}

/**
 * A trade series as JSON. Pass the ETag of an earlier answer to revalidate it: null
 * then means "not modified, keep what you have".
 */
export async function series(
  base: string,
  query: SeriesQuery,
  etag?: string,
): Promise<{ series: TradeSeries; etag: string | null } | null> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (etag !== undefined) {
    headers["If-None-Match"] = etag;
  }
  const response = await fetch(`${base}/api/v1/trade/series?${queryString(query)}`, { headers });
  if (response.status === 304) {
    return null;
  }
  if (!response.ok) {
    throw await failure(response);
  }
  return { series: (await response.json()) as TradeSeries, etag: response.headers.get("ETag") };
}

/** The same series as an SVG chart, for an <img src> (never inlined as HTML). */
export function chartUrl(base: string, query: SeriesQuery, size?: { width: number; height: number }): string {
  return `${base}/api/v1/trade/series?${queryString({ ...query, ...size, format: "svg" })}`;
}

/** The same series as CSV, for a download link. */
export function csvUrl(base: string, query: SeriesQuery): string {
  return `${base}/api/v1/trade/series?${queryString({ ...query, format: "csv" })}`;
}

/** A table row of a series: what an explorer page shows for each point. */
export interface SeriesRow {
  period: string;
  reporter: string;
  value: number | null;
  currency: string;
  scale: string;
  changePercent: number | null;
  derived: boolean;
  warnings: string[];
  sources: string[];
}

export function rows(series: TradeSeries): SeriesRow[] {
  return (series.points ?? []).map((point) => ({
    period: point.period?.label ?? "",
    reporter: point.reporter?.country ?? "",
    value: point.value ?? null,
    currency: point.currency ?? "",
    scale: point.scale ?? "",
    changePercent: point.change?.percent ?? null,
    derived: point.derived === true,
    warnings: (point.flags ?? []).filter((flag) => flag.severity === "WARNING").map((flag) => flag.code ?? ""),
    sources: (point.sources ?? []).map((source) => source?.title ?? source?.id ?? ""),
  }));
}

/**
 * A curator renames a source: a merge patch with the ETag of the last read in If-Match
 * (412 if someone changed it since). The page's origin must be listed in
 * APP_CORS_WRITE_ORIGINS.
 */
export async function renameSource(
  base: string,
  apiKey: string,
  id: string,
  etag: string,
  title: string,
): Promise<string | null> {
  const patch: SourcePatch = { title };
  const ifMatch: SourcePatchHeaders["If-Match"] = etag;
  const response = await fetch(`${base}/api/v1/sources/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: {
      "Content-Type": "application/merge-patch+json",
      "X-API-Key": apiKey,
      "If-Match": ifMatch ?? "",
    },
    body: JSON.stringify(patch),
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.headers.get("ETag");
}

/** KZ-CZ turnover, printed. */
export async function example(base = "http://localhost:8080"): Promise<void> {
  const query: SeriesQuery = { country: "KZ", partner: "CZ", indicator: "TURNOVER" };
  const answer = await series(base, query);
  if (answer === null) {
    return;
  }
  for (const row of rows(answer.series)) {
    console.log(row.period, row.reporter, row.value, row.currency, row.scale, row.warnings.join(" "));
  }
  console.log("chart:", chartUrl(base, query), "csv:", csvUrl(base, query));
}
