/**
 * Sign-in for the open page: Microsoft Entra ID with MSAL's redirect flow when the pane is configured with an app
 * registration (this page's address must be one of the app's SPA redirect URIs), else the local host's development
 * tokens. The token lives in this tab only (sessionStorage for MSAL); nothing is kept in the sheet or the link.
 */
import { DevTokenSchema, type OpenConfig } from "./config";

export type DevAccount = { role: "secretariat" } | { unitId: string };

/** Returns a token, or never resolves because the browser is on its way to Microsoft's sign-in page. */
export async function entraToken(auth: NonNullable<OpenConfig["auth"]>): Promise<string> {
  const { createStandardPublicClientApplication, InteractionRequiredAuthError } = await import("@azure/msal-browser");
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: auth.clientId,
      ...(auth.authority ? { authority: auth.authority } : {}),
      redirectUri: `${location.origin}${location.pathname}`,
      // Back to this exact address (with ?submission=…) after signing in.
      navigateToLoginRequestUrl: true,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  const done = await pca.handleRedirectPromise();
  const account = done?.account ?? pca.getAllAccounts()[0];
  const request = { scopes: auth.scopes };
  if (!account) {
    await pca.loginRedirect(request);
    return new Promise<never>(() => undefined);
  }
  if (done?.accessToken) return done.accessToken;
  try {
    return (await pca.acquireTokenSilent({ ...request, account })).accessToken;
  } catch (e) {
    if (!(e instanceof InteractionRequiredAuthError)) throw e;
    await pca.acquireTokenRedirect({ ...request, account });
    return new Promise<never>(() => undefined);
  }
}

export async function devToken(apiBase: string, who: DevAccount): Promise<string> {
  const res = await fetch(`${apiBase}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(who),
  });
  if (!res.ok) throw new Error(`dev token: HTTP ${res.status}`);
  return DevTokenSchema.parse(await res.json()).token;
}
