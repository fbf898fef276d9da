import { useStrings } from "../i18n";
import { firstScreen } from "./first-screen.styles";

/** "Đang tải…" while the configuration, the sign-in and the first API answers are on their way. */
export function Loading() {
  const s = useStrings();
  return (
    <p role="status" style={{ ...firstScreen.body, padding: firstScreen.pane.padding }}>
      {s.loading}
    </p>
  );
}
