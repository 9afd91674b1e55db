import { createElement, lazy, type ComponentType, type FunctionComponent } from "react";

/** A screen loaded on demand, and a way to load it ahead of the user's click. */
export interface LazyScreen<P extends object> {
  readonly Screen: FunctionComponent<P>;
  readonly preload: () => Promise<unknown>;
}

/**
 * A screen in its own chunk, so that the pane's first load holds only the start screen
 * (tests/e2e/bundleSize.test.ts). Once loaded, it renders at once: the pane preloads every
 * screen after it first shows, and a tab then opens without a moment of "loading".
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => (pending ??= load().then((screen) => (loaded = screen)));
  const Suspended = lazy(async () => ({ default: await preload() }));
  // The lazy component takes the props of the screen it loads (React types its props apart).
  const Screen: FunctionComponent<P> = (props) =>
    loaded
      ? createElement(loaded, props)
      : createElement(Suspended as unknown as ComponentType<P>, props);
  return { Screen, preload };
}
