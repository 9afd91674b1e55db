import { configure } from "@testing-library/dom";

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a no-op is enough here.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// A loaded CI machine renders Fluent screens in more than testing-library's default 1 s;
// a wait that cannot succeed still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
