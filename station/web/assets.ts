/**
 * The examiner pages' scripts: TypeScript in station/web/client, turned into JavaScript once
 * at first request (typescript's transpileModule: no bundler, each file stays a module and
 * imports its neighbours by URL). The stylesheet is served as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const DIR = join(import.meta.dirname, 'client');
const cache = new Map<string, string>();

export const clientAsset = (name: string): { type: string; text: string } | null => {
  if (!/^[a-z-]+\.(ts|css)$/.test(name)) return null;
  const cached = cache.get(name);
  const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  if (cached) return { type, text: cached };
  let source: string;
  try {
    source = readFileSync(join(DIR, name), 'utf8');
  } catch {
    return null;
  }
  const text = name.endsWith('.css')
    ? source
    : ts.transpileModule(source, {
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          verbatimModuleSyntax: true,
        },
      }).outputText;
  cache.set(name, text);
  return { type, text };
};
