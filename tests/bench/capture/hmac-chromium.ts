/**
 * Cold HMAC-SHA-256 of a 6 KB message in headless Chromium, two implementations side by side:
 * each call in a fresh page (the code is cold, as a content script's is on each page load),
 * the order alternated. Used to check the pending queue's synchronous HMAC (capture/hmac.ts)
 * in the browser, not only in Node:
 *
 *   git show 1d9e945:extension/capture/hmac.ts > /tmp/hmac-before.ts
 *   npx tsx tests/bench/capture/hmac-chromium.ts /tmp/hmac-before.ts extension/capture/hmac.ts
 */
import { buildSync } from 'esbuild';
import puppeteer from 'puppeteer-core';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: hmac-chromium.ts <before hmac.ts> <after hmac.ts>');
const bundle = (file: string) =>
  buildSync({ entryPoints: [file], bundle: true, format: 'iife', globalName: 'H', write: false })
    .outputFiles[0]!.text;
const impls: Record<string, string> = { before: bundle(before), after: bundle(after) };
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const results: Record<string, { cold: number; next5: number; mac: string }[]> = { before: [], after: [] };
for (let round = 0; round < 12; round += 1)
  for (const name of round % 2 ? ['before', 'after'] : ['after', 'before']) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: impls[name]! });
    results[name]!.push(
      await page.evaluate(() => {
        const h = (globalThis as unknown as { H: { hmacSha256Hex(k: string, m: string): string } }).H;
        const message = JSON.stringify({ id: 'x', kind: 'page.seo', data: 'é'.repeat(3000) });
        const t0 = performance.now();
        const mac = h.hmacSha256Hex('k'.repeat(64), message);
        const cold = performance.now() - t0;
        const t1 = performance.now();
        for (let i = 0; i < 5; i += 1) h.hmacSha256Hex('k'.repeat(64), message + i);
        return { cold, next5: performance.now() - t1, mac };
      }),
    );
    await page.close();
  }
await browser.close();
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const macs = new Set([...results.before!, ...results.after!].map((r) => r.mac));
for (const name of ['before', 'after'])
  console.log(
    `${name}: cold ${median(results[name]!.map((r) => r.cold)).toFixed(2)} ms, next five ${median(
      results[name]!.map((r) => r.next5),
    ).toFixed(2)} ms (medians of 12 pages)`,
  );
console.log(macs.size === 1 ? 'same MAC' : 'MACS DIFFER');
