import { Badge } from "@fluentui/react-badge";
import { useStrings } from "../i18n";

/** "Chế độ phát triển" beside the title while the server issues development sign-ins. */
export function DevBadge() {
  const s = useStrings();
  return (
    <Badge appearance="tint" color="warning">
      {s.devMode}
    </Badge>
  );
}
