/** What the candidate does in the overlay: task status, notes, showing or hiding it. */

import type { TaskState } from '../../messaging/protocol.ts';
import type { Handler, ServiceContext } from '../service-context.ts';
import { refuse, type Sender } from '../service-context.ts';
import { addSwitch } from '../session/question-at.ts';

export const taskHandlers = (ctx: ServiceContext) => {
  /** Records one task event and stores the task's new state with it. */
  const changeTask = (
    questionId: string,
    sender: Sender,
    trusted: boolean,
    unchanged: (task: TaskState) => boolean,
    event: (task: TaskState) => { kind: string; data: unknown },
    next: (task: TaskState) => TaskState,
  ) =>
    ctx.serial(async () => {
      const active = await ctx.running();
      if ('ok' in active) return active;
      const task = active.tasks[questionId];
      if (!task) return refuse('Question inconnue.', 'Unknown question.');
      if (unchanged(task)) return { ok: true as const };
      const { kind, data } = event(task);
      await ctx.record(active.id, [ctx.proposed(sender, kind, data, trusted, questionId)], (record) => ({
        ...record,
        tasks: { ...record.tasks, [questionId]: next(task) },
      }));
      ctx.notify(active.id, 'tasks');
      return { ok: true as const };
    });

  return {
    'task.setStatus': ((request, sender) =>
      changeTask(
        request.questionId,
        sender,
        request.trusted,
        (task) => task.status === request.status,
        (task) => ({
          kind: 'task.statusChanged',
          data: { questionId: request.questionId, from: task.status, to: request.status },
        }),
        (task) => ({ ...task, status: request.status }),
      )) satisfies Handler<'task.setStatus'>,

    'task.saveNote': ((request, sender) =>
      changeTask(
        request.questionId,
        sender,
        request.trusted,
        (task) => task.note === request.text,
        () => ({
          kind: 'task.noteSaved',
          data: { questionId: request.questionId, text: request.text, length: request.text.length },
        }),
        (task) => ({ ...task, note: request.text }),
      )) satisfies Handler<'task.saveNote'>,

    'overlay.toggled': ((request, sender) =>
      ctx.serial(async () => {
        const active = await ctx.running();
        if ('ok' in active) return active;
        await ctx.record(active.id, [
          ctx.proposed(sender, 'overlay.toggled', { visible: request.visible }, request.trusted),
        ]);
        return { ok: true };
      })) satisfies Handler<'overlay.toggled'>,

    'overlay.activeQuestion': ((request) =>
      ctx.serial(async () => {
        const active = await ctx.running();
        if ('ok' in active) return active;
        const switched = { questionId: request.questionId, at: request.at ?? ctx.deps.now() };
        await ctx.db.put('sessions', {
          ...active,
          activeQuestionId: request.questionId,
          questionSwitches: addSwitch(active.questionSwitches ?? [], switched),
        });
        return { ok: true };
      })) satisfies Handler<'overlay.activeQuestion'>,
  };
};
