/**
 * test/corpus/ is the suite over the external corpus (CCHC_CORPUS_DIR, default ../shared/corpus). `npm test`
 * (scripts/test.js) decides whether it runs and says so; it sets CCHC_CORPUS_SUITE=off when the folder is absent.
 * Run by hand (`npx jest`), the corpus suite is included and fails loudly without its folder.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", ...(process.env.CCHC_CORPUS_SUITE === "off" ? ["<rootDir>/test/corpus/"] : [])],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", transform: { react: { runtime: "automatic" } } } }] },
  // jose 6 ships ES modules only: let swc transform it like our own code.
  transformIgnorePatterns: ["/node_modules/(?!(jose)/)"],
  testTimeout: 30000,
};
