/**
 * The subject panel shared by the in-page overlay and the side panel: a running session's
 * subject, clock, questions and annexes, or a card that says why there is none.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { fill, type Locale, t } from '../i18n/messages.ts';
import type { SessionView } from '../messaging/protocol.ts';
import type { ClockState } from '../session/clock.ts';
import { Annexes } from './annexes.tsx';
import type { CommandChannel } from './commands.ts';
import { substitute, variableMap } from './markdown.tsx';
import { QuestionList } from './question-list.tsx';
import { Timer } from './timer.tsx';
import type { SessionViewState } from './use-session-view.ts';

/** What the panel shows, as its `data-session` / `data-state` attribute. */
export const sessionStateOf = (session: SessionViewState) =>
  session.status === 'unavailable' ? 'unavailable' : session.view ? session.view.status : 'none';

/** The running session's body: subject, clock, questions and annexes (also the side panel's). */
export const SessionPanel = ({
  view,
  clock,
  locale,
  commands,
  idPrefix,
}: {
  view: SessionView;
  clock: ClockState;
  locale: Locale;
  commands: CommandChannel;
  idPrefix: string;
}) => {
  const m = t(locale);
  const variables = useMemo(() => variableMap(view.variables), [view.variables]);
  const annexTitles = useMemo(
    () => new Map(view.annexes.map((annex) => [annex.id, substitute(annex.title, variables)])),
    [view.annexes, variables],
  );
  const [openAnnexes, setOpenAnnexes] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState<{ annexId: string; count: number } | null>(null);

  const toggleAnnex = useCallback((annexId: string) => {
    setOpenAnnexes((current) => {
      const next = new Set(current);
      if (next.has(annexId)) next.delete(annexId);
      else next.add(annexId);
      return next;
    });
  }, []);
  const openAnnex = useCallback((annexId: string) => {
    setOpenAnnexes((current) => new Set(current).add(annexId));
    setReveal((previous) => ({ annexId, count: (previous?.count ?? 0) + 1 }));
  }, []);

  return (
    <>
      <div class="subject" data-phase={clock.phase}>
        <h2 class="subject-title" data-testid="subject-title">
          {substitute(view.title, variables)}
        </h2>
        <p class="subject-company" data-testid="subject-company">
          {fill(m.company, { name: view.companyName })}
        </p>
        <Timer clock={clock} locale={locale} />
      </div>
      <div class="scroll">
        <QuestionList
          view={view}
          locale={locale}
          variables={variables}
          annexTitles={annexTitles}
          commands={commands}
          idPrefix={idPrefix}
          onOpenAnnex={openAnnex}
        />
        <Annexes
          annexes={view.annexes}
          locale={locale}
          variables={variables}
          idPrefix={idPrefix}
          open={openAnnexes}
          onToggle={toggleAnnex}
          reveal={reveal}
        />
        <p class="hint">{m.shortcutHint}</p>
      </div>
    </>
  );
};

/** The running session's panel, or the status card (its title at the level the page needs). */
export const SessionOrStatus = ({
  session,
  clock,
  locale,
  commands,
  idPrefix,
  heading: Heading,
}: {
  session: SessionViewState;
  clock: ClockState | null;
  locale: Locale;
  commands: CommandChannel;
  idPrefix: string;
  heading: 'h1' | 'h2';
}) => {
  const m = t(locale);
  const { view } = session;
  if (view?.status === 'running' && clock)
    return (
      <SessionPanel
        key={view.sessionId}
        view={view}
        clock={clock}
        locale={locale}
        commands={commands}
        idPrefix={idPrefix}
      />
    );
  const statusText =
    session.status === 'unavailable' ? m.overlayLoadError : !view ? m.noSession : m.sessionEnded;
  return (
    <div class="status-card">
      {view ? (
        <Heading class="subject-title" data-testid="subject-title">
          {substitute(view.title, variableMap(view.variables))}
        </Heading>
      ) : null}
      <p class="status" data-testid="overlay-status" data-state={sessionStateOf(session)}>
        {statusText}
      </p>
    </div>
  );
};
