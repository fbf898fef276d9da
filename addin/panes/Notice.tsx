import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-message-bar";
import type { ReactNode } from "react";
import type { PaneError } from "../api/errors";
import { useLang } from "../i18n";
import { messageFor } from "../i18n/errors";

export interface NoticeProps {
  intent: "success" | "warning" | "error" | "info";
  /** A catalogue text, or an error value turned into one here (with the error catalogue, loaded with this chunk). */
  message: string | PaneError;
  /** Errors are announced at once (role="alert"); other notices are read in turn. */
  alert?: boolean;
  action?: ReactNode;
}

/** One line the clerk should read: a Fluent MessageBar, loaded with the first notice or right after the first screen. */
export function Notice({ intent, message, alert = false, action }: NoticeProps) {
  const lang = useLang();
  return (
    <MessageBar intent={intent} {...(alert ? { role: "alert" } : {})}>
      <MessageBarBody>{typeof message === "string" ? message : messageFor(lang, message)}</MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}
