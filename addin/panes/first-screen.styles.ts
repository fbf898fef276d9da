import { tokens } from "@fluentui/react-theme";
import type { CSSProperties } from "react";

/**
 * The first screen's layout and type ramp, as inline styles over Fluent's tokens (CSS variables FluentProvider
 * sets). makeStyles would bring Griffel's runtime (about 9 KB gzip, 13 % of the whole baseline page) into the
 * first load for a dozen rules; the components loaded later still use it. Values follow Fluent's Text sizes.
 */
export const firstScreen = {
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  /** Text size 500, semibold: the pane's title. */
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  /** Text size 300 (body). */
  body: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  /** Text size 200: hints under the toolbar. */
  caption: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  due: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  overdue: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
} satisfies Record<string, CSSProperties>;
