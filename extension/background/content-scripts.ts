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

/** Makes the registered scripts match the settings: one registration, replaced as a whole. */
export const syncContentScripts = async (
  origins: readonly string[],
  scripting: ScriptingApi,
  permissions: PermissionsApi,
): Promise<string[]> => {
  const matches = await dynamicMatches(origins, permissions);
  const existing = await scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  if (matches.length === 0) return [];
  await scripting.registerContentScripts([
    {
      id: DYNAMIC_SCRIPT_ID,
      matches,
      js: ['content-scripts/overlay.js', 'content-scripts/capture.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
  return matches;
};
