/**
 * What capture needs from the browser before a session starts: the host permission for every
 * reference origin (loopback is granted at install, other origins are optional and asked for;
 * Firefox also lets the user withdraw host permissions of an installed add-on) and the API
 * permissions the recorders use. Without them the session would run and record nothing from
 * the site, so the start is refused and the examiner is told what to grant and where.
 */
import { matchPatternOf } from './settings.ts';

/** API permissions without which capture silently records nothing. */
export const CAPTURE_PERMISSIONS = ['webRequest', 'webNavigation', 'scripting'] as const;

export interface PermissionProbe {
  contains(query: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
}

export interface MissingPermissions {
  origins: string[];
  permissions: string[];
}

/** Each origin and API permission checked on its own, so the message names what is missing. */
export const missingPermissions = async (
  probe: PermissionProbe,
  origins: readonly string[],
): Promise<MissingPermissions> => {
  const has = (query: { origins?: string[]; permissions?: string[] }) =>
    probe.contains(query).catch(() => false);
  const origin = await Promise.all(origins.map((o) => has({ origins: [matchPatternOf(o)] })));
  const api = await Promise.all(CAPTURE_PERMISSIONS.map((p) => has({ permissions: [p] })));
  return {
    origins: origins.filter((_, i) => !origin[i]),
    permissions: CAPTURE_PERMISSIONS.filter((_, i) => !api[i]),
  };
};

export const nothingMissing = (missing: MissingPermissions): boolean =>
  missing.origins.length === 0 && missing.permissions.length === 0;

/** The refusal the examiner reads: what is missing, how to grant it, that nothing started. */
export const permissionRefusal = (missing: MissingPermissions): { fr: string; en: string } => {
  const what = [...missing.origins, ...missing.permissions].join(', ');
  return {
    fr:
      `Témoin n’a pas l’autorisation nécessaire pour enregistrer (${what}) : l’épreuve n’a pas démarré, ` +
      'sinon rien n’aurait été enregistré. Cliquez sur « Autoriser l’accès au site » puis acceptez, ' +
      'ou accordez l’accès dans la page de l’extension (Chromium : chrome://extensions → Témoin → ' +
      'Détails → Accès aux sites ; Firefox : about:addons → Témoin → Autorisations), puis démarrez à nouveau.',
    en:
      `Témoin lacks the permission it needs to record (${what}): the exam did not start, otherwise ` +
      'nothing would have been recorded. Click « Allow access to the site » and accept, or grant ' +
      'access on the extension’s page (Chromium: chrome://extensions → Témoin → Details → Site ' +
      'access; Firefox: about:addons → Témoin → Permissions), then start again.',
  };
};
