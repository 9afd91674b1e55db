// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a no-op is enough here.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
