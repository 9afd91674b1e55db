#!/usr/bin/env node
// The `ita-report` command: runs the bundle that `npm run build:cli` writes.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist-cli", "ita-report.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("ยังไม่ได้ build คำสั่ง ita-report กรุณารัน npm run build:cli ก่อน\n");
  process.exit(3);
}
require(bundle);
