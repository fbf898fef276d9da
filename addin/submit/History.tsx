import { Text } from "@fluentui/react-components";
import type { Version } from "../../shared/api";
import { useStrings } from "../i18n";
import { receiptTime } from "../utils/format";

/** Earlier submissions of this unit, newest first, as the server lists them. */
export function History({ versions }: { versions: Version[] }) {
  const s = useStrings();
  return (
    <section aria-label={s.history}>
      <Text as="h2" size={300} weight="semibold">
        {s.history}
      </Text>
      {versions.length === 0 ? (
        <Text block>{s.noHistory}</Text>
      ) : (
        <ol aria-label={s.history}>
          {versions.map((v) => (
            <li key={v.submissionId}>
              {`${s.version} ${v.version} — ${receiptTime(v.receivedAt)} — ${v.onTime ? s.onTime : s.late}`}
              {v.review && ` — ${s.reviewLabels[v.review.decision]}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
