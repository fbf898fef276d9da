import { createElement, lazy, Suspense, type ComponentType } from "react";

/**
 * A component whose code is a chunk loaded when it first renders, drawn as nothing until then: the pane's first
 * screen should carry only what it shows (dialogs, the receipt, the history and the contest form come later).
 * Each one has its own boundary so the rest of the pane never waits for it.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  const OnDemand = (props: P) => <Suspense fallback={null}>{createElement(Lazy as unknown as ComponentType<P>, props)}</Suspense>;
  return OnDemand;
}
