/**
 * One question: number, title, the criteria it assesses, its progress (à faire / en cours /
 * terminé), and — when expanded — its instructions, its annexes and the candidate's notes.
 */
import type { TargetedEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill, type Locale, t } from '../i18n/messages.ts';
import type { SessionView, TaskState, TaskStatus } from '../messaging/protocol.ts';
import { guard } from './guard.ts';
import { renderMarkdown, substitute, type Variables } from './markdown.tsx';
import type { NoteSaver, SaveState } from './note-saver.ts';

export type ViewQuestion = SessionView['questions'][number];

export const TASK_STATUSES: readonly TaskStatus[] = ['todo', 'doing', 'done'];
export const NOTE_MAX_LENGTH = 5000;

export interface QuestionItemProps {
  question: ViewQuestion;
  task: TaskState | undefined;
  locale: Locale;
  variables: Variables;
  annexTitles: ReadonlyMap<string, string>;
  /** Prefix for element ids, unique in the shadow root. */
  idPrefix: string;
  expanded: boolean;
  onToggle(questionId: string): void;
  onActivate(questionId: string): void;
  onStatus(questionId: string, status: TaskStatus, trusted: boolean): Promise<boolean>;
  onOpenAnnex(annexId: string): void;
  saver: NoteSaver;
  saveState: SaveState | undefined;
}

const statusLabel = (status: TaskStatus, locale: Locale) => {
  const m = t(locale);
  return status === 'done' ? m.statusDone : status === 'doing' ? m.statusDoing : m.statusTodo;
};

const saveStateLabel = (state: SaveState | undefined, locale: Locale) => {
  const m = t(locale);
  switch (state) {
    case 'pending':
      return m.notesPending;
    case 'saving':
      return m.notesSaving;
    case 'saved':
      return m.notesSaved;
    case 'error':
      return m.notesError;
    default:
      return '';
  }
};

export const QuestionItem = (props: QuestionItemProps) => {
  const { question, task, locale, variables, idPrefix, expanded, saver } = props;
  const m = t(locale);
  const [status, setStatus] = useState<TaskStatus>(task?.status ?? 'todo');
  const [statusFailed, setStatusFailed] = useState(false);
  const [note, setNote] = useState(task?.note ?? '');
  const notesRef = useRef<HTMLTextAreaElement>(null);

  /** The status last asked for and not yet seen back in a view. */
  const statusSent = useRef<TaskStatus | null>(null);

  // What the background holds wins, except over a change it has not echoed yet (a view fetched
  // before the change landed is older than what the candidate sees) and over typing.
  useEffect(() => {
    const viewStatus = task?.status ?? 'todo';
    if (statusSent.current !== null) {
      if (statusSent.current === viewStatus) statusSent.current = null;
      return;
    }
    setStatus(viewStatus);
  }, [task?.status]);
  useEffect(() => {
    const viewNote = task?.note ?? '';
    if (!saver.acceptsView(question.id, viewNote)) return;
    const root = notesRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const typing = root !== undefined && root.activeElement === notesRef.current;
    if (!typing) setNote(viewNote);
  }, [task?.note, question.id, saver]);
  // Nothing typed is lost when the item goes away (collapse, new session view).
  useEffect(() => () => void saver.flush(question.id), [saver, question.id]);

  const bodyId = `${idPrefix}-body`;
  const statusId = `${idPrefix}-status`;
  const notesId = `${idPrefix}-notes`;
  const notesStateId = `${idPrefix}-notes-state`;
  const title = substitute(question.title, variables);
  // Parsed once per subject, not on every keystroke in the notes.
  const instructions = useMemo(
    () => renderMarkdown(question.instructions, { variables, headingOffset: 4 }),
    [question.instructions, variables],
  );

  const changeStatus = guard(async (event: TargetedEvent<HTMLSelectElement, Event>) => {
    const next = event.currentTarget.value as TaskStatus;
    if (!TASK_STATUSES.includes(next)) return;
    const before = status;
    setStatus(next);
    setStatusFailed(false);
    statusSent.current = next;
    const ok = await props.onStatus(question.id, next, event.isTrusted);
    if (!ok && statusSent.current === next) {
      statusSent.current = null;
      setStatus(before);
      setStatusFailed(true);
    }
  });

  const typeNote = guard((event: TargetedEvent<HTMLTextAreaElement, Event>) => {
    const text = event.currentTarget.value.slice(0, NOTE_MAX_LENGTH);
    setNote(text);
    saver.update(question.id, text, event.isTrusted);
  });

  return (
    <li
      class="question"
      data-testid="question-item"
      data-question-id={question.id}
      data-status={status}
      data-expanded={expanded ? 'true' : 'false'}
      onFocusIn={guard(() => props.onActivate(question.id))}
    >
      <h4 class="question-heading">
        <button
          type="button"
          class="question-toggle"
          data-testid="question-toggle"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={guard(() => props.onToggle(question.id))}
        >
          <span class="question-number" aria-hidden="true">
            {question.number}
          </span>
          <span class="sr-only">{fill(m.questionNumber, { n: question.number })} : </span>
          <span class="question-title">{title}</span>
          <span class="chevron" aria-hidden="true" />
        </button>
      </h4>
      <div class="question-meta">
        <p class="criteria" data-testid="question-criteria">
          <span class="sr-only">{fill(m.criteria, { list: question.criteria.join(', ') })}</span>
          {question.criteria.map((criterion) => (
            <span class="criterion" key={criterion} aria-hidden="true">
              {criterion}
            </span>
          ))}
        </p>
        <div class="status-field">
          <label for={statusId}>{m.status}</label>
          <select
            id={statusId}
            data-testid="question-status"
            value={status}
            onChange={changeStatus}
            aria-describedby={statusFailed ? `${statusId}-error` : undefined}
          >
            {TASK_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {statusFailed ? (
        <p class="field-error" id={`${statusId}-error`} role="alert">
          {m.statusNotSaved}
        </p>
      ) : null}
      <div class="question-body" id={bodyId} hidden={!expanded}>
        <div class="md instructions" data-testid="question-instructions">
          {instructions}
        </div>
        {question.annexes.length > 0 ? (
          <div class="question-annexes">
            <span class="question-annexes-label">{m.questionAnnexes}</span>
            <ul>
              {question.annexes.map((annexId) => (
                <li key={annexId}>
                  <button
                    type="button"
                    class="link-button"
                    data-testid="question-annex"
                    data-annex-id={annexId}
                    onClick={guard(() => props.onOpenAnnex(annexId))}
                  >
                    {props.annexTitles.get(annexId) ?? annexId}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div class="notes-field">
          <label for={notesId}>{m.notes}</label>
          <textarea
            id={notesId}
            ref={notesRef}
            data-testid="question-notes"
            rows={5}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            aria-describedby={notesStateId}
            onInput={typeNote}
            onBlur={guard(() => saver.flush(question.id))}
          />
          <p
            class="save-state"
            id={notesStateId}
            data-testid="question-notes-state"
            data-state={props.saveState}
          >
            {saveStateLabel(props.saveState, locale)}
          </p>
        </div>
      </div>
    </li>
  );
};
