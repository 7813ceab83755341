/**
 * Popup, used by the examiner: import the subject, enter the candidate, start and end the exam
 * (PIN required), follow it, export the evidence. Also usable as a page in a tab
 * (`popup.html?tab=1`), since browsers may close a toolbar popup when a file dialog opens.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortChainHead } from '../../shared/bundle/short-head.ts';
import { describeProblem, type Problem } from '../../shared/schema/problems.ts';
import { type Locale, t } from '../i18n/messages.ts';
import { PAGE_MESSAGES } from '../i18n/pages.ts';
import { ask, SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import type { PackageSummary, SessionStatus, StorageWarning } from '../messaging/protocol.ts';
import { clockAt } from '../session/clock.ts';
import { loadManaged } from '../settings/managed.ts';
import { loadLocale } from '../settings/reference-origins.ts';
import { openSidePanel, rememberWindow } from '../sidepanel/presence.ts';
import { PinField } from './pin-field.tsx';
import { EXAM_DAY_MESSAGES } from './popup/exam-day-messages.ts';
import { ExamDayPanel } from './popup/exam-day-panel.tsx';
import { type MissingGrant, PermissionGrant } from './popup/permission-grant.tsx';
import { SessionList } from './popup/session-list.tsx';
import { type ExportOutcome, exportVerified } from './popup/verified-export.ts';
import { StationFields } from './station-fields.tsx';

type Feedback = { kind: 'error' | 'success'; text: string; problems?: Problem[]; seq: number } | null;

let feedbackSeq = 0;

const inTab = new URLSearchParams(location.search).has('tab');

/** What the examiner reads when evidence can no longer be written. */
const storageWarningText = (warning: StorageWarning, locale: Locale): string =>
  warning.kind === 'quota'
    ? locale === 'fr'
      ? 'Espace de stockage insuffisant : les preuves ne sont plus enregistrées. Libérez de l’espace disque.'
      : 'Not enough storage space: evidence is no longer being recorded. Free up disk space.'
    : locale === 'fr'
      ? `Erreur d’enregistrement : les preuves ne sont plus enregistrées (${warning.detail}). Vérifiez l’espace disque.`
      : `Storage error: evidence is no longer being recorded (${warning.detail}). Check the disk space.`;

const browserName = () => {
  const ua = navigator.userAgent;
  const match = /(Firefox|Chrome|Chromium|Edg)\/([\d.]+)/.exec(ua);
  return match ? `${match[1]} ${match[2]}` : ua.slice(0, 120);
};

const field = (
  id: string,
  label: string,
  value: string,
  set: (v: string) => void,
  extra: Record<string, unknown> = {},
) => (
  <>
    <label for={id}>{label}</label>
    <input
      id={id}
      type="text"
      data-testid={id}
      value={value}
      onInput={(event) => set((event.target as HTMLInputElement).value)}
      {...extra}
    />
  </>
);

export const PopupPage = () => {
  const [locale, setLocale] = useState<Locale>('fr');
  const [pkg, setPkg] = useState<PackageSummary | null>(null);
  const [status, setStatus] = useState<SessionStatus | null>(null);
  const [storageWarning, setStorageWarning] = useState<StorageWarning | null>(null);
  const [, setTick] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [candidateNumber, setCandidateNumber] = useState('');
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [commission, setCommission] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  /** Bumped by every session change the background signals: the kept sessions reload. */
  const [signal, setSignal] = useState(0);
  /** The refusal text when the previous session was never exported; the examiner confirms. */
  const [unexported, setUnexported] = useState<string | null>(null);
  const [confirmUnexported, setConfirmUnexported] = useState(false);
  /** What the browser withholds when a start was refused for it (the examiner grants it). */
  const [missing, setMissing] = useState<MissingGrant | null>(null);
  const m = { ...t(locale), ...PAGE_MESSAGES[locale] };
  const say = (kind: 'error' | 'success', fr: string, en: string, problems?: Problem[]) =>
    setFeedback({
      kind,
      text: locale === 'fr' ? fr : en,
      ...(problems ? { problems } : {}),
      seq: ++feedbackSeq,
    });

  const refresh = useCallback(async () => {
    const [current, session] = await Promise.all([
      ask({ type: 'package.current' }),
      ask({ type: 'session.status' }),
    ]);
    if (current.ok) setPkg(current.summary);
    if (session.ok) {
      setStatus(session.status);
      setStorageWarning(session.storageWarning ?? null);
    }
  }, []);

  useEffect(() => {
    void loadLocale().then(setLocale);
    rememberWindow();
    void refresh();
    const tick = setInterval(() => {
      setTick((n) => n + 1);
      void refresh();
    }, 1000);
    const onChanged = (changes: Record<string, unknown>) => {
      if (SESSION_SIGNAL_KEY in changes) {
        setSignal((n) => n + 1);
        void refresh();
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearInterval(tick);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [refresh]);

  const running = status?.session.status === 'running';

  const onFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const response = await ask({ type: 'package.import', text: await file.text() });
    setBusy(false);
    input.value = '';
    if (!response.ok) return say('error', response.fr, response.en, response.problems);
    setPkg(response.summary);
    say(
      'success',
      `${PAGE_MESSAGES.fr.imported} ${response.summary.title}`,
      `${PAGE_MESSAGES.en.imported} ${response.summary.title}`,
    );
  };

  const onStart = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const response = await ask({
      type: 'session.start',
      candidate: { number: candidateNumber, lastName, firstName },
      commission,
      pin,
      browser: browserName(),
      ...(confirmUnexported ? { confirmUnexported: true } : {}),
    });
    setBusy(false);
    setPin('');
    if (!response.ok) {
      if (response.code === 'unexported') setUnexported(locale === 'fr' ? response.fr : response.en);
      if (response.code === 'permission' && response.missing) setMissing(response.missing);
      return say('error', response.fr, response.en);
    }
    setUnexported(null);
    setMissing(null);
    setConfirmUnexported(false);
    setStatus(response.status);
    setFeedback(null);
  };

  const onEnd = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const response = await ask({ type: 'session.end', pin });
    setBusy(false);
    setPin('');
    if (!response.ok) return say('error', response.fr, response.en);
    setStatus(response.status);
    say('success', PAGE_MESSAGES.fr.ended, PAGE_MESSAGES.en.ended);
    // The centre's folder gets its copy at once (managed `exportFolder`), checked like any export.
    const { exportFolder } = await loadManaged();
    if (exportFolder)
      reportExport(await exportVerified({ sessionId: response.status.session.id, folder: exportFolder }));
  };

  const reportExport = (outcome: ExportOutcome) => {
    if (!outcome.ok) return say('error', outcome.fr, outcome.en);
    const { fr, en } = EXAM_DAY_MESSAGES;
    if (outcome.verified)
      return say(
        'success',
        `${fr.exportVerified} ${outcome.filename}`,
        `${en.exportVerified} ${outcome.filename}`,
      );
    say(
      'error',
      `${fr.exportUnverified} ${outcome.filename} (${outcome.detail})`,
      `${en.exportUnverified} ${outcome.filename} (${outcome.detail})`,
    );
  };
  const onExport = async () => reportExport(await exportVerified());

  const clock = status
    ? clockAt(Date.now(), status.session.startedAt, status.session.durationMinutes, status.timing)
    : null;
  const pinField = (
    <PinField id="examiner-pin" label={m.examinerPin} value={pin} onValue={setPin} locale={locale} />
  );

  return (
    <main lang={locale} aria-labelledby="popup-title">
      <h1 id="popup-title">{m.popupTitle}</h1>

      <section aria-labelledby="subject-title">
        <h2 id="subject-title">{m.subject}</h2>
        <p data-testid="subject-summary">
          {pkg
            ? `${pkg.title} — ${pkg.cms} ${pkg.letter}${pkg.code ? ` (${pkg.code})` : ''}, ${pkg.questionCount} questions, ${pkg.durationMinutes} min`
            : m.noSubject}
        </p>
        {!running && (
          <>
            <label for="subject-file">{m.importSubject}</label>
            <input
              id="subject-file"
              type="file"
              accept=".json,application/json"
              data-testid="subject-file"
              onChange={onFile}
              disabled={busy}
            />
            {!inTab && (
              <button
                type="button"
                class="secondary"
                onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?tab=1') })}
              >
                {m.openInTab}
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="session-title">
        <h2 id="session-title">{m.candidate}</h2>
        {storageWarning && (
          <p role="alert" class="error" data-testid="storage-warning" data-kind={storageWarning.kind}>
            {storageWarningText(storageWarning, locale)}
          </p>
        )}
        <div role="status" data-testid="session-status" data-state={status ? status.session.status : 'idle'}>
          {status && clock ? (
            <dl>
              <dt>{running ? m.running : m.ended}</dt>
              <dd>
                {status.session.candidate.number} — {status.session.subject.title}
              </dd>
              <dt>{m.timeLeft}</dt>
              <dd data-testid="session-time-left">{running ? clock.display : '—'}</dd>
              <dt>{m.events}</dt>
              <dd data-testid="session-event-count">{status.eventCount}</dd>
              {!running && (
                <>
                  <dt>{m.chainHead}</dt>
                  <dd data-testid="chain-head" class="chain-head">
                    {shortChainHead(status.chainHead)}
                  </dd>
                </>
              )}
              <dt>{m.lastEvent}</dt>
              <dd>{status.lastEventAt ? new Date(status.lastEventAt).toLocaleTimeString(locale) : m.none}</dd>
            </dl>
          ) : (
            <p>{m.sessionIdle}</p>
          )}
        </div>
        {status && <StationFields locale={locale} running sessionId={status.session.id} />}
        {running ? (
          <form onSubmit={onEnd}>
            {pinField}
            <button type="submit" data-testid="end-session" disabled={busy}>
              {m.end}
            </button>
          </form>
        ) : (
          <form onSubmit={onStart}>
            {field('candidate-number', m.candidateNumber, candidateNumber, setCandidateNumber, {
              required: true,
              autoComplete: 'off',
            })}
            {field('candidate-last-name', m.lastName, lastName, setLastName, { autoComplete: 'off' })}
            {field('candidate-first-name', m.firstName, firstName, setFirstName, { autoComplete: 'off' })}
            {field('commission-number', m.commission, commission, setCommission, { autoComplete: 'off' })}
            <StationFields locale={locale} running={false} sessionId={null} />
            {unexported && (
              <div role="alert" class="warning" data-testid="unexported-warning">
                <p>{unexported}</p>
                <label class="inline">
                  <input
                    type="checkbox"
                    data-testid="confirm-unexported"
                    checked={confirmUnexported}
                    onChange={(event) => setConfirmUnexported((event.target as HTMLInputElement).checked)}
                  />{' '}
                  {EXAM_DAY_MESSAGES[locale].unexportedConfirm}
                </label>
              </div>
            )}
            {missing && (
              <PermissionGrant locale={locale} missing={missing} onDone={() => setMissing(null)} say={say} />
            )}
            {pinField}
            <button type="submit" data-testid="start-session" disabled={busy || !pkg}>
              {m.start}
            </button>
          </form>
        )}
        {running && (
          <button
            type="button"
            class="secondary"
            data-testid="open-side-panel"
            // The browser opens a side panel only inside the click itself: no await before.
            onClick={() => openSidePanel()}
          >
            {EXAM_DAY_MESSAGES[locale].openSidePanel}
          </button>
        )}{' '}
        {status && (
          <button type="button" class="secondary" data-testid="export-bundle" onClick={() => void onExport()}>
            {m.export}
          </button>
        )}
      </section>

      {running && status && (
        <ExamDayPanel
          locale={locale}
          timing={status.timing}
          durationMinutes={status.session.durationMinutes}
          pin={pin}
          clearPin={() => setPin('')}
          say={say}
          refresh={refresh}
        />
      )}

      <SessionList
        locale={locale}
        signal={signal}
        pin={pin}
        clearPin={() => setPin('')}
        say={say}
        reportExport={reportExport}
      />

      <div
        role="alert"
        data-testid="popup-feedback"
        data-seq={feedback?.seq ?? 0}
        class={feedback?.kind ?? ''}
      >
        {feedback?.text}
        {feedback?.problems && (
          <ul data-testid="import-problems">
            {feedback.problems.slice(0, 50).map((p) => (
              <li key={`${p.path}-${p.code}`}>{describeProblem(p, locale)}</li>
            ))}
          </ul>
        )}
      </div>

      <nav aria-label="Témoin">
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {m.openOptions}
        </button>{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/editor.html') })}
        >
          {m.openEditor}
        </button>
      </nav>
    </main>
  );
};
