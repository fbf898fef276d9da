import { Text } from "@fluentui/react-components";
import type { Contest } from "../../shared/api/contest";
import type { Finding } from "../../shared/model/findings";
import { useLang } from "../i18n";

interface Props {
  /** The findings the contests apply to (the pane's check, or a receipt's), for each code's message. */
  findings: readonly Finding[];
  contested: readonly Contest[];
  title: string;
}

/** Each contested error as the clerk saw it, with the reason given: in the confirmation and on the receipt. */
export function ContestedList({ findings, contested, title }: Props) {
  const lang = useLang();
  if (contested.length === 0) return null;
  return (
    <section aria-label={title}>
      <Text block weight="semibold">
        {title}
      </Text>
      <ul>
        {contested.map((c) => {
          const f = findings.find((x) => x.code === c.code);
          const message = f ? (lang === "vi" ? f.message : f.messageEn) : c.code;
          return <li key={c.code}>{`${message} — “${c.reason}”`}</li>;
        })}
      </ul>
    </section>
  );
}
