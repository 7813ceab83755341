/**
 * Every session kept on the workstation, newest first, with its export state: export it
 * (verified), save it elsewhere (« Enregistrer sous »), or erase it once exported (PIN).
 * Sessions past the retention period are flagged before start-up erases them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/messages.ts';
import { ask } from '../../messaging/client.ts';
import type { KeptSession } from '../../messaging/exam-day-protocol.ts';
import { EXAM_DAY_MESSAGES } from './exam-day-messages.ts';
import { type ExportOutcome, exportVerified } from './verified-export.ts';

export interface SessionListProps {
  locale: Locale;
  /** Changes whenever the session signal fires: the list reloads. */
  signal: unknown;
  pin: string;
  clearPin: () => void;
  say: (kind: 'error' | 'success', fr: string, en: string) => void;
  /** Tells the examiner how an export went (shared with the popup's own export button). */
  reportExport: (outcome: ExportOutcome) => void;
}

export const SessionList = ({ locale, signal, pin, clearPin, say, reportExport }: SessionListProps) => {
  const m = EXAM_DAY_MESSAGES[locale];
  const [sessions, setSessions] = useState<KeptSession[]>([]);
  const [retentionDays, setRetentionDays] = useState(0);
  const load = useCallback(async () => {
    const response = await ask({ type: 'session.list' });
    if (response.ok) {
      setSessions(response.sessions);
      setRetentionDays(response.retentionDays);
    }
  }, []);
  useEffect(() => {
    void signal;
    void load();
  }, [load, signal]);

  const exportRow = async (id: string, saveAs: boolean) => {
    reportExport(await exportVerified({ sessionId: id, saveAs }));
    await load();
  };
  const purge = async (id: string) => {
    if (!pin) return say('error', EXAM_DAY_MESSAGES.fr.pinFirst, EXAM_DAY_MESSAGES.en.pinFirst);
    const response = await ask({ type: 'session.purge', pin, sessionId: id });
    clearPin();
    if (!response.ok) return say('error', response.fr, response.en);
    say('success', EXAM_DAY_MESSAGES.fr.purged, EXAM_DAY_MESSAGES.en.purged);
    await load();
  };
  const overdue = sessions.some((session) => session.retentionWarned);

  return (
    <section aria-labelledby="kept-title">
      <h2 id="kept-title">{m.keptSessions}</h2>
      {overdue && (
        <p role="alert" class="error" data-testid="retention-warning">
          {m.retention(retentionDays)}
        </p>
      )}
      {sessions.length === 0 ? (
        <p data-testid="session-list">{m.noKept}</p>
      ) : (
        <ul data-testid="session-list" class="session-list">
          {sessions.map((session) => (
            <li
              key={session.id}
              data-testid="session-row"
              data-session-id={session.id}
              data-candidate={session.candidateNumber}
              data-exported={String(session.exported)}
              data-exported-to={session.exportedTo ?? 'none'}
              data-status={session.status}
            >
              <strong>{session.candidateNumber}</strong> — {session.subjectTitle},{' '}
              {new Date(session.startedAt).toLocaleString(locale)} · {session.eventCount} {m.eventsShort} ·{' '}
              <span data-testid="export-state">
                {session.status === 'running'
                  ? m.runningRow
                  : session.exportedTo === 'file'
                    ? `${m.exportedAt} (${new Date(session.exportedAt!).toLocaleString(locale)})`
                    : session.exportedTo === 'station'
                      ? m.onStation
                      : m.notExported}
              </span>
              {session.retentionWarned && <span class="error"> · {m.overdue}</span>}
              <div class="row-actions">
                <button
                  type="button"
                  class="secondary"
                  data-testid="export-row"
                  onClick={() => void exportRow(session.id, false)}
                >
                  {m.exportRow}
                </button>{' '}
                <button
                  type="button"
                  class="secondary"
                  data-testid="save-as"
                  onClick={() => void exportRow(session.id, true)}
                >
                  {m.saveAs}
                </button>{' '}
                {session.status === 'ended' && (
                  <button
                    type="button"
                    class="secondary"
                    data-testid="purge-session"
                    disabled={!session.exported}
                    onClick={() => void purge(session.id)}
                  >
                    {m.purge}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
