/**
 * The rrweb arm of the capture benchmark: rrweb 2.2.2's `record()` bundled from the
 * devDependency (record only, minified) and the benchmark's glue that keeps its events.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const rrwebBundle = async () => {
  const out = await build({
    stdin: {
      contents: "export { record } from 'rrweb';",
      resolveDir: resolve(import.meta.dirname),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'rrwebRecord',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
};
export const RRWEB_URL = 'bench://rrweb-record.js';
export const rrwebInjection = (bundle: string) => `${bundle}\n//# sourceURL=${RRWEB_URL}\n`;
/**
 * The benchmark's own glue (not counted as rrweb's time): keeps rrweb's events in a page-side
 * array; the benchmark pulls them with `page.evaluate(__rrDrain)` before each navigation and at
 * the end (no `exposeFunction` binding: with it the first page load hung). The few events
 * emitted between the last pull and a form submit's unload are stashed in `sessionStorage` at
 * `pagehide` and handed over with the next page's first pull. `record()` starts in the top frame
 * only, as rrweb is meant to be used (it records same-origin iframes itself): started in every
 * frame, it recursed without end — rrweb appends a hidden about:blank iframe to fetch untainted
 * DOM prototypes, the injection ran `record()` in that iframe, which appended another…
 * ("Maximum call stack size exceeded", the page never loaded: the 30 s timeout).
 */
export const RRWEB_GLUE = `(() => {
  if (!window.rrwebRecord || window.__rrDrain || window !== window.top) return;
  let kept = [];
  try {
    const tail = sessionStorage.getItem('__rrTail');
    if (tail) { kept = JSON.parse(tail); sessionStorage.removeItem('__rrTail'); }
  } catch {}
  window.__rrDrain = () => { const text = JSON.stringify(kept); kept = []; return text; };
  window.rrwebRecord.record({ emit: (event) => { kept.push(event); }, maskAllInputs: true });
  addEventListener('pagehide', () => {
      if (!kept.length) return;
      try { sessionStorage.setItem('__rrTail', JSON.stringify(kept)); kept = []; } catch {}
    });
})();
//# sourceURL=bench://glue.js`;
