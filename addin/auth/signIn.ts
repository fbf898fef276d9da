import type { IPublicClientApplication } from "@azure/msal-browser";
import type { PaneConfig } from "../config";
import { getAccessToken } from "../word";

let app: Promise<IPublicClientApplication> | undefined;

/**
 * A bearer token for the backend: Microsoft 365 nested app authentication (MSAL's nestable client, silent first,
 * popup if consent is needed) when the pane is configured with an app registration, else Office SSO.
 */
export async function signIn(config: PaneConfig): Promise<string> {
  const auth = config.auth;
  if (auth) {
    try {
      // MSAL is a third of the pane's script and only Microsoft 365 sign-in needs it: loaded on first use.
      app ??= import("@azure/msal-browser").then(({ createNestablePublicClientApplication }) =>
        createNestablePublicClientApplication({ auth: { clientId: auth.clientId, ...(auth.authority ? { authority: auth.authority } : {}) } }),
      );
      const pca = await app;
      const request = { scopes: auth.scopes };
      const result = await pca.acquireTokenSilent(request).catch(() => pca.acquireTokenPopup(request));
      return result.accessToken;
    } catch {
      // Hosts without nested app authentication (older Word builds): Office's own SSO below.
    }
  }
  return getAccessToken();
}
