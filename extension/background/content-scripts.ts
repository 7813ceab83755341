/**
 * Reference origins other than loopback get the overlay and capture scripts registered at run
 * time, once the examiner granted the host permission on the options page (ADR 0002).
 */
import { matchPatternOf } from '../settings/settings.ts';

export const DYNAMIC_SCRIPT_ID = 'temoin-reference-site';
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(scripts: Record<string, unknown>[]): Promise<void>;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** Match patterns of the reference origins that need a dynamic registration and have permission. */
export const dynamicMatches = async (
  origins: readonly string[],
  permissions: PermissionsApi,
): Promise<string[]> => {
  const patterns = origins.filter((origin) => !LOOPBACK.has(new URL(origin).hostname)).map(matchPatternOf);
  const granted = await Promise.all(patterns.map((pattern) => permissions.contains({ origins: [pattern] })));
  return [...new Set(patterns.filter((_, i) => granted[i]))];
};

/** The scripts a reference page needs, as the manifest declares them for loopback. */
const registrations = (matches: string[], mainWorld: boolean): Record<string, unknown>[] => [
  {
    id: `${DYNAMIC_SCRIPT_ID}-overlay`,
    matches,
    js: ['content-scripts/overlay.js'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  },
  {
    id: `${DYNAMIC_SCRIPT_ID}-capture`,
    matches,
    js: ['content-scripts/capture.js'],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  },
  ...(mainWorld
    ? [
        {
          id: `${DYNAMIC_SCRIPT_ID}-hook`,
          matches,
          js: ['content-scripts/network-hook-main.js'],
          runAt: 'document_start',
          allFrames: true,
          world: 'MAIN',
          persistAcrossSessions: true,
        },
      ]
    : []),
];

/**
 * Makes the registered scripts match the settings, replaced as a whole. `mainWorld`: the
 * browser runs content scripts in the page's world (Chromium); Firefox MV2 injects the
 * response hook from the isolated script instead.
 */
export const syncContentScripts = async (
  origins: readonly string[],
  scripting: ScriptingApi,
  permissions: PermissionsApi,
  mainWorld = true,
): Promise<string[]> => {
  const matches = await dynamicMatches(origins, permissions);
  const existing = (await scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(DYNAMIC_SCRIPT_ID));
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: existing });
  if (matches.length === 0) return [];
  await scripting.registerContentScripts(registrations(matches, mainWorld));
  return matches;
};
