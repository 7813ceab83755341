import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArchitecture } from './check.ts';
import { importCircles } from './cycles.ts';
import { lineCount } from './file-size.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

const PROTOCOL = `export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.export') }),
  z.object({ type: z.literal('overlay.toggled'), visible: z.boolean() }),
]);
`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A repository tree in a temporary folder: a sound base plus the files given. */
const tree = (files: Record<string, string>) => {
  const root = mkdtempSync(join(tmpdir(), 'temoin-architecture-'));
  roots.push(root);
  const all: Record<string, string> = {
    'extension/messaging/protocol.ts': PROTOCOL,
    'extension/entrypoints/editor/main.ts': "import '../../../grid-editor/src/main.ts';\n",
    'grid-editor/src/main.ts': "import './app.ts';\n",
    'grid-editor/src/app.ts': "import { parse } from '../../shared/schema.ts';\nexport const app = parse;\n",
    'shared/schema.ts': "import { z } from 'zod';\nexport const parse = z.string().parse;\n",
    'shared/schema.test.ts': "import fc from 'fast-check';\nimport { readFileSync } from 'node:fs';\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
};

const check = (files: Record<string, string>) =>
  checkArchitecture(tree(files), { allowed: [] }).map(({ rule, file, line }) => ({ rule, file, line }));

describe('the architecture check', () => {
  it('passes a tree that keeps its boundaries', () => {
    expect(check({})).toEqual([]);
  });

  it('fails when shared/ imports the extension, the grid editor, or a browser package', () => {
    expect(
      check({
        'shared/bad.ts': [
          "import type { Message } from '../extension/messaging/protocol.ts';",
          "import { app } from '../grid-editor/src/app.ts';",
          "import browser from 'webextension-polyfill';",
          "import { html } from 'lit';",
        ].join('\n'),
      }),
    ).toEqual([
      { rule: 'shared-is-pure', file: 'shared/bad.ts', line: 1 },
      { rule: 'shared-is-pure', file: 'shared/bad.ts', line: 2 },
      { rule: 'shared-is-pure', file: 'shared/bad.ts', line: 3 },
      { rule: 'shared-is-pure', file: 'shared/bad.ts', line: 4 },
    ]);
  });

  it('lets shared/ tests use test tools and fixtures, never the extension', () => {
    expect(
      check({
        'tests/fixtures/documents.ts': 'export const documents = [];\n',
        'shared/ok.test.ts':
          "import { documents } from '../tests/fixtures/documents.ts';\nimport 'vitest';\n",
        'shared/bad.test.ts': "import '../extension/messaging/protocol.ts';\n",
      }),
    ).toEqual([{ rule: 'shared-is-pure', file: 'shared/bad.test.ts', line: 1 }]);
  });

  it('fails when the extension imports a grid-editor internal instead of a host entrypoint', () => {
    expect(
      check({
        'extension/ui/review.ts': "import { app } from '../../grid-editor/src/app.ts';\n",
        'extension/entrypoints/harmonisation/main.ts':
          "import('../../../grid-editor/src/harmonisation/main.ts');\n",
        'grid-editor/src/harmonisation/main.ts': 'export {};\n',
      }),
    ).toEqual([{ rule: 'extension-hosts-grid-editor', file: 'extension/ui/review.ts', line: 1 }]);
  });

  it('fails when the grid editor imports the extension or speaks its message protocol', () => {
    expect(
      check({
        'grid-editor/src/live.ts': [
          "import type { Message } from '../../extension/messaging/protocol.ts';",
          "import { browser } from 'wxt/browser';",
          'export const load = () => chrome.runtime.sendMessage({ type: "session.export" });',
          "export const kinds = ['overlay.toggled'];",
          'export const save = () => globalThis.browser?.downloads;',
        ].join('\n'),
      }),
    ).toEqual([
      { rule: 'grid-editor-is-not-the-extension', file: 'grid-editor/src/live.ts', line: 1 },
      { rule: 'grid-editor-is-not-the-extension', file: 'grid-editor/src/live.ts', line: 2 },
      { rule: 'grid-editor-speaks-no-protocol', file: 'grid-editor/src/live.ts', line: 3 },
      { rule: 'grid-editor-speaks-no-protocol', file: 'grid-editor/src/live.ts', line: 3 },
      { rule: 'grid-editor-speaks-no-protocol', file: 'grid-editor/src/live.ts', line: 5 },
      { rule: 'grid-editor-speaks-no-protocol', file: 'grid-editor/src/live.ts', line: 3 },
    ]);
  });

  it('keeps the station a server that only shares shared/', () => {
    expect(
      check({
        'shared/station/protocol.ts': 'export type Push = { events: string[] };\n',
        'station/server.ts': [
          "import type { Push } from '../shared/station/protocol.ts';",
          "import { db } from './db.ts';",
          "import { app } from '../grid-editor/src/app.ts';",
        ].join('\n'),
        'station/db.ts': 'export const db = 1;\n',
        'station/testing-workstation.ts': "import '../extension/messaging/protocol.ts';\n",
        'extension/station-link.ts': "import { db } from '../station/db.ts';\n",
      }),
    ).toEqual([
      { rule: 'station-is-a-server', file: 'extension/station-link.ts', line: 1 },
      { rule: 'station-is-a-server', file: 'station/server.ts', line: 3 },
    ]);
  });

  it('fails when it can no longer read the message types', () => {
    expect(check({ 'extension/messaging/protocol.ts': 'export const Message = {};\n' })).toEqual([
      { rule: 'grid-editor-speaks-no-protocol', file: 'extension/messaging/protocol.ts', line: 1 },
    ]);
  });

  it('fails on an import circle, type-only imports included', () => {
    expect(
      check({
        'shared/rules/compile.ts':
          "import { DEFAULT } from './levels.ts';\nexport type Compiled = { d: typeof DEFAULT };\n",
        'shared/rules/levels.ts': "import type { Compiled } from './compile';\nexport const DEFAULT = 1;\n",
      }),
    ).toEqual([{ rule: 'no-import-circle', file: 'shared/rules/compile.ts', line: 1 }]);
    expect(importCircles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(
      importCircles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a', 'd']],
          ['d', []],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('lists source files over 450 lines, tests and fixtures exempt', () => {
    const long = 'export const x = 1;\n'.repeat(451);
    expect(
      check({
        'extension/long.ts': long,
        'extension/ok.ts': 'export const x = 1;\n'.repeat(450),
        'extension/overlay/overlay.css': 'a {}\n'.repeat(500),
        'extension/long.test.ts': long,
        'extension/capture/testing/fake.ts': long,
        'tests/e2e/long.e2e.ts': long,
        'scripts/long.ts': long,
      }),
    ).toEqual([
      { rule: 'file-size', file: 'extension/overlay/overlay.css', line: 500 },
      { rule: 'file-size', file: 'extension/long.ts', line: 451 },
      { rule: 'file-size', file: 'scripts/long.ts', line: 451 },
    ]);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });

  it('accepts a listed exception and reports one that no longer applies', () => {
    const root = tree({ 'extension/long.ts': 'x;\n'.repeat(451) });
    const allowed = [
      { rule: 'file-size', file: 'extension/long.ts', owner: 'someone' },
      { rule: 'file-size', file: 'extension/gone.ts', owner: 'someone' },
    ] as const;
    expect(checkArchitecture(root, { allowed }).map(({ rule, file }) => ({ rule, file }))).toEqual([
      { rule: 'file-size', file: 'extension/gone.ts' },
    ]);
  });

  // Reads the whole repository: slow on a busy machine.
  it('holds for this repository', { timeout: 60_000 }, () => {
    expect(checkArchitecture(REPO)).toEqual([]);
  });
});

// Each case builds a TypeScript program: slow on a busy machine.
describe('shared/tsconfig.json', { timeout: 60_000 }, () => {
  /** Type-checks one file as shared/ code: its tsconfig's options, its platform globals. */
  const diagnostics = (source: string) => {
    const root = mkdtempSync(join(tmpdir(), 'temoin-shared-'));
    roots.push(root);
    const file = join(root, 'probe.ts');
    writeFileSync(file, source);
    const configPath = join(REPO, 'shared/tsconfig.json');
    const config = ts.parseConfigFileTextToJson(configPath, readFileSync(configPath, 'utf8')).config;
    const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, dirname(configPath));
    const program = ts.createProgram([join(REPO, 'shared/platform.d.ts'), file], {
      ...options,
      noEmit: true,
    });
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  };

  it('knows no DOM nor extension API', () => {
    expect(diagnostics('export const title = document.title;\n')).toEqual([
      expect.stringContaining("Cannot find name 'document'."),
    ]);
    expect(diagnostics('export const el: HTMLElement | null = null;\n')).toEqual([
      expect.stringContaining("Cannot find name 'HTMLElement'."),
    ]);
    expect(diagnostics('export const id = chrome.runtime.id;\n')).toEqual([
      expect.stringContaining("Cannot find name 'chrome'."),
    ]);
  });

  it('knows the web-platform globals every runtime has', () => {
    expect(
      diagnostics(
        "export const h = crypto.subtle.digest('SHA-256', new TextEncoder().encode(new URL('http://a/').href));\n",
      ),
    ).toEqual([]);
  });
});
