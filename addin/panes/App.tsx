import { Button } from "@fluentui/react-button";
import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-message-bar";
import { Spinner } from "@fluentui/react-spinner";
import { Text } from "@fluentui/react-text";
import { tokens } from "@fluentui/react-theme";
import { makeStyles } from "@griffel/react";
import { useCallback, useMemo, useState } from "react";
import { isContestable } from "../../shared/api/contestable";
import type { Finding } from "../../shared/model/findings";
import type { Api } from "../api/client";
import { toPaneError, type PaneError } from "../api/errors";
import type { KeyStore } from "../api/idempotency";
import type { PaneConfig } from "../config";
import { FindingsPanel } from "../findings/FindingsPanel";
import { useCheck } from "../findings/useCheck";
import { messageFor, useLang, useStrings } from "../i18n";
import { ReviewBanner } from "../submit/ReviewBanner";
import { SubmitProgress } from "../submit/SubmitProgress";
import { useContests } from "../submit/useContests";
import { useSubmit } from "../submit/useSubmit";
import { dueDate } from "../utils/format";
import { onDemand } from "../utils/on-demand";
import type { Capabilities, InsertWhere } from "../word";
import { Header } from "./Header";
import { unitFromListing } from "./unit";
import { useSession } from "./useSession";

/** Edits, selections and the outline they write: loaded with the clerk's first click on one of them. */
const edits = () => import("../word/edits");
const outline = () => import("../../shared/outline");

const ContestAction = onDemand(() => import("../submit/ContestAction").then((m) => m.ContestAction));
const ContestedList = onDemand(() => import("../submit/ContestedList").then((m) => m.ContestedList));
const History = onDemand(() => import("../submit/History").then((m) => m.History));
const Receipt = onDemand(() => import("../submit/Receipt").then((m) => m.Receipt));
const ConfirmDialog = onDemand(() => import("./ConfirmDialog").then((m) => m.ConfirmDialog));
const UnitPicker = onDemand(() => import("./UnitPicker").then((m) => m.UnitPicker));

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  api: Api;
  config: PaneConfig;
  caps: Capabilities;
  storage?: Storage;
  keys: KeyStore;
  now: () => string;
}

type Notice = { intent: "success" | "warning" | "error" | "info"; text: string; goToOutline?: boolean };

export function App({ api, config, caps, storage, keys, now }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const session = useSession(api, config, storage, now);
  const check = useCheck(session.campaign, caps.changeEvents, session.unit?.shortCode);
  const target = useMemo(
    () => (session.campaign && session.unit && session.token ? { campaignId: session.campaign.id, unitId: session.unit.id, token: session.token } : undefined),
    [session.campaign, session.unit, session.token],
  );
  const contests = useContests(check.findings);
  const submit = useSubmit(api, target, keys, check.showServerFindings, contests.applied);
  const [notice, setNotice] = useState<Notice>();
  const [confirmInsert, setConfirmInsert] = useState(false);
  const fail = useCallback((e: unknown) => setNotice({ intent: "error", text: messageFor(lang, toPaneError(e) as PaneError) }), [lang]);

  const doInsert = async (where: InsertWhere) => {
    setConfirmInsert(false);
    if (!session.campaign || !session.unit) return;
    try {
      const [{ insertOutline }, { buildOutline }] = await Promise.all([edits(), outline()]);
      await insertOutline(buildOutline(session.campaign, unitFromListing(session.unit)), where);
      setNotice({ intent: "success", text: s.outlineInserted });
      // The pane's own edit: findings already on screen are refreshed at once, whatever Word reports.
      if (check.findings !== undefined) void check.run();
    } catch (e) {
      fail(e);
    }
  };
  const onInsert = async () => {
    setNotice(undefined);
    try {
      const state = await (await edits()).inspectDocument();
      if (state.hasOutline) setNotice({ intent: "info", text: s.outlineExists, goToOutline: true });
      else if (!state.empty) setConfirmInsert(true);
      else await doInsert("start");
    } catch (e) {
      fail(e);
    }
  };
  const onSelect = (f: Finding) => {
    if (!f.location || !check.index) return;
    const { index } = check;
    const { location } = f;
    edits().then(({ selectFinding }) => selectFinding(index, location)).catch((e: unknown) => {
      fail(e);
      void check.run();
    });
  };
  const onFix = async (f: Finding) => {
    if (!f.fix || !session.campaign || !check.index) return;
    try {
      const { insertSection, removeSection } = await edits();
      if (f.fix.kind === "removeSection") await removeSection(check.index, f.fix);
      else await insertSection((await outline()).sectionBlocks(session.campaign, f.fix.section), check.index, f.fix.beforeBlock);
      await check.run();
    } catch (e) {
      fail(e);
    }
  };

  if (session.loading) return <Spinner label={s.loading} />;
  if (session.error && !session.campaign) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{session.error.code === "api.unreachable" ? s.apiDown(config.apiBase) : messageFor(lang, session.error)}</MessageBarBody>
      </MessageBar>
    );
  }

  // Errors the clerk has not contested with a reason: the ones that still block "Nộp báo cáo".
  const errors = contests.verdict?.uncontested.length ?? 0;
  const busy = submit.step === "reading" || submit.step === "uploading";
  const canSubmit = caps.compressedFile && !!target && check.findings !== undefined && errors === 0 && !check.checking && !busy;
  const hint = !caps.compressedFile ? s.noFile : check.findings === undefined ? s.checkFirst : errors > 0 ? s.submitBlocked(errors) : undefined;

  return (
    <main className={styles.pane} aria-label={s.appTitle}>
      <Header campaigns={session.campaigns} campaign={session.campaign} unit={session.unit} devAuth={session.devAuth} now={now} onCampaign={session.chooseCampaign} />
      <UnitPicker units={session.units} levels={session.campaign?.levels ?? []} value={session.unit?.id} devAuth={session.devAuth} onChange={session.chooseUnit} />
      {session.unitMissing && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.unitNotInCampaign}</MessageBarBody>
        </MessageBar>
      )}
      {session.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{messageFor(lang, session.error)}</MessageBarBody>
        </MessageBar>
      )}
      {!caps.structure && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.noStructure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar} role="toolbar" aria-label={s.appTitle}>
        <Button onClick={onInsert} disabled={!caps.structure || !session.unit}>
          {s.insertOutline}
        </Button>
        <Button
          onClick={() => {
            setNotice(undefined);
            void check.run();
          }}
          disabled={!caps.structure || !session.campaign || check.checking}>
          {s.check}
        </Button>
        <Button
          appearance="primary"
          onClick={() => {
            setNotice(undefined);
            submit.open();
          }}
          disabled={!canSubmit}
        >
          {s.submit}
        </Button>
      </div>
      {hint && <Text size={200}>{hint}</Text>}
      {caps.structure && check.findings !== undefined && <Text size={200}>{caps.changeEvents ? s.autoCheck : s.manualCheck}</Text>}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.goToOutline && (
            <MessageBarActions>
              <Button onClick={() => void edits().then(({ selectOutline }) => selectOutline()).catch(fail)}>{s.goToOutline}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {check.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{messageFor(lang, check.error)}</MessageBarBody>
        </MessageBar>
      )}
      <SubmitProgress step={submit.step} error={submit.error} canRetry={submit.canRetry} onRetry={() => void submit.retry()} />
      {target && <ReviewBanner history={submit.history} />}
      {submit.receipt && <Receipt receipt={submit.receipt} />}
      <FindingsPanel
        findings={check.findings}
        source={check.source}
        checking={check.checking}
        submitted={submit.step === "done"}
        onSelect={onSelect}
        onFix={(f) => void onFix(f)}
        actions={(f) =>
          isContestable(f) && caps.compressedFile ? (
            <ContestAction finding={f} reason={contests.reasons[f.code] ?? ""} done={contests.isValid(f.code)} onReason={contests.setReason} />
          ) : null
        }
      />
      {target && <History versions={submit.history} />}
      <ConfirmDialog open={confirmInsert} title={s.confirmInsertTitle} confirmLabel={s.insertHere} onConfirm={() => void doInsert("cursor")} onCancel={() => setConfirmInsert(false)}>
        {s.confirmInsertBody}
      </ConfirmDialog>
      <ConfirmDialog
        open={submit.step === "confirm"}
        title={s.confirmSubmitTitle}
        confirmLabel={s.confirmSubmit}
        onConfirm={() => void submit.confirm()}
        onCancel={submit.cancel}
      >
        {session.unit && s.confirmSubmitBody(session.unit.name, dueDate(session.unit.dueAt))}
        {contests.verdict && <ContestedList findings={contests.verdict.findings} contested={contests.applied} title={s.contestedList} />}
      </ConfirmDialog>
    </main>
  );
}
