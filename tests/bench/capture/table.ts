/**
 * Prints the Markdown table of a capture benchmark result file (BENCHMARKS.md uses it):
 *   npx tsx tests/bench/capture/table.ts tests/bench/results/capture-wordpress-….json
 */
import { readFileSync } from 'node:fs';
import type { Stat } from './profile.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: table.ts <result.json>');
const result = JSON.parse(readFileSync(file, 'utf8')) as {
  arms: string[];
  summary: Record<string, Record<string, Stat | number[] | number>>;
};
const arms = result.arms;
const s = (arm: string, key: string) => result.summary[arm]![key] as Stat;
const cell = (x: Stat, digits = 0) =>
  Number.isFinite(x.median)
    ? `${x.median.toFixed(digits)} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`
    : '—';
const ratio = (arm: string, key: string, base = 'rrweb', baseKey = key) => {
  const a = s(arm, key).median;
  const b = result.summary[base] ? s(base, baseKey).median : Number.NaN;
  return Number.isFinite(a / b) && a > 0 && arm !== base ? ` **×${(a / b).toFixed(3)}**` : '';
};
const rows: [string, (arm: string) => string][] = [
  ['runs', (arm) => String(result.summary[arm]!.runs)],
  ['session (s)', (arm) => cell(s(arm, 'sessionSeconds'), 1)],
  [
    'capture self time, ms (page recorder with natives + worker non-idle)',
    (arm) => `${cell(s(arm, 'captureMs'))}${ratio(arm, 'captureMs')}`,
  ],
  ['— page recorder, JS self', (arm) => cell(s(arm, 'recorderPageSelfMs'))],
  ['— page recorder, with natives', (arm) => cell(s(arm, 'recorderPageWithNativesMs'))],
  ['— worker JS self', (arm) => cell(s(arm, 'workerSelfMs'))],
  ['— worker with natives', (arm) => cell(s(arm, 'workerWithNativesMs'))],
  ['— worker non-idle (incl. GC, IndexedDB)', (arm) => cell(s(arm, 'workerNonIdleMs'))],
  [
    'subject UI in the page, JS self / with natives',
    (arm) =>
      `${cell(s(arm, 'subjectUiSelfMs'))} / ${cell(s(arm, 'subjectUiWithNativesMs'))}${ratio(arm, 'subjectUiWithNativesMs', 'rrweb', 'captureMs')}`,
  ],
  ['main-thread TaskDuration (ms)', (arm) => cell(s(arm, 'taskMs'))],
  [
    'added vs same round’s `none` (ms), per round',
    (arm) =>
      `${cell(s(arm, 'addedTaskMs'))} [${(result.summary[arm]!.pairedAddedTaskMs as number[]).join(', ')}]`,
  ],
  [
    'JS heap peak, page / worker (MB)',
    (arm) => `${cell(s(arm, 'pageHeapPeakMB'), 1)} / ${cell(s(arm, 'workerHeapPeakMB'), 1)}`,
  ],
  ['events', (arm) => cell(s(arm, 'events'))],
  ['bytes / min raw', (arm) => `${cell(s(arm, 'bytesPerMinute'))}${ratio(arm, 'bytesPerMinute')}`],
  ['bytes / min gzipped', (arm) => `${cell(s(arm, 'gzBytesPerMinute'))}${ratio(arm, 'gzBytesPerMinute')}`],
  [
    'durable latency p50 / p95 / p99 (ms)',
    (arm) => `${cell(s(arm, 'latencyP50'))} / ${cell(s(arm, 'latencyP95'))} / ${cell(s(arm, 'latencyP99'))}`,
  ],
];
console.log(`| | ${arms.join(' | ')} |`);
console.log(`|---|${arms.map(() => '---').join('|')}|`);
for (const [label, value] of rows) console.log(`| ${label} | ${arms.map(value).join(' | ')} |`);
