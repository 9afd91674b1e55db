/** Jest: node for the core, adapters and CLI; jsdom for the task pane. */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      // Type checking is `npm run typecheck`; here we only strip types, which is fast.
      tsconfig: {
        module: "commonjs",
        verbatimModuleSyntax: false,
        isolatedModules: true,
        jsx: "react-jsx",
      },
      diagnostics: false,
    },
  ],
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      // CLI tests run LibreOffice; under a loaded CI machine that takes seconds, not milliseconds.
      testTimeout: 60_000,
      transform,
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/src/taskpane/"],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      transform,
      setupFiles: ["<rootDir>/tests/setup/jsdom.ts"],
      testMatch: ["<rootDir>/src/taskpane/**/*.test.tsx", "<rootDir>/src/taskpane/**/*.test.ts"],
    },
  ],
};
