/**
 * `npm run package` for real (into a folder of its own), then the archives opened as a store
 * would: manifests, icons, locales, ids, permissions and minimum versions.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, CHROMIUM_PUBLIC_KEY, GECKO_ID } from '../extension/identity.ts';
import { readZip } from './package/zip.ts';

const ROOT = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'temoin-package-'));
let archives: string[] = [];

beforeAll(() => {
  execFileSync('npm', ['run', 'package'], {
    cwd: ROOT,
    env: { ...process.env, TEMOIN_BUILD_DIR: out },
    stdio: 'pipe',
  });
  archives = readdirSync(out).filter((name) => name.endsWith('.zip'));
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const open = (suffix: string) => {
  const name = archives.find((archive) => archive.endsWith(suffix));
  if (!name) throw new Error(`no archive ending in ${suffix} among ${archives.join(', ')}`);
  return readZip(readFileSync(join(out, name)));
};
const json = (entries: Map<string, Buffer>, path: string) => {
  const bytes = entries.get(path);
  if (!bytes) throw new Error(`${path} missing from the archive`);
  return JSON.parse(bytes.toString('utf8'));
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

const checkCommon = (entries: Map<string, Buffer>) => {
  const manifest = json(entries, 'manifest.json');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.default_locale).toBe('fr');
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.description).toBe('__MSG_extDescription__');
  for (const size of [16, 32, 48, 128]) {
    const icon = entries.get(manifest.icons[size]);
    expect(icon?.subarray(0, 4), `icon ${size}`).toEqual(PNG);
    // PNG width, big-endian at byte 16: the file is the size it claims.
    expect(icon?.readUInt32BE(16), `icon ${size} width`).toBe(size);
  }
  for (const locale of ['fr', 'en']) {
    const messages = json(entries, `_locales/${locale}/messages.json`);
    expect(messages.extName.message).toBe('Témoin');
    expect(messages.extDescription.message.length).toBeGreaterThan(20);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  }
  const fr = json(entries, '_locales/fr/messages.json').extDescription.message;
  const en = json(entries, '_locales/en/messages.json').extDescription.message;
  expect(fr).toMatch(/épreuve/);
  expect(en).toMatch(/exam/);
  // One language per description, not a mixed string.
  expect(fr).not.toMatch(/exam\b/);
  expect(en).not.toMatch(/épreuve/);
  expect(manifest.permissions).toEqual(
    expect.arrayContaining(['storage', 'downloads', 'webRequest', 'scripting']),
  );
  expect(manifest.permissions).not.toContain('<all_urls>');
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  for (const path of ['popup.html', 'options.html', 'background.js'])
    expect(entries.has(path), path).toBe(true);
  return manifest;
};

describe('npm run package', () => {
  it('writes a Chromium archive, a Firefox archive and the Firefox sources', () => {
    expect(archives.sort()).toEqual([
      'temoin-0.1.0-chrome.zip',
      'temoin-0.1.0-firefox.zip',
      'temoin-0.1.0-sources.zip',
    ]);
  });

  it('Chromium: MV3, a stable id from the public key, Chromium 128 at least', () => {
    const manifest = checkCommon(open('-chrome.zip'));
    expect(manifest.key).toBe(CHROMIUM_PUBLIC_KEY);
    const digest = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
    const id = [...digest.slice(0, 32)]
      .map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16)))
      .join('');
    expect(id).toBe(CHROMIUM_EXTENSION_ID);
    expect(manifest.minimum_chrome_version).toBe('128');
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: MV3, a real add-on id, Firefox 128 at least, data collection declared', () => {
    const manifest = checkCommon(open('-firefox.zip'));
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.id).not.toMatch(/\.example$/);
    expect(gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko.strict_min_version).toBe('128.0');
    expect(gecko.data_collection_permissions.required).toEqual(
      expect.arrayContaining(['personallyIdentifyingInfo', 'websiteActivity']),
    );
    expect(manifest.key).toBeUndefined();
    expect(manifest.background.scripts).toEqual(['background.js']);
    // The network hook runs in the page's main world (Firefox ≥ 128), no injected <script>.
    const mainWorld = manifest.content_scripts.find((script: { world?: string }) => script.world === 'MAIN');
    expect(mainWorld?.js).toEqual(['content-scripts/network-hook-main.js']);
  });

  it('the sources archive rebuilds the extension and holds no private key', () => {
    const entries = open('-sources.zip');
    for (const path of ['package.json', 'package-lock.json', 'wxt.config.ts', 'extension/identity.ts'])
      expect(entries.has(path), path).toBe(true);
    const names = [...entries.keys()];
    expect(names.filter((name) => name.startsWith('node_modules/') || name.startsWith('.output/'))).toEqual(
      [],
    );
    // Spelt in two parts so that this very file, which is in the archive, does not match.
    const pemHeader = ['PRIVATE', 'KEY-----'].join(' ');
    for (const [name, bytes] of entries)
      expect(bytes.includes(pemHeader), `${name} holds a private key`).toBe(false);
  });
});
