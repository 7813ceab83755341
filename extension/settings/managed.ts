/**
 * The centre's managed configuration (`storage.managed`): set by policy (Chrome/Edge
 * `3rdparty` extension policy, Firefox `policies.json` « 3rdparty »), read-only for everyone on
 * the workstation. Its schema ships in the package (public/managed-schema.json). Anything
 * malformed is ignored field by field, never trusted: the workstation then behaves as unmanaged
 * for that field and the self-test page says so.
 */
import { browser } from 'wxt/browser';

/** Days a session stays on the workstation when the centre sets nothing (README). */
export const DEFAULT_RETENTION_DAYS = 30;

export interface ManagedConfig {
  referenceOrigins?: string[];
  allowedOrigins?: string[];
  stationUrl?: string;
  /** `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>` (docs/centre/). */
  examinerPinHash?: string;
  /** A centre PIN in clear (visible in the browser's policy page: prefer the hash). */
  centrePin?: string;
  retentionDays?: number;
  /** Folder under the browser's downloads folder where bundles are also saved at the end. */
  exportFolder?: string;
  /** Settings cannot be changed on the workstation, even with the PIN. */
  lockedSettings?: boolean;
  centreName?: string;
  /** Who candidates contact about their data (RGPD art. 13). */
  contact?: string;
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;
const strings = (value: unknown, pattern?: RegExp): string[] | undefined =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'string' && item.length <= 300 && (!pattern || pattern.test(item)))
    ? (value as string[])
    : undefined;
const text = (value: unknown, max = 500): string | undefined =>
  typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined;

/** Keeps the well-formed fields of whatever the policy gave. */
export const parseManaged = (raw: unknown): ManagedConfig => {
  if (!raw || typeof raw !== 'object') return {};
  const input = raw as Record<string, unknown>;
  const config: ManagedConfig = {};
  const origins = strings(input.referenceOrigins, ORIGIN);
  if (origins?.length) config.referenceOrigins = origins;
  const allowed = strings(input.allowedOrigins, ORIGIN);
  if (allowed) config.allowedOrigins = allowed;
  const station = text(input.stationUrl, 300);
  if (station && /^https?:\/\//.test(station)) config.stationUrl = station;
  const hash = text(input.examinerPinHash);
  if (hash && /^pbkdf2-sha256\$\d+\$[0-9a-f]+\$[0-9a-f]{64}$/.test(hash)) config.examinerPinHash = hash;
  const pin = text(input.centrePin, 64);
  if (pin && /^\d{6,12}$/.test(pin)) config.centrePin = pin;
  if (
    typeof input.retentionDays === 'number' &&
    Number.isInteger(input.retentionDays) &&
    input.retentionDays >= 1
  )
    config.retentionDays = Math.min(input.retentionDays, 3650);
  const folder = text(input.exportFolder, 200);
  if (folder && !folder.split(/[\\/]/).includes('..')) config.exportFolder = folder;
  if (typeof input.lockedSettings === 'boolean') config.lockedSettings = input.lockedSettings;
  const centre = text(input.centreName, 200);
  if (centre) config.centreName = centre;
  const contact = text(input.contact, 300);
  if (contact) config.contact = contact;
  return config;
};

/** The managed configuration, or `{}` where the browser has none (no policy, or no API). */
export const loadManaged = async (): Promise<ManagedConfig> => {
  try {
    const managed = (browser.storage as unknown as { managed?: { get(): Promise<unknown> } }).managed;
    return managed ? parseManaged(await managed.get()) : {};
  } catch {
    return {};
  }
};

/** Calls `listener` whenever the policy's configuration changes (it may arrive after a page opened). */
export const onManagedChanged = (listener: (config: ManagedConfig) => void): (() => void) => {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadManaged().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
};
