import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../identity.ts';
import { type ManagedConfig, parseManaged } from '../settings/managed.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings.ts';
import { getMeta, openDb } from '../storage/db.ts';
import { applyManaged, formatPinHash, parsePinHash } from './managed-sync.ts';
import { hashPin, type PinHash, verifyPin } from './session/pin.ts';

const POLICIES = join(import.meta.dirname, '../../docs/centre/policies');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '../public/managed-schema.json'), 'utf8'));
let counter = 0;

const setup = async (managed: ManagedConfig, initial: Settings = DEFAULT_SETTINGS) => {
  counter += 1;
  const db = await openDb(`managed-${process.pid}-${counter}`);
  let settings = initial;
  const deps = {
    db,
    loadManaged: async () => managed,
    loadSettings: async () => settings,
    saveSettings: async (next: Settings) => {
      settings = next;
    },
  };
  return { db, deps, settings: () => settings };
};

describe('managed configuration', () => {
  it('keeps the well-formed fields and drops the rest', () => {
    expect(
      parseManaged({
        referenceOrigins: ['http://wordpress.centre.lan', 'javascript:alert(1)'],
        retentionDays: 14,
        lockedSettings: true,
        exportFolder: '../../etc',
        centrePin: '12',
        contact: 'dpo@ac-exemple.fr',
      }),
    ).toEqual({ retentionDays: 14, lockedSettings: true, contact: 'dpo@ac-exemple.fr' });
    expect(parseManaged({ referenceOrigins: ['http://wordpress.centre.lan'] })).toEqual({
      referenceOrigins: ['http://wordpress.centre.lan'],
    });
    expect(parseManaged('nonsense')).toEqual({});
  });

  it('the shipped policy files name the extension’s real ids and carry a valid configuration', () => {
    const chromium = JSON.parse(readFileSync(join(POLICIES, 'chromium/temoin.json'), 'utf8'));
    expect(chromium.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${CHROMIUM_EXTENSION_ID};https?://`));
    const chromiumConfig = chromium['3rdparty'].extensions[CHROMIUM_EXTENSION_ID];
    expect(chromium.DeveloperToolsAvailability).toBe(2);
    expect(chromium.IncognitoModeAvailability).toBe(1);
    expect(chromium.BrowserGuestModeEnabled).toBe(false);
    const firefox = JSON.parse(readFileSync(join(POLICIES, 'firefox/policies.json'), 'utf8')).policies;
    expect(firefox.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expect(firefox.DisableDeveloperTools).toBe(true);
    expect(firefox.DisablePrivateBrowsing).toBe(true);
    const firefoxConfig = firefox['3rdparty'].Extensions[GECKO_ID];
    for (const config of [chromiumConfig, firefoxConfig]) {
      // Every key is in the schema shipped in the package, and every value survives parsing.
      for (const key of Object.keys(config)) expect(Object.keys(SCHEMA.properties)).toContain(key);
      expect(Object.keys(parseManaged(config)).sort()).toEqual(Object.keys(config).sort());
    }
  });

  it('applies the reference origins and the PIN hash, and puts locked settings back', async () => {
    const pin = await hashPin('246813', 100_000);
    const env = await setup({
      referenceOrigins: ['http://wordpress.centre.lan'],
      examinerPinHash: formatPinHash(pin),
      lockedSettings: true,
    });
    expect(await applyManaged(env.deps)).toEqual({ settings: true, pin: true });
    expect(env.settings().referenceOrigins).toEqual(['http://wordpress.centre.lan']);
    expect(await verifyPin('246813', (await getMeta<PinHash>(env.db, 'pin'))!)).toBe(true);
    // Someone changes the settings on the workstation: the next pass puts them back.
    await env.deps.saveSettings({ ...env.settings(), referenceOrigins: ['http://evil.lan'] });
    expect(await applyManaged(env.deps)).toEqual({ settings: true, pin: false });
    expect(env.settings().referenceOrigins).toEqual(['http://wordpress.centre.lan']);
    expect(await applyManaged(env.deps)).toEqual({ settings: false, pin: false });
  });

  it('a centre PIN in clear becomes the examiner PIN (hashed), once', async () => {
    const env = await setup({ centrePin: '13572468' });
    expect((await applyManaged(env.deps)).pin).toBe(true);
    expect(await verifyPin('13572468', (await getMeta<PinHash>(env.db, 'pin'))!)).toBe(true);
    expect((await applyManaged(env.deps)).pin).toBe(false);
  });

  it('reads and writes the policy’s PIN hash form; weak iteration counts are refused', () => {
    const text = `pbkdf2-sha256$210000$${'ab'.repeat(16)}$${'cd'.repeat(32)}`;
    expect(formatPinHash(parsePinHash(text)!)).toBe(text);
    expect(parsePinHash(`pbkdf2-sha256$1000$${'ab'.repeat(16)}$${'cd'.repeat(32)}`)).toBeNull();
    expect(parsePinHash('123456')).toBeNull();
  });
});
