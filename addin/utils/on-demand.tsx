import { Component, createElement, lazy, Suspense, type ComponentType, type ReactNode } from "react";

/** A chunk that could not load (the pane went offline) costs that one part of the screen, never the whole pane. */
class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export type OnDemand<P> = ComponentType<P> & {
  /** Fetches the chunk now (right after the first render), so the first use draws without waiting for the network. */
  preload(): void;
};

/**
 * A component whose code is a chunk loaded when it first renders (or when preloaded), drawn as nothing until then:
 * the pane's first screen should carry only what it shows (notices, findings, dialogs, the receipt and the history
 * come later). Each one has its own boundary so the rest of the pane never waits for it.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchOnce = () => {
    pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  const OnDemand = (props: P) => (
    <ChunkBoundary>
      <Suspense fallback={null}>{createElement(Lazy as unknown as ComponentType<P>, props)}</Suspense>
    </ChunkBoundary>
  );
  OnDemand.preload = () => void fetchOnce().catch(() => undefined);
  return OnDemand;
}
