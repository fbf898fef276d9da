/**
 * CORS for the task pane (served from another origin, e.g. https://localhost:3000). Only exact, configured origins
 * are echoed back; others get no CORS headers and the browser blocks them. Tokens travel in Authorization, never in
 * cookies, so credentials mode is not needed.
 */
const ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key";
const EXPOSED_HEADERS = "Idempotent-Replayed, Idempotency-Key, Retry-After, Location, Content-Disposition, ETag";

export function corsHeaders(origin: string | null, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS, Vary: "Origin" };
}

export function preflightHeaders(
  origin: string | null,
  allowed: readonly string[],
  methods: readonly string[],
): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return { Vary: "Origin" };
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(", "),
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}
