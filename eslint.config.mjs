// Lint: typescript-eslint's recommended rules plus the boundaries that keep the core pure.
// (tests/architecture/layers.test.ts adds the domain's inner layers, import circles and src → tests.)
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const hostFree = [
  "react",
  "react-dom",
  "@fluentui/*",
  "exceljs",
  "node:*",
  "fs",
  "path",
  "child_process",
  "**/excel/**",
  "**/xlsx/**",
  "**/taskpane/**",
  "**/cli/**",
];
const restrict = (group, message) => ["error", { patterns: [{ group, message }] }];
const noHostGlobals = [
  "error",
  "Office",
  "Excel",
  "window",
  "document",
  "localStorage",
  "process",
  "require",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "out/**",
      "coverage/**",
      "test-output/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        [...hostFree, "**/app/**", "**/standalone/**"],
        "domain/ is pure: no adapters, React, Office or Node",
      ),
      "no-restricted-globals": noHostGlobals,
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [...hostFree, "**/standalone/**"],
        "app/ reaches hosts only through app/ports.ts",
      ),
      "no-restricted-globals": noHostGlobals,
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [
          "exceljs",
          "react",
          "@fluentui/*",
          "node:*",
          "**/xlsx/**",
          "**/taskpane/**",
          "**/standalone/**",
          "**/cli/**",
        ],
        "the Office.js adapter only translates",
      ),
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        ["react", "@fluentui/*", "**/excel/**", "**/taskpane/**", "**/standalone/**", "**/cli/**"],
        "the ExcelJS adapter only translates",
      ),
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        ["exceljs", "node:*", "**/xlsx/**", "**/cli/**", "**/standalone/**"],
        "the task pane never loads ExcelJS or Node APIs up front",
      ),
    },
  },
  {
    // Screens and components see the host only through TaskpaneServices (services.ts).
    files: ["src/taskpane/{screens,components,hooks}/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension"] },
  },
  {
    // The standalone page: the task pane on an .xlsx in the browser, so ExcelJS is allowed here
    // (loaded on demand), Office.js and Node are not.
    files: ["src/standalone/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        ["node:*", "fs", "path", "child_process", "**/excel/**", "**/cli/**"],
        "the standalone page runs in a browser without Office",
      ),
    },
  },
  {
    // The command line is an ExcelJS host: it never reaches Office.js or the browser pages.
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        ["react", "react-dom", "@fluentui/*", "**/excel/**", "**/taskpane/**", "**/standalone/**"],
        "the CLI is an ExcelJS host",
      ),
    },
  },

  {
    // Microsoft's Office.js rules (load before read, sync after load, no sync in loops, null
    // objects tested with isNullObject). They recognise a request context only by the name
    // `context`, so the adapter uses that name everywhere.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
