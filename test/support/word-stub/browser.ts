import { installWordStub } from "./index";

/**
 * Entry of the e2e bundle served in place of office.js: Word and Office globals backed by the stub, and the test
 * hooks on window.__wordStub. Options come from the page URL (?lang=en-US&noFile=1&wordApi=1.1).
 */
const params = new URLSearchParams(globalThis.location?.search ?? "");
const wordApi = params.get("wordApi") ?? "1.6";
const stub = installWordStub({
  displayLanguage: params.get("lang") ?? "vi-VN",
  fileAsync: params.get("noFile") !== "1",
  sets: { WordApi: wordApi, CompressedFile: "1.1", File: "1.1" },
});
(globalThis as unknown as { __wordStub: unknown }).__wordStub = stub.hooks;
