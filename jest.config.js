/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", transform: { react: { runtime: "automatic" } } } }] },
  // jose 6 ships ES modules only: let swc transform it like our own code.
  transformIgnorePatterns: ["/node_modules/(?!(jose)/)"],
  testTimeout: 30000,
};
