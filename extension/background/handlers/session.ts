/** Starting and ending a session, what the popup and the overlay show of it, and its export. */
import { startBinding } from '../../../shared/bundle/binding.ts';
import { GENESIS } from '../../../shared/bundle/chain.ts';
import { canonicalize } from '../../../shared/bundle/jcs.ts';
import { sha256Hex } from '../../../shared/bundle/sha256.ts';
import type { Session } from '../../../shared/schema/session.ts';
import type { SessionStatus, SessionView, TabView } from '../../messaging/protocol.ts';
import { NO_TIMING } from '../../session/clock.ts';
import { missingPermissions, nothingMissing, permissionRefusal } from '../../settings/start-permissions.ts';
import { type SessionRecord, setMeta } from '../../storage/db.ts';
import { type Handler, refuse, type ServiceContext, statusOf } from '../service-context.ts';
import { buildBundle, bundleFilename } from '../session/bundle-export.ts';
import { readEvents } from '../session/recorder.ts';
import { isStorageError } from '../storage-health.ts';
import { unexportedSessions } from './kept-sessions.ts';
import { checkPin, onRunningWithPin, takePendingFailures } from './pin.ts';
import type { settingsHandlers } from './settings.ts';
import { subjectViews } from './subject-view.ts';

/** A fresh secret for the content scripts' unsent-event queue (hex, 256 bits). */
const newPendingKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');

export const sessionHandlers = (
  ctx: ServiceContext,
  { settingsAtStart }: Pick<ReturnType<typeof settingsHandlers>, 'settingsAtStart'>,
) => {
  const { db, deps } = ctx;
  /** Last status the popup got, shown again while storage cannot be read. */
  let lastStatus: SessionStatus | null = null;
  const subjectView = subjectViews(db);

  return {
    'session.start': ((request, sender) =>
      ctx.serial(async () => {
        const pinRefusal = await checkPin(ctx, request.pin, 'session.start', sender);
        if (pinRefusal) return pinRefusal;
        const candidateNumber = request.candidate.number.trim();
        if (!candidateNumber)
          return refuse('Le numéro de candidat est obligatoire.', 'The candidate number is required.');
        const current = await ctx.currentPackage();
        if (!current) return refuse('Importez d’abord un sujet.', 'Import a subject first.');
        const origins = await deps.referenceOrigins();
        if (origins.length === 0)
          return refuse(
            'Indiquez d’abord l’origine du site de référence dans les réglages.',
            'Set the reference site origin in the settings first.',
          );
        // Without the site's host permission the session would run and record nothing.
        if (deps.permissions) {
          const missing = await missingPermissions(deps.permissions, origins);
          if (!nothingMissing(missing)) {
            const { fr, en } = permissionRefusal(missing);
            return refuse(fr, en, { code: 'permission', missing });
          }
        }
        const active = await ctx.activeRecord();
        if (active?.session.status === 'running')
          return refuse(
            'Une épreuve est déjà en cours sur ce poste.',
            'An exam is already running on this workstation.',
          );
        const unexported = await unexportedSessions(ctx);
        if (unexported.length > 0 && !request.confirmUnexported)
          return refuse(
            `La session précédente (candidat ${unexported.map((r) => r.session.candidate.number).join(', ')}) n’a jamais été exportée. Exportez-la, ou confirmez pour démarrer quand même.`,
            `The previous session (candidate ${unexported.map((r) => r.session.candidate.number).join(', ')}) was never exported. Export it, or confirm to start anyway.`,
            { code: 'unexported' },
          );
        const { pkg, hash } = current;
        const { warning: settingsWarning } = await settingsAtStart();
        const frozen = (await deps.captureSettings?.()) ?? { allowedOrigins: [], sensitiveSelectors: [] };
        const { lastName, firstName } = request.candidate;
        const session: Session = {
          format: 'temoin.session/1',
          id: deps.newId(),
          status: 'running',
          subject: {
            id: pkg.subject.id,
            title: pkg.subject.title,
            letter: pkg.subject.letter,
            cms: pkg.subject.cms,
            hash,
          },
          grid: { id: pkg.grid.id, hash: await sha256Hex(canonicalize(pkg.grid)) },
          candidate: {
            number: candidateNumber,
            ...(lastName?.trim() ? { lastName: lastName.trim() } : {}),
            ...(firstName?.trim() ? { firstName: firstName.trim() } : {}),
          },
          ...(request.commission?.trim() ? { commission: request.commission.trim() } : {}),
          referenceOrigins: origins,
          startedAt: new Date(deps.now()).toISOString(),
          durationMinutes: pkg.subject.durationMinutes,
          browser: request.browser,
          extensionVersion: deps.extensionVersion,
        };
        const fresh: SessionRecord = {
          id: session.id,
          session,
          chain: { seq: 0, head: GENESIS },
          lastEventAt: null,
          tasks: Object.fromEntries(pkg.subject.questions.map((q) => [q.id, { status: 'todo', note: '' }])),
          activeQuestionId: null,
          timeUpRecorded: false,
          capture: { allowedOrigins: frozen.allowedOrigins, sensitiveSelectors: frozen.sensitiveSelectors },
          pendingKey: newPendingKey(),
        };
        await db.put('sessions', fresh);
        await setMeta(db, 'activeSession', session.id);
        const { record: after } = await ctx.record(session.id, [
          ctx.proposed(sender, 'session.started', {
            subjectId: pkg.subject.id,
            candidateNumber,
            durationMinutes: session.durationMinutes,
            // The chain vouches for the session record and the package (shared/bundle/binding.ts).
            ...(await startBinding(session)),
          }),
          ...(await takePendingFailures(ctx, sender)),
          ...(settingsWarning
            ? [
                ctx.proposed(sender, 'integrity.warning', {
                  code: 'settings-change',
                  detail: settingsWarning,
                }),
              ]
            : []),
        ]);
        ctx.notify(session.id, 'session', 'running');
        return { ok: true, status: statusOf(after) };
      })) satisfies Handler<'session.start'>,

    'session.end': ((request, sender) =>
      onRunningWithPin(ctx, request.pin, 'session.end', sender, async (active) => {
        // The public pages still to be read join the evidence before the chain closes.
        const late = await ctx.settle(active.id);
        if (late.length > 0) await ctx.record(active.id, late);
        const endedAt = new Date(deps.now()).toISOString();
        const { record: ended } = await ctx.record(
          active.id,
          [ctx.proposed(sender, 'session.ended', { reason: 'examiner' })],
          (record) => ({ ...record, session: { ...record.session, status: 'ended', endedAt } }),
        );
        ctx.notify(ended.id, 'session', 'ended');
        return { ok: true, status: statusOf(ended) };
      })) satisfies Handler<'session.end'>,

    'session.status': (async () => {
      try {
        const active = await ctx.activeRecord();
        lastStatus = active ? statusOf(active) : null;
      } catch (error) {
        if (!isStorageError(error)) throw error;
        // Storage unreadable: the popup keeps the last status and shows the warning.
        await ctx.storage.noteFailure(ctx.knownActiveId(), error);
      }
      return { ok: true, status: lastStatus, storageWarning: await ctx.storage.current().catch(() => null) };
    }) satisfies Handler<'session.status'>,

    'session.view': (async () => {
      // Every page of the reference site asks: the record as the read cache holds it, not a
      // structured clone of it (only read here; the reply is serialised by the messaging).
      const active = await ctx.activeShared();
      if (!active) return { ok: true, view: null };
      const subject = await subjectView(active.session.subject.hash);
      if (!subject) return { ok: true, view: null };
      const view: SessionView = {
        sessionId: active.id,
        status: active.session.status,
        title: subject.title,
        companyName: subject.companyName,
        startedAt: active.session.startedAt,
        durationMinutes: active.session.durationMinutes,
        questions: subject.questions,
        annexes: subject.annexes,
        variables: subject.variables,
        tasks: active.tasks,
        activeQuestionId: active.activeQuestionId,
        timing: active.timing ?? NO_TIMING,
      };
      return { ok: true, view };
    }) satisfies Handler<'session.view'>,

    // The folded tab's view, on every page: the record read, not copied, and no subject.
    'session.tab': (async () => {
      const active = await ctx.activeShared();
      if (!active) return { ok: true, view: null, referenceOrigins: null };
      const { session } = active;
      const referenceOrigins = session.status === 'running' ? [...session.referenceOrigins] : null;
      if (!(await subjectView(session.subject.hash))) return { ok: true, view: null, referenceOrigins };
      const view: TabView = {
        sessionId: active.id,
        status: session.status,
        startedAt: session.startedAt,
        durationMinutes: session.durationMinutes,
        timing: active.timing ?? NO_TIMING,
      };
      return { ok: true, view, referenceOrigins };
    }) satisfies Handler<'session.tab'>,

    'session.export': ((request) =>
      ctx.serial(async () => {
        const target = request.sessionId
          ? await db.get('sessions', request.sessionId)
          : await ctx.activeRecord();
        if (!target) return refuse('Aucune session à exporter.', 'No session to export.');
        const pkg = (await db.get('packages', target.session.subject.hash))?.pkg;
        const now = new Date(deps.now());
        const events = await readEvents(db, target.id);
        const bundle = await buildBundle(target.session, events, target.chain.head, pkg, now);
        return { ok: true, filename: bundleFilename(target.session, now), text: JSON.stringify(bundle) };
      })) satisfies Handler<'session.export'>,
  };
};
