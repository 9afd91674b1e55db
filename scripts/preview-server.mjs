// A tiny static server for the built pages, on 127.0.0.1 only: `npm run preview` serves dist/
// so the standalone page (standalone.html) opens in any browser without Excel; text is sent
// gzip-compressed when the browser accepts it. The e2e tests
// start it with `--port 0` and read the address from its first line of output.
//
//   node scripts/preview-server.mjs [--port 8080] [--root dist] [--mount /prefix=dir]...
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { URL, fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function parseArgs(argv) {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const options = { port: 8080, mounts: [] };
  let dir = join(root, "dist");
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--port") options.port = Number(value);
    else if (flag === "--root") dir = resolve(value);
    else if (flag === "--mount") {
      const [prefix, mountDir] = value.split("=");
      options.mounts.unshift({
        prefix: `/${prefix.replace(/^\/|\/$/g, "")}/`,
        dir: resolve(mountDir),
      });
    } else throw new Error(`unknown option ${flag}`);
    i++;
  }
  options.mounts.push({ prefix: "/", dir });
  return options;
}

/** The file a URL path names, or null when it is outside every mounted directory. */
function fileFor(mounts, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (path === "/") path = "/standalone.html";
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  if (!mount) return null;
  const file = resolve(mount.dir, `.${path.slice(mount.prefix.length - 1)}`);
  return file === mount.dir || file.startsWith(mount.dir + sep) ? file : null;
}

const { port, mounts } = parseArgs(process.argv.slice(2));
const server = createServer((req, res) => {
  const file =
    req.method === "GET" || req.method === "HEAD" ? fileFor(mounts, req.url ?? "/") : null;
  let size = -1;
  try {
    if (file) size = statSync(file).isFile() ? statSync(file).size : -1;
  } catch {
    size = -1;
  }
  if (size < 0) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("ไม่พบไฟล์ (404)\n");
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  // Text (the scripts above all) goes gzip-compressed to a browser that accepts it, as a real host would send it.
  const gzip =
    /^(text\/|application\/(json|xml))|svg/.test(type) &&
    /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(200, {
    "Content-Type": type,
    ...(gzip ? { "Content-Encoding": "gzip" } : { "Content-Length": size }),
    Vary: "Accept-Encoding",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") res.end();
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`ITA Report preview: http://127.0.0.1:${address.port}/standalone.html\n`);
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
