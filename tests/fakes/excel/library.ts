import type { HostProfile } from "./hostProfiles";
import { isSetSupportedBy } from "./hostProfiles";

/**
 * Microsoft's Excel client library, loaded into a window: in Node by ./nodeLibrary (jsdom), in
 * the browser by a script tag. The hooks used here are the library's own: the HTTP send hook and
 * its test hooks for rich-API event messages.
 */
export interface OfficeLibrary {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly window: Window;
}

export interface HttpRequestInfo {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

export interface HttpResponseInfo {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface LibraryHooks {
  HttpUtility: {
    setCustomSendRequestFunc(f: (request: HttpRequestInfo) => Promise<HttpResponseInfo>): void;
  };
  /** A plain string URL: an object from another realm (Node vs the jsdom window) fails the library's check. */
  ClientRequestContext: { defaultRequestUrlAndHeaders?: string | undefined };
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: unknown): void;
}

type Route = (url: string, bodyText: string) => Promise<{ statusCode: number; body: string }>;

interface Connection {
  readonly routes: Map<string, Route>;
  readonly hooks: LibraryHooks;
}

const connections = new WeakMap<OfficeLibrary, Connection>();

/**
 * Points the library at simulated hosts: requests go to the host whose base URL they start with;
 * `Office.context` answers with `profile`'s API sets (the library checks some members itself) and
 * platform. Done once per library; `context` adds what a page reads (e.g. officeTheme).
 */
export function connectLibrary(
  library: OfficeLibrary,
  profile: HostProfile,
  context: Record<string, unknown> = {},
): Connection {
  const existing = connections.get(library);
  if (existing) return existing;
  const hooks = library.OfficeExtension as unknown as LibraryHooks;
  const routes = new Map<string, Route>();
  hooks.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = [...routes.keys()].find((u) => request.url.startsWith(u));
    if (base === undefined) return { statusCode: 404, headers: {}, body: "" };
    // The body as the library serializes it (CoreUtility._getRequestBodyText): JSON.stringify.
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const reply = await routes.get(base)!(request.url, text);
    return { statusCode: reply.statusCode, headers: {}, body: reply.body };
  });
  hooks._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  const osf = (library.window as unknown as { OSF: { _OfficeAppFactory?: unknown } }).OSF;
  const officeContext = {
    requirements: { isSetSupported: isSetSupportedBy(profile) },
    platform: profile.platform,
    ...context,
  };
  osf._OfficeAppFactory ??= { getContext: () => officeContext };
  const connection = { routes, hooks };
  connections.set(library, connection);
  return connection;
}
