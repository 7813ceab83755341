/**
 * The centre's settings, saved through the background so that the PIN guards them: a change
 * other than the display language needs the examiner PIN once one is set. During a session,
 * every change or attempt is an `integrity.warning` (`settings-change`) in the evidence, and
 * the capture keeps what was frozen at the start (service-context.ts, capture handlers).
 * A write to `storage.local` that bypasses this (devtools on an extension page) is reported
 * by `settingsWritten` when main.ts sees it.
 */
import { type Settings, Settings as SettingsSchema } from '../../settings/settings.ts';
import { getMeta, type SessionRecord, setMeta } from '../../storage/db.ts';
import { type Handler, refuse, type Sender, type ServiceContext } from '../service-context.ts';
import { checkPin, pinIsSet } from './pin.ts';

/** The settings last saved through `settings.save` (or found at first use). */
const APPROVED_META = 'approvedSettings';

const FIELDS: { key: keyof Settings; fr: string }[] = [
  { key: 'referenceOrigins', fr: 'origines de référence' },
  { key: 'allowedOrigins', fr: 'origines autorisées' },
  { key: 'sensitiveSelectors', fr: 'champs jamais enregistrés' },
  { key: 'locale', fr: 'langue' },
];
const shown = (value: unknown) => (Array.isArray(value) ? value.join(' ') || '∅' : String(value));

/** What changed, in words for the examiner (`origines autorisées : ∅ → https://example.org`). */
export const describeSettingsChange = (before: Settings, after: Settings): string[] =>
  FIELDS.filter(({ key }) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(({ key, fr }) =>
    `${fr} : ${shown(before[key])} → ${shown(after[key])}`.slice(0, 1200),
  );

const parsed = (value: unknown): Settings | null => {
  const result = SettingsSchema.safeParse(value);
  return result.success ? result.data : null;
};

export const settingsHandlers = (ctx: ServiceContext) => {
  const runningRecord = async (): Promise<SessionRecord | null> => {
    const active = await ctx.activeRecord();
    return active?.session.status === 'running' ? active : null;
  };
  const warn = async (session: SessionRecord | null, sender: Sender, detail: string) => {
    if (!session) return;
    await ctx.record(session.id, [
      ctx.proposed(sender, 'integrity.warning', { code: 'settings-change', detail: detail.slice(0, 5000) }),
    ]);
  };
  /** Last settings value seen (approved or reported), so that one write is reported once. */
  let lastSeen: string | null = null;

  const save: Handler<'settings.save'> = (request, sender) =>
    ctx.serial(async () => {
      const store = ctx.deps.settings;
      if (!store) return refuse('Réglages indisponibles.', 'Settings are unavailable.');
      const before = await store.load();
      const next = request.settings;
      const changes = describeSettingsChange(before, next);
      const session = await runningRecord();
      const needsPin = changes.some((change) => !change.startsWith('langue')) && (await pinIsSet(ctx));
      if (needsPin) {
        if (!request.pin) {
          await warn(
            session,
            sender,
            `Tentative de modification des réglages sans le code examinateur, refusée : ${changes.join(' ; ')}`,
          );
          return refuse(
            'Code examinateur requis pour modifier les réglages.',
            'The examiner PIN is required to change the settings.',
          );
        }
        const refusal = await checkPin(ctx, request.pin, 'settings', sender);
        if (refusal) {
          await warn(
            session,
            sender,
            `Tentative de modification des réglages avec un code refusé : ${changes.join(' ; ')}`,
          );
          return refusal;
        }
      }
      await store.save(next);
      lastSeen = JSON.stringify(next);
      await setMeta(ctx.db, APPROVED_META, next);
      if (changes.length > 0)
        await warn(
          session,
          sender,
          `Réglages modifiés pendant l’épreuve${needsPin ? ' avec le code examinateur' : ''} : ${changes.join(' ; ')}. La capture garde les réglages du début de la session.`,
        );
      return { ok: true };
    });

  /**
   * `storage.local` now holds `value` for the settings: a write that did not come through
   * `settings.save` is reported in the running session (the capture ignores it anyway).
   */
  const settingsWritten = (value: unknown) =>
    ctx.serial(async () => {
      const json = JSON.stringify(value ?? null);
      if (json === lastSeen) return;
      lastSeen = json;
      const approved = await getMeta<Settings>(ctx.db, APPROVED_META);
      if (approved && JSON.stringify(approved) === json) return;
      const session = await runningRecord();
      if (!session) return;
      const after = parsed(value);
      const changes = approved && after ? describeSettingsChange(approved, after) : ['valeur illisible'];
      await warn(
        session,
        {},
        `Réglages modifiés hors des réglages protégés par le code (écriture directe dans le stockage de l’extension) : ${changes.join(' ; ')}. La capture garde les réglages du début de la session.`,
      );
    });

  /**
   * At a session's start: the settings it freezes, and a warning when they differ from the
   * ones last saved with the PIN (written behind the options page since).
   */
  const settingsAtStart = async (): Promise<{ settings: Settings | null; warning: string | null }> => {
    const settings = (await ctx.deps.settings?.load()) ?? null;
    if (!settings) return { settings, warning: null };
    const approved = await getMeta<Settings>(ctx.db, APPROVED_META);
    if (!approved) {
      await setMeta(ctx.db, APPROVED_META, settings);
      return { settings, warning: null };
    }
    const changes = describeSettingsChange(approved, settings);
    return {
      settings,
      warning:
        changes.length > 0
          ? `Réglages modifiés hors des réglages protégés par le code depuis leur dernier enregistrement : ${changes.join(' ; ')}`
          : null,
    };
  };

  return { handlers: { 'settings.save': save }, settingsWritten, settingsAtStart };
};
