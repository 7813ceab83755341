/**
 * The subject's questions, in number order; the candidate works on them in any order. Owns
 * which questions are expanded, the notes saver (debounced, flushed on `flush` commands) and
 * the requests that make status changes and notes evidence.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';
import { ask } from '../messaging/client.ts';
import type { SessionView, TaskStatus } from '../messaging/protocol.ts';
import type { CommandChannel } from './commands.ts';
import { report } from './guard.ts';
import type { Variables } from './markdown.tsx';
import { createNoteSaver, NOTE_DEBOUNCE_MS, type SaveState } from './note-saver.ts';
import { QuestionItem } from './question-item.tsx';

export interface QuestionListProps {
  view: SessionView;
  locale: Locale;
  variables: Variables;
  annexTitles: ReadonlyMap<string, string>;
  commands: CommandChannel;
  idPrefix: string;
  onOpenAnnex(annexId: string): void;
}

const initiallyExpanded = (view: SessionView): Set<string> => {
  const id = view.activeQuestionId ?? [...view.questions].sort((a, b) => a.number - b.number)[0]?.id;
  return new Set(id ? [id] : []);
};

export const QuestionList = ({
  view,
  locale,
  variables,
  annexTitles,
  commands,
  idPrefix,
  onOpenAnnex,
}: QuestionListProps) => {
  const m = t(locale);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => initiallyExpanded(view));
  const [saveStates, setSaveStates] = useState<Readonly<Record<string, SaveState>>>({});
  const lastActive = useRef<string | null>(view.activeQuestionId);

  const saver = useMemo(
    () =>
      createNoteSaver({
        delayMs: NOTE_DEBOUNCE_MS,
        save: async (questionId, text, trusted) =>
          (await ask({ type: 'task.saveNote', questionId, text, trusted })).ok,
        onState: (questionId, state) => setSaveStates((states) => ({ ...states, [questionId]: state })),
      }),
    [],
  );

  useEffect(
    () =>
      commands.subscribe((command) => {
        if (command.type === 'flush') saver.flushAll().catch(report);
      }),
    [commands, saver],
  );

  const activate = useCallback((questionId: string) => {
    if (lastActive.current === questionId) return;
    lastActive.current = questionId;
    // The moment of the switch rides with it: events are stamped by their own time.
    ask({ type: 'overlay.activeQuestion', questionId, at: Date.now() }).catch(report);
  }, []);

  const toggle = useCallback(
    (questionId: string) => {
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(questionId)) next.delete(questionId);
        else next.add(questionId);
        return next;
      });
      activate(questionId);
    },
    [activate],
  );

  const setStatus = useCallback(async (questionId: string, status: TaskStatus, trusted: boolean) => {
    try {
      return (await ask({ type: 'task.setStatus', questionId, status, trusted })).ok;
    } catch (error) {
      report(error);
      return false;
    }
  }, []);

  const questions = useMemo(() => [...view.questions].sort((a, b) => a.number - b.number), [view.questions]);

  return (
    <section class="questions" aria-labelledby={`${idPrefix}-questions`}>
      <h3 id={`${idPrefix}-questions`} class="section-title">
        {m.questions}
      </h3>
      <ol class="question-list">
        {questions.map((question, index) => (
          <QuestionItem
            key={question.id}
            question={question}
            task={view.tasks[question.id]}
            locale={locale}
            variables={variables}
            annexTitles={annexTitles}
            idPrefix={`${idPrefix}-q${index}`}
            expanded={expanded.has(question.id)}
            onToggle={toggle}
            onActivate={activate}
            onStatus={setStatus}
            onOpenAnnex={onOpenAnnex}
            saver={saver}
            saveState={saveStates[question.id]}
          />
        ))}
      </ol>
    </section>
  );
};
