/**
 * The workstation self-test (options page, « Vérifier le poste »): one verdict per requirement
 * of the centre guide (docs/centre/), each green or red with the reason in French and English.
 * The browser APIs come in as a parameter so that each check can be tested broken.
 */
import type { ManagedConfig } from '../../settings/managed.ts';
import { matchPatternOf } from '../../settings/settings.ts';

export interface Check {
  id: string;
  fr: string;
  en: string;
  ok: boolean;
  /** Why it is red (or a useful detail when green). */
  detailFr: string;
  detailEn: string;
}

export interface CheckApis {
  managed: ManagedConfig;
  referenceOrigins: string[];
  installType: () => Promise<string | undefined>;
  hasPermission: (pattern: string) => Promise<boolean>;
  reach: (url: string) => Promise<number | null>;
  pinSet: () => Promise<boolean>;
  storageEstimate: () => Promise<{ quota?: number; usage?: number }>;
  userAgent: string;
  sidePanel: boolean;
}

const MIN_FREE_BYTES = 200 * 1024 * 1024;
const MIN_VERSION = 128;

const check = (
  id: string,
  fr: string,
  en: string,
  ok: boolean,
  detailFr: string,
  detailEn: string,
): Check => ({
  id,
  fr,
  en,
  ok,
  detailFr,
  detailEn,
});

export const runChecks = async (apis: CheckApis): Promise<Check[]> => {
  const results: Check[] = [];
  const installType = await apis.installType().catch(() => undefined);
  results.push(
    check(
      'installed-by-policy',
      'Installée par la stratégie du centre',
      'Installed by the centre’s policy',
      installType === 'admin',
      installType === 'admin'
        ? 'Le navigateur l’a installée et la garde.'
        : `Installation « ${installType ?? 'inconnue'} » : l’extension peut être retirée par l’utilisateur (ExtensionInstallForcelist / ExtensionSettings).`,
      installType === 'admin'
        ? 'The browser installed it and keeps it.'
        : `Install type "${installType ?? 'unknown'}": the user can remove it (ExtensionInstallForcelist / ExtensionSettings).`,
    ),
  );
  const managedOrigins = apis.managed.referenceOrigins ?? [];
  results.push(
    check(
      'managed-config',
      'Configuration gérée par le centre',
      'Configuration managed by the centre',
      managedOrigins.length > 0,
      managedOrigins.length > 0
        ? `Site de référence : ${managedOrigins.join(', ')}`
        : 'Aucune configuration gérée (stratégie « 3rdparty » absente ou sans referenceOrigins).',
      managedOrigins.length > 0
        ? `Reference site: ${managedOrigins.join(', ')}`
        : 'No managed configuration (no "3rdparty" policy, or no referenceOrigins).',
    ),
  );
  results.push(
    check(
      'settings-locked',
      'Réglages verrouillés',
      'Settings locked',
      apis.managed.lockedSettings === true,
      apis.managed.lockedSettings
        ? 'Les réglages ne peuvent pas être modifiés sur le poste.'
        : 'lockedSettings n’est pas activé : les réglages restent modifiables avec le code.',
      apis.managed.lockedSettings
        ? 'Settings cannot be changed on the workstation.'
        : 'lockedSettings is off: settings can still be changed with the PIN.',
    ),
  );
  const origins = apis.referenceOrigins;
  const missing: string[] = [];
  const unreachable: string[] = [];
  for (const origin of origins) {
    const pattern = matchPatternOf(origin);
    if (!(await apis.hasPermission(pattern).catch(() => false))) missing.push(origin);
    else if ((await apis.reach(`${origin}/`).catch(() => null)) === null) unreachable.push(origin);
  }
  // The first thing wrong, in French and English (one decision, two wordings).
  const [siteFr, siteEn] =
    origins.length === 0
      ? ['Aucune origine de site de référence.', 'No reference site origin.']
      : missing.length
        ? [
            `Autorisation manquante pour ${missing.join(', ')}.`,
            `Permission missing for ${missing.join(', ')}.`,
          ]
        : unreachable.length
          ? [`Injoignable : ${unreachable.join(', ')}.`, `Unreachable: ${unreachable.join(', ')}.`]
          : [origins.join(', '), origins.join(', ')];
  results.push(
    check(
      'reference-site',
      'Site de référence configuré, autorisé et joignable',
      'Reference site set, permitted and reachable',
      origins.length > 0 && missing.length === 0 && unreachable.length === 0,
      siteFr,
      siteEn,
    ),
  );
  const pin = await apis.pinSet().catch(() => false);
  results.push(
    check(
      'examiner-pin',
      'Code examinateur défini',
      'Examiner PIN set',
      pin,
      pin ? 'Un code est défini.' : 'Aucun code : définissez-le ici ou par la stratégie (examinerPinHash).',
      pin ? 'A PIN is set.' : 'No PIN: set it here or by policy (examinerPinHash).',
    ),
  );
  const estimate = await apis.storageEstimate().catch(() => ({}) as { quota?: number; usage?: number });
  const free = (estimate.quota ?? 0) - (estimate.usage ?? 0);
  const mb = Math.round(free / 1024 / 1024);
  results.push(
    check(
      'storage-space',
      'Espace de stockage suffisant',
      'Enough storage space',
      free >= MIN_FREE_BYTES,
      `${mb} Mo disponibles (200 Mo au moins).`,
      `${mb} MB available (200 MB at least).`,
    ),
  );
  const version = Number(/(?:Firefox|Chrom(?:e|ium))\/(\d+)/.exec(apis.userAgent)?.[1] ?? 0);
  results.push(
    check(
      'browser-version',
      `Navigateur récent (version ${MIN_VERSION} ou plus)`,
      `Recent browser (version ${MIN_VERSION} or later)`,
      version >= MIN_VERSION,
      `Version ${version || 'inconnue'}.`,
      `Version ${version || 'unknown'}.`,
    ),
  );
  results.push(
    check(
      'side-panel',
      'Panneau latéral disponible',
      'Side panel available',
      apis.sidePanel,
      apis.sidePanel
        ? 'Le sujet s’affichera dans le panneau latéral.'
        : 'Pas de panneau latéral : le sujet s’affichera par-dessus la page.',
      apis.sidePanel
        ? 'The subject will show in the side panel.'
        : 'No side panel: the subject will cover the page.',
    ),
  );
  return results;
};
