import { Combobox, Field, MessageBar, MessageBarBody, Option, OptionGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { UnitDue } from "../../shared/api";
import type { Level } from "../../shared/campaign/schema";
import { useLang, useStrings } from "../i18n";
import { unitGroups } from "./unit-options";

const useStyles = makeStyles({
  // The pane is 320 px wide in Word on the web: the box and its list take the width they are given, no more.
  combobox: { width: "100%", minWidth: 0 },
  listbox: { maxHeight: "60vh", maxWidth: "calc(100vw - 24px)" },
  option: { whiteSpace: "normal" },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

interface Props {
  units: UnitDue[];
  /** The open campaign's levels: the groups and their labels. */
  levels: readonly Level[];
  value?: string;
  devAuth: boolean;
  onChange(id: string): void;
}

/**
 * The unit the pane works for (development sign-in), grouped by the campaign's levels, with type-to-search that
 * ignores diacritics and case. Clearly labelled as development mode.
 */
export function UnitPicker({ units, levels, value, devAuth, onChange }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const selected = units.find((u) => u.id === value);
  const [query, setQuery] = useState(selected?.name ?? "");
  const [open, setOpen] = useState(false);
  // A chosen unit (or a campaign change) shows its name; typing filters.
  useEffect(() => setQuery(selected?.name ?? ""), [selected?.name]);
  const filter = query === selected?.name ? "" : query;
  const groups = useMemo(() => unitGroups(units, levels, filter, lang), [units, levels, filter, lang]);
  return (
    <>
      {devAuth && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <strong>{s.devMode}.</strong> {s.devModeHint}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.chooseUnit}>
        <Combobox
          className={styles.combobox}
          listbox={{ className: styles.listbox }}
          placeholder={s.searchUnit}
          value={query}
          selectedOptions={selected ? [selected.id] : []}
          open={open}
          // Typing opens the list (Fluent opens it on key presses only; a pasted name must filter too).
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, d) => {
            if (!d.optionValue) return;
            setQuery(d.optionText ?? "");
            onChange(d.optionValue);
          }}
          onOpenChange={(_, d) => {
            setOpen(d.open);
            if (!d.open) setQuery(selected?.name ?? "");
          }}
        >
          {groups.map((g) => (
            <OptionGroup key={g.levelId} label={g.label}>
              {g.units.map((u) => (
                <Option key={u.id} value={u.id} text={u.name} className={styles.option}>
                  {u.name}
                </Option>
              ))}
            </OptionGroup>
          ))}
          {groups.length === 0 && <div className={styles.empty}>{s.noUnitFound}</div>}
        </Combobox>
      </Field>
    </>
  );
}
