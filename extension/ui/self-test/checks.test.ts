import { describe, expect, it } from 'vitest';
import { type CheckApis, runChecks } from './checks.ts';

const prepared: CheckApis = {
  managed: { referenceOrigins: ['http://wordpress.centre.lan'], lockedSettings: true },
  referenceOrigins: ['http://wordpress.centre.lan'],
  installType: async () => 'admin',
  hasPermission: async () => true,
  reach: async () => 200,
  pinSet: async () => true,
  storageEstimate: async () => ({ quota: 10e9, usage: 1e6 }),
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0.0.0 Safari/537.36',
  sidePanel: true,
};
const verdicts = async (apis: CheckApis) =>
  Object.fromEntries((await runChecks(apis)).map((check) => [check.id, check.ok]));
const detail = async (apis: CheckApis, id: string) =>
  (await runChecks(apis)).find((check) => check.id === id)?.detailFr;

describe('workstation self-test', () => {
  it('is all green on a correctly prepared workstation', async () => {
    expect(Object.values(await verdicts(prepared))).toEqual(Array(8).fill(true));
  });

  it('turns each broken requirement red, with the reason', async () => {
    expect(
      await detail({ ...prepared, installType: async () => 'development' }, 'installed-by-policy'),
    ).toContain('peut être retirée');
    expect((await verdicts({ ...prepared, managed: {} }))['managed-config']).toBe(false);
    expect(
      (await verdicts({ ...prepared, managed: { referenceOrigins: ['http://x.lan'] } }))['settings-locked'],
    ).toBe(false);
    expect(await detail({ ...prepared, hasPermission: async () => false }, 'reference-site')).toBe(
      'Autorisation manquante pour http://wordpress.centre.lan.',
    );
    expect(await detail({ ...prepared, reach: async () => null }, 'reference-site')).toBe(
      'Injoignable : http://wordpress.centre.lan.',
    );
    expect((await verdicts({ ...prepared, referenceOrigins: [] }))['reference-site']).toBe(false);
    expect((await verdicts({ ...prepared, pinSet: async () => false }))['examiner-pin']).toBe(false);
    expect(
      await detail(
        { ...prepared, storageEstimate: async () => ({ quota: 150e6, usage: 50e6 }) },
        'storage-space',
      ),
    ).toBe('95 Mo disponibles (200 Mo au moins).');
    expect((await verdicts({ ...prepared, userAgent: 'Firefox/115.0' }))['browser-version']).toBe(false);
    expect((await verdicts({ ...prepared, sidePanel: false }))['side-panel']).toBe(false);
  });
});
