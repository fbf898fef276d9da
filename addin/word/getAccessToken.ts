import { CodedError } from "../../shared/errors/codes";
import { officeGlobals } from "./office";

/** Office single sign-on (Office.auth.getAccessToken): the fallback when nested app authentication is unavailable. */
export async function getAccessToken(): Promise<string> {
  const auth = officeGlobals().Office?.auth;
  if (!auth) throw new CodedError("auth.missingToken", "Office.auth is not available");
  try {
    return await auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
  } catch (e) {
    throw new CodedError("auth.missingToken", `getAccessToken: ${(e as { code?: unknown }).code ?? String(e)}`);
  }
}
