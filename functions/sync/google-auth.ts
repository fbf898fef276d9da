/**
 * The credentials the Sheets client sends. In production a service account signs a JWT and exchanges it for an
 * access token (google-auth-library caches and refreshes it). For tests against a local endpoint a fixed token
 * is sent instead, with no token exchange — config.ts accepts that only with a loopback SHEETS_ROOT_URL.
 */
import { JWT, OAuth2Client } from "google-auth-library";
import type { ServiceAccount } from "./service-account";

export const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

/**
 * Node's own fetch for every request (token exchange and API calls): gaxios would otherwise load node-fetch with
 * a dynamic import(), which is one more dependency at cold start and fails inside jest's module sandbox.
 */
export const NATIVE_FETCH = { fetchImplementation: fetch };

export function serviceAccountAuth(account: ServiceAccount): JWT {
  return new JWT({
    email: account.client_email,
    key: account.private_key,
    ...(account.private_key_id ? { keyId: account.private_key_id } : {}),
    scopes: [SHEETS_SCOPE],
    transporterOptions: NATIVE_FETCH,
  });
}

export function staticTokenAuth(accessToken: string): OAuth2Client {
  const client = new OAuth2Client({ transporterOptions: NATIVE_FETCH });
  // No expiry and no refresh token: the client sends this token as is and never tries to refresh it.
  client.setCredentials({ access_token: accessToken });
  return client;
}
