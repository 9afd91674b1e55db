import { spawn } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");

export interface PreviewServer {
  /** e.g. "http://127.0.0.1:40123" */
  readonly origin: string;
  stop(): Promise<void>;
}

/** Starts scripts/preview-server.mjs on a free port of 127.0.0.1 serving dist/, plus `mounts`. */
export function startPreviewServer(mounts: Record<string, string> = {}): Promise<PreviewServer> {
  const args = [
    "scripts/preview-server.mjs",
    "--port",
    "0",
    ...Object.entries(mounts).flatMap(([p, d]) => ["--mount", `${p}=${d}`]),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (!m) return;
      child.stdout.off("data", onData);
      resolve({
        origin: `http://127.0.0.1:${m[1]}`,
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`preview server exited (${code}): ${output}`)));
  });
}
