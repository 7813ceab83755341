/**
 * The boundaries between the applications, as rules a program checks (docs/adr/0005):
 * - shared/ is pure: it imports only shared/ and zod (its tests may also use tests/fixtures,
 *   vitest, fast-check and Node's built-ins);
 * - the extension reaches the grid editor only through the two host entrypoints;
 * - the grid editor imports nothing of the extension and never speaks the extension's message
 *   protocol itself (no runtime messaging, no bare message types): the host page injects what
 *   it needs;
 * - the examiner station (a server) imports only station/ and shared/ (its test helpers may
 *   drive the extension's background to play a workstation), and no application imports the
 *   station: they talk to it over HTTP with the types of shared/station.
 */
import { type Import, isTestFile, packageOf, type SourceFile } from './sources.ts';

export interface Violation {
  rule: string;
  file: string;
  line: number;
  message: string;
}

export const SHARED_PACKAGES = new Set(['zod']);
const TEST_PACKAGES = new Set(['vitest', 'fast-check']);

/** The grid editor's modules an extension page may load: they mount the whole application. */
export const GRID_EDITOR_HOSTS = new Set([
  'grid-editor/src/main.ts',
  'grid-editor/src/harmonisation/main.ts',
]);

const EXTENSION_PACKAGES = new Set([
  'webextension-polyfill',
  'wxt',
  '#imports',
  '@wxt-dev/webextension-polyfill',
]);

/** Where the message types are declared (`type: z.literal('session.export')`). */
export const PROTOCOL_FILE = 'extension/messaging/protocol.ts';

export const messageTypesOf = (protocol: string): string[] =>
  [...protocol.matchAll(/\btype:\s*z\.literal\(\s*['"`]([^'"`]+)['"`]\s*\)/g)].map((match) => match[1]!);

const inside = (path: string, folder: string) => path.startsWith(`${folder}/`);

/** Import rules: one violation per import that crosses a boundary the wrong way. */
export const importViolations = (file: SourceFile, imports: readonly Import[]): Violation[] => {
  const out: Violation[] = [];
  const add = (rule: string, line: number, message: string) =>
    out.push({ rule, file: file.path, line, message });
  for (const { specifier, target, line } of imports) {
    const pkg = target === null ? packageOf(specifier) : null;
    if (inside(file.path, 'shared')) {
      if (target !== null && !inside(target, 'shared') && !(isTestFile(file.path) && inside(target, 'tests')))
        add('shared-is-pure', line, `shared/ imports only shared/, not ${target}`);
      else if (
        pkg !== null &&
        !SHARED_PACKAGES.has(pkg) &&
        !(isTestFile(file.path) && (TEST_PACKAGES.has(pkg) || pkg.startsWith('node:')))
      )
        add(
          'shared-is-pure',
          line,
          `shared/ uses no package but ${[...SHARED_PACKAGES].join(', ')}, not ${pkg}`,
        );
    } else if (inside(file.path, 'station')) {
      if (
        target !== null &&
        !inside(target, 'station') &&
        !inside(target, 'shared') &&
        !isTestFile(file.path)
      )
        add('station-is-a-server', line, `the station imports only station/ and shared/, not ${target}`);
      continue;
    }
    if (
      target !== null &&
      inside(target, 'station') &&
      !inside(file.path, 'shared') &&
      !isTestFile(file.path)
    )
      add('station-is-a-server', line, `only the station imports station/ (use shared/station): ${target}`);
    if (inside(file.path, 'extension')) {
      if (target !== null && inside(target, 'grid-editor') && !GRID_EDITOR_HOSTS.has(target))
        add(
          'extension-hosts-grid-editor',
          line,
          `the extension loads the grid editor only through ${[...GRID_EDITOR_HOSTS].join(' or ')}, not ${target}`,
        );
    } else if (inside(file.path, 'grid-editor')) {
      if (target !== null && inside(target, 'extension'))
        add(
          'grid-editor-is-not-the-extension',
          line,
          `the grid editor imports nothing of the extension: ${target}`,
        );
      else if (pkg !== null && EXTENSION_PACKAGES.has(pkg))
        add(
          'grid-editor-is-not-the-extension',
          line,
          `the grid editor does not use the extension's API: ${pkg}`,
        );
    }
  }
  return out;
};

/** The extension's APIs the grid editor could sniff for (`chrome.runtime`, `browser?.downloads`…). */
const RUNTIME_MESSAGING =
  /\b(?:chrome|browser)\s*\??\.\s*(?:runtime|downloads|storage|tabs|permissions)\b|\.sendMessage\s*\(/g;

/** Text rule: grid-editor source never sends runtime messages nor writes a message type. */
export const protocolViolations = (file: SourceFile, messageTypes: readonly string[]): Violation[] => {
  if (!inside(file.path, 'grid-editor') || isTestFile(file.path)) return [];
  const out: Violation[] = [];
  const lineOf = (index: number) => file.text.slice(0, index).split('\n').length;
  for (const match of file.text.matchAll(RUNTIME_MESSAGING))
    out.push({
      rule: 'grid-editor-speaks-no-protocol',
      file: file.path,
      line: lineOf(match.index),
      message: `the grid editor does not use the extension's APIs (${match[0].trim()}): let the host page inject it`,
    });
  const quoted = messageTypes.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  if (quoted)
    for (const match of file.text.matchAll(new RegExp(`\\btype\\s*:\\s*['"\`](${quoted})['"\`]`, 'g')))
      out.push({
        rule: 'grid-editor-speaks-no-protocol',
        file: file.path,
        line: lineOf(match.index),
        message: `the grid editor does not write the extension's message '${match[1]}' as a bare string`,
      });
  return out;
};
