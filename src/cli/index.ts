import { main } from "./main";

// A reader that stops early (`ita-report validate x.json | head`) closes the pipe: what is
// left unprinted nobody reads, so the command ends quietly instead of with Node's EPIPE trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
