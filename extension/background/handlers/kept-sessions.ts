/**
 * The sessions kept on the workstation: listed with their export state, marked exported once
 * the popup has saved a bundle and checked it, and purged with the PIN once that is done.
 * IndexedDB holds candidates' identities, URLs, field values and notes: they stay only until
 * the evidence is safely elsewhere, and never beyond the retention period (retention.ts).
 */
import type { KeptSession } from '../../messaging/exam-day-protocol.ts';
import type { SessionRecord } from '../../storage/db.ts';

import { type Handler, refuse, type ServiceContext } from '../service-context.ts';
import {
  purgeSession,
  retentionDaysOf,
  retentionDeadline,
  type StoredElsewhere,
  storedElsewhere,
} from '../session/kept.ts';
import { checkPin } from './pin.ts';

export const keptSession = (
  record: SessionRecord,
  retentionDays: number,
  elsewhere: StoredElsewhere,
): KeptSession => ({
  id: record.id,
  candidateNumber: record.session.candidate.number,
  subjectTitle: record.session.subject.title,
  startedAt: record.session.startedAt,
  endedAt: record.session.endedAt ?? null,
  status: record.session.status,
  eventCount: record.chain.seq,
  exported: elsewhere !== null,
  exportedTo: elsewhere,
  exportedAt: record.exported?.at ?? null,
  exportedFile: record.exported?.filename ?? null,
  purgeAfter: retentionDeadline(record, retentionDays),
  retentionWarned: record.retentionWarnedAt !== undefined,
});

/**
 * The ended sessions neither exported nor acknowledged whole by a station: starting another
 * one asks the examiner first.
 */
export const unexportedSessions = async (ctx: ServiceContext): Promise<SessionRecord[]> => {
  const ended = (await ctx.db.getAll('sessions')).filter((record) => record.session.status === 'ended');
  const where = await Promise.all(ended.map((record) => storedElsewhere(ctx.db, record)));
  return ended.filter((_, i) => where[i] === null);
};

export const keptSessionHandlers = (ctx: ServiceContext) => {
  const { db } = ctx;
  return {
    'session.list': (async () => {
      const retentionDays = await retentionDaysOf(ctx.deps);
      const records = await db.getAll('sessions');
      const where = await Promise.all(records.map((record) => storedElsewhere(db, record)));
      const sessions = records
        .map((record, i) => keptSession(record, retentionDays, where[i] ?? null))
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return { ok: true, sessions, retentionDays };
    }) satisfies Handler<'session.list'>,

    'session.exported': ((request) =>
      ctx.serial(async () => {
        const record = await db.get('sessions', request.sessionId);
        if (!record) return refuse('Session inconnue.', 'Unknown session.');
        // Only a bundle of the whole, ended session counts: anything else is a snapshot.
        if (record.session.status !== 'ended')
          return refuse(
            'L’épreuve n’est pas terminée : cet export est provisoire.',
            'The exam has not ended: this export is provisional.',
          );
        if (request.head !== record.chain.head || request.count !== record.chain.seq)
          return refuse(
            'Le fichier exporté ne correspond pas aux preuves enregistrées.',
            'The exported file does not match the recorded evidence.',
          );
        await db.put('sessions', {
          ...record,
          exported: {
            at: ctx.deps.now(),
            filename: request.filename,
            head: request.head,
            count: request.count,
          },
        });
        ctx.notify(record.id, 'session');
        return { ok: true };
      })) satisfies Handler<'session.exported'>,

    'session.purge': ((request, sender) =>
      ctx.serial(async () => {
        const pinRefusal = await checkPin(ctx, request.pin, 'session.purge', sender);
        if (pinRefusal) return pinRefusal;
        const record = await db.get('sessions', request.sessionId);
        if (!record) return refuse('Session inconnue.', 'Unknown session.');
        if (record.session.status !== 'ended')
          return refuse('Terminez d’abord l’épreuve.', 'End the exam first.');
        if ((await storedElsewhere(db, record)) === null)
          return refuse(
            'Exportez d’abord les preuves de cette session : elles seraient perdues.',
            'Export this session’s evidence first: it would be lost.',
          );
        await purgeSession(db, record.id);
        ctx.notify(null, 'session');
        return { ok: true };
      })) satisfies Handler<'session.purge'>,
  };
};
