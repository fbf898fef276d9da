import { Button } from "@fluentui/react-button";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isContestable } from "../../shared/api/contestable";
import type { Finding } from "../../shared/model/findings";
import type { Api } from "../api/client";
import { toPaneError, type PaneError } from "../api/errors";
import type { KeyStore } from "../api/idempotency";
import type { PaneConfig } from "../config";
import { useCheck } from "../findings/useCheck";
import { useStrings } from "../i18n";
import { latestReview } from "../submit/review";
import { useContests } from "../submit/useContests";
import { useSubmit } from "../submit/useSubmit";
import { dueDate } from "../utils/format";
import { onDemand } from "../utils/on-demand";
import type { Capabilities, InsertWhere } from "../word";
import { firstScreen } from "./first-screen.styles";
import { Header } from "./Header";
import { Loading } from "./Loading";
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
// What the first screen does not draw until the first check, notice or submission: fetched right after it.
const FindingsPanel = onDemand(() => import("../findings/FindingsPanel").then((m) => m.FindingsPanel));
const Notice = onDemand(() => import("./Notice").then((m) => m.Notice));
const ReviewBanner = onDemand(() => import("../submit/ReviewBanner").then((m) => m.ReviewBanner));
const SubmitProgress = onDemand(() => import("../submit/SubmitProgress").then((m) => m.SubmitProgress));

interface Props {
  api: Api;
  config: PaneConfig;
  caps: Capabilities;
  storage?: Storage;
  keys: KeyStore;
  now: () => string;
}

type PaneNotice = { intent: "success" | "warning" | "error" | "info"; message: string | PaneError; goToOutline?: boolean };

export function App({ api, config, caps, storage, keys, now }: Props) {
  const s = useStrings();
  const session = useSession(api, config, storage, now);
  const check = useCheck(session.campaign, caps.changeEvents, session.unit?.shortCode);
  const target = useMemo(
    () => (session.campaign && session.unit && session.token ? { campaignId: session.campaign.id, unitId: session.unit.id, token: session.token } : undefined),
    [session.campaign, session.unit, session.token],
  );
  const contests = useContests(check.findings);
  const submit = useSubmit(api, target, keys, check.showServerFindings, contests.applied);
  const [notice, setNotice] = useState<PaneNotice>();
  const [confirmInsert, setConfirmInsert] = useState(false);
  const fail = useCallback((e: unknown) => setNotice({ intent: "error", message: toPaneError(e) }), []);
  // Once the first screen is up, the chunks of its next states load while the clerk reads it (and before any
  // network trouble that a notice would have to report).
  useEffect(() => {
    if (session.loading) return;
    for (const part of [Notice, FindingsPanel, SubmitProgress]) part.preload();
  }, [session.loading]);

  const doInsert = async (where: InsertWhere) => {
    setConfirmInsert(false);
    if (!session.campaign || !session.unit) return;
    try {
      const [{ insertOutline }, { buildOutline }] = await Promise.all([edits(), outline()]);
      await insertOutline(buildOutline(session.campaign, unitFromListing(session.unit)), where);
      setNotice({ intent: "success", message: s.outlineInserted });
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
      if (state.hasOutline) setNotice({ intent: "info", message: s.outlineExists, goToOutline: true });
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

  if (session.loading) return <Loading />;
  if (session.error && !session.campaign) {
    return <Notice intent="error" alert message={session.error.code === "api.unreachable" ? s.apiDown(config.apiBase) : session.error} />;
  }

  // Errors the clerk has not contested with a reason: the ones that still block "Nộp báo cáo".
  const errors = contests.verdict?.uncontested.length ?? 0;
  const busy = submit.step === "reading" || submit.step === "uploading";
  const canSubmit = caps.compressedFile && !!target && check.findings !== undefined && errors === 0 && !check.checking && !busy;
  const hint = !caps.compressedFile ? s.noFile : check.findings === undefined ? s.checkFirst : errors > 0 ? s.submitBlocked(errors) : undefined;

  return (
    <main style={firstScreen.pane} aria-label={s.appTitle}>
      <Header campaigns={session.campaigns} campaign={session.campaign} unit={session.unit} devAuth={session.devAuth} now={now} onCampaign={session.chooseCampaign} />
      <UnitPicker units={session.units} levels={session.campaign?.levels ?? []} value={session.unit?.id} devAuth={session.devAuth} onChange={session.chooseUnit} />
      {session.unitMissing && <Notice intent="warning" message={s.unitNotInCampaign} />}
      {session.error && <Notice intent="error" alert message={session.error} />}
      {!caps.structure && <Notice intent="warning" message={s.noStructure} />}
      <div style={firstScreen.toolbar} role="toolbar" aria-label={s.appTitle}>
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
      {hint && <p style={firstScreen.caption}>{hint}</p>}
      {caps.structure && check.findings !== undefined && <p style={firstScreen.caption}>{caps.changeEvents ? s.autoCheck : s.manualCheck}</p>}
      {notice && (
        <Notice
          intent={notice.intent}
          message={notice.message}
          action={notice.goToOutline && <Button onClick={() => void edits().then(({ selectOutline }) => selectOutline()).catch(fail)}>{s.goToOutline}</Button>}
        />
      )}
      {check.error && <Notice intent="error" alert message={check.error} />}
      {submit.step !== "idle" && submit.step !== "confirm" && (
        <SubmitProgress step={submit.step} error={submit.error} canRetry={submit.canRetry} onRetry={() => void submit.retry()} />
      )}
      {target && latestReview(submit.history) && <ReviewBanner history={submit.history} />}
      {submit.receipt && <Receipt receipt={submit.receipt} />}
      {(check.findings !== undefined || check.checking) && (
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
      )}
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
