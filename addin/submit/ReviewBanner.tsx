import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-message-bar";
import type { Version } from "../../shared/api";
import { useStrings } from "../i18n";
import { latestReview } from "./review";

/** What Sở Nội vụ decided about the latest version: a returned report's comment is the first thing the clerk sees. */
export function ReviewBanner({ history }: { history: readonly Version[] }) {
  const s = useStrings();
  const latest = latestReview(history);
  if (!latest) return null;
  if (latest.review.decision === "accepted") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{s.accepted(latest.version)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.returned(latest.version, latest.review.comment)}</MessageBarTitle> {s.returnedHint}
      </MessageBarBody>
    </MessageBar>
  );
}
