/** Small builders for the card JSON (shared/gworkspace/card.ts), so cards read as what they show. */
import type { Card, RenderActions, Section, Widget } from "../../../shared/gworkspace/card";

export type Params = Record<string, string>;

/** Card text takes a small HTML subset: what came from users or documents is escaped. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export const text = (html: string): Widget => ({ textParagraph: { text: html } });

export function labelled(topLabel: string, value: string, bottomLabel?: string, icon?: string): Widget {
  return {
    decoratedText: {
      topLabel,
      text: value,
      wrapText: true,
      ...(bottomLabel ? { bottomLabel } : {}),
      ...(icon ? { startIcon: { knownIcon: icon } } : {}),
    },
  };
}

export const divider = (): Widget => ({ divider: {} });

export interface ButtonSpec {
  text: string;
  /** Absolute endpoint URL (an action) … */
  action?: string;
  params?: Params;
  /** … or a link to open. */
  link?: string;
  filled?: boolean;
}

function toParams(params: Params | undefined) {
  const list = Object.entries(params ?? {}).map(([key, value]) => ({ key, value }));
  return list.length ? { parameters: list } : {};
}

export function button(b: ButtonSpec) {
  const onClick = b.link
    ? { openLink: { url: b.link } }
    : { action: { function: b.action ?? "", ...toParams(b.params), loadIndicator: "SPINNER" as const } };
  return { text: b.text, onClick, ...(b.filled ? { type: "FILLED" as const } : {}) };
}

export const buttons = (...list: ButtonSpec[]): Widget => ({ buttonList: { buttons: list.map(button) } });

export function section(widgets: Widget[], header?: string, collapsible?: boolean): Section {
  return { ...(header ? { header } : {}), ...(collapsible ? { collapsible, uncollapsibleWidgetsCount: 1 } : {}), widgets };
}

export function card(title: string, subtitle: string | undefined, sections: Section[], name?: string): Card {
  return { ...(name ? { name } : {}), header: { title, ...(subtitle ? { subtitle } : {}) }, sections };
}

export const push = (c: Card): RenderActions => ({ action: { navigations: [{ pushCard: c }] } });
export const update = (c: Card): RenderActions => ({ action: { navigations: [{ updateCard: c }] } });
export const notify = (message: string): RenderActions => ({ action: { notification: { text: message } } });
export const requestFileScope = (): RenderActions => ({
  renderActions: { hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } } },
});
