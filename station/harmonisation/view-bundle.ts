/**
 * The grid editor's Lit views for the pages the station serves — harmonisation
 * (grid-editor/src/harmonisation/station-page.ts) and the examiner's live screen with the
 * review's components (grid-editor/src/station-live/live-page.ts) —, bundled once at first request with esbuild
 * (already there: tsx runs on it) into one script and one stylesheet, kept in memory. The
 * station imports no grid-editor module — it only bundles that file for the browser — so the
 * view stays one piece of code for the extension, the standalone editor and the station
 * (docs/adr/0015-harmonisation-on-the-station.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');
/** Each page's entry; the name is the bundle's file name (`app.js`, `live.js`…). */
const ENTRIES = {
  app: join(ROOT, 'grid-editor/src/harmonisation/station-page.ts'),
  live: join(ROOT, 'grid-editor/src/station-live/live-page.ts'),
  fiche: join(ROOT, 'grid-editor/src/station-live/fiche-page.ts'),
} as const;
export type ViewName = keyof typeof ENTRIES;

export interface ViewBundle {
  js: string;
  css: string;
}

/**
 * Vite's `?inline` stylesheet imports (the components adopt them in their shadow roots) as
 * strings. `@font-face` rules are dropped there: a shadow root cannot declare a font, and the
 * page's own stylesheet already does.
 */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\?inline$/ }, async (args) => {
      const resolved = await builder.resolve(args.path.replace(/\?inline$/, ''), {
        resolveDir: args.resolveDir,
        kind: args.kind,
      });
      return resolved.errors.length
        ? { errors: resolved.errors }
        : { path: resolved.path, namespace: 'inline-css' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const text = (await readFile(args.path, 'utf8')).replace(/@font-face\s*\{[^}]*\}/g, '');
      return { contents: `export default ${JSON.stringify(text)};`, loader: 'js' };
    });
  },
};

const bundle = async (): Promise<Record<ViewName, ViewBundle>> => {
  const result = await build({
    entryPoints: ENTRIES,
    bundle: true,
    write: false,
    outdir: join(ROOT, '.station-view'),
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: join(ROOT, 'tsconfig.json'),
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    plugins: [inlineCss],
    logLevel: 'silent',
  });
  const text = (name: string) =>
    result.outputFiles.find((file) => file.path.endsWith(`/${name}`))?.text ?? '';
  const views = {} as Record<ViewName, ViewBundle>;
  for (const name of Object.keys(ENTRIES) as ViewName[])
    views[name] = { js: text(`${name}.js`), css: text(`${name}.css`) };
  return views;
};

let built: Promise<Record<ViewName, ViewBundle>> | null = null;

/** A page's bundle, all built on first call; a failed build is tried again on the next call. */
export const stationView = async (name: ViewName): Promise<ViewBundle> => {
  built ??= bundle().catch((error: unknown) => {
    built = null;
    throw error;
  });
  return (await built)[name];
};

export const harmonisationView = (): Promise<ViewBundle> => stationView('app');
