/**
 * The subject in the browser's side panel (Chromium `sidePanel`, Firefox `sidebar_action`): it
 * narrows the page instead of covering it. Same subject, clock, questions, annexes and notes as
 * the in-page overlay (same components, same testids); while it is open the overlay steps aside
 * for a small chip (`<temoin-chip>`). It shows the privacy notice at the start and offers no
 * control to end the session or to reach other sessions: those stay in the examiner's popup.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';
import { createCommandChannel } from '../overlay/commands.ts';
import { SessionOrStatus, sessionStateOf } from '../overlay/session-panel.tsx';
import { useClock } from '../overlay/timer.tsx';
import type { InitialView } from '../overlay/use-session-view.ts';
import { useSessionView } from '../overlay/use-session-view.ts';
import type { ManagedConfig } from '../settings/managed.ts';
import { PrivacyNotice } from './privacy-notice.tsx';

export interface SidePanelAppProps {
  locale: Locale;
  initialView: InitialView;
  managed: ManagedConfig;
  retentionDays: number;
}

export const SidePanelApp = ({ locale, initialView, managed, retentionDays }: SidePanelAppProps) => {
  const m = t(locale);
  const idPrefix = `s${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const commands = useMemo(() => createCommandChannel(), []);
  const session = useSessionView(initialView);
  const view = session.view;
  const running = view?.status === 'running';
  const clock = useClock(running ? view : null);
  // Notes being typed are saved when the panel is closed or hidden.
  useEffect(() => {
    const flush = () => commands.emit({ type: 'flush' });
    addEventListener('pagehide', flush);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [commands]);
  // The notice is open at the start of each session; the candidate may fold it.
  const [noticeOpen, setNoticeOpen] = useState(true);
  useEffect(() => setNoticeOpen(true), [view?.sessionId]);
  const sessionState = sessionStateOf(session);

  return (
    <div class="overlay side" data-testid="overlay" data-session={sessionState} lang={locale}>
      <main class="panel" aria-label={m.overlayTitle} data-testid="overlay-panel">
        <header class="bar">
          <span class="brand">{m.overlayBrand}</span>
        </header>
        <div onToggle={(event) => setNoticeOpen((event.target as HTMLDetailsElement).open)}>
          <PrivacyNotice
            locale={locale}
            retentionDays={retentionDays}
            open={noticeOpen}
            {...(managed.centreName ? { centreName: managed.centreName } : {})}
            {...(managed.contact ? { contact: managed.contact } : {})}
          />
        </div>
        <SessionOrStatus
          session={session}
          clock={clock}
          locale={locale}
          commands={commands}
          idPrefix={idPrefix}
          heading="h1"
        />
      </main>
    </div>
  );
};
