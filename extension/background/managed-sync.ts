/**
 * Applies the centre's managed configuration (settings/managed.ts) to the workstation, at
 * start-up and whenever the policy changes: the reference and allowed origins replace the
 * local settings, a managed PIN (hash or centre PIN) becomes the examiner PIN, and with
 * `lockedSettings` any local change to those settings is put back at once.
 */

import type { ManagedConfig } from '../settings/managed.ts';
import type { Settings } from '../settings/settings.ts';
import { type Db, getMeta, setMeta } from '../storage/db.ts';
import { hashPin, type PinHash, verifyPin } from './session/pin.ts';

/** `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>` → the stored form. */
export const parsePinHash = (text: string): PinHash | null => {
  const match = /^pbkdf2-sha256\$(\d+)\$([0-9a-f]+)\$([0-9a-f]{64})$/.exec(text);
  if (!match) return null;
  const iterations = Number(match[1]);
  return iterations >= 100_000
    ? { algorithm: 'PBKDF2-SHA-256', iterations, salt: match[2]!, hash: match[3]! }
    : null;
};

export const formatPinHash = (pin: PinHash): string =>
  `pbkdf2-sha256$${pin.iterations}$${pin.salt}$${pin.hash}`;

/** The settings as the policy wants them (unchanged when it says nothing about them). */
export const managedSettings = (settings: Settings, managed: ManagedConfig): Settings => ({
  ...settings,
  ...(managed.referenceOrigins ? { referenceOrigins: managed.referenceOrigins } : {}),
  ...(managed.allowedOrigins ? { allowedOrigins: managed.allowedOrigins } : {}),
});

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

export interface ManagedSyncDeps {
  db: Db;
  loadManaged: () => Promise<ManagedConfig>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
}

/** One pass; returns what it changed (for logs and tests). */
export const applyManaged = async (deps: ManagedSyncDeps): Promise<{ settings: boolean; pin: boolean }> => {
  const managed = await deps.loadManaged();
  const current = await deps.loadSettings();
  const wanted = managedSettings(current, managed);
  const settingsChanged = !sameSettings(current, wanted);
  if (settingsChanged) await deps.saveSettings(wanted);
  let pinChanged = false;
  const stored = await getMeta<PinHash>(deps.db, 'pin');
  const hash = managed.examinerPinHash ? parsePinHash(managed.examinerPinHash) : null;
  if (hash && (!stored || stored.hash !== hash.hash || stored.salt !== hash.salt)) {
    await setMeta(deps.db, 'pin', hash);
    pinChanged = true;
  } else if (!hash && managed.centrePin && !(stored && (await verifyPin(managed.centrePin, stored)))) {
    await setMeta(deps.db, 'pin', await hashPin(managed.centrePin));
    pinChanged = true;
  }
  return { settings: settingsChanged, pin: pinChanged };
};
