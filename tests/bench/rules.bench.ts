/**
 * Rules engine benchmark: 300 rules over 3 sessions of 20,000 events.
 *
 *   npx tsx tests/bench/rules.bench.ts [--json] [--rounds N]
 *
 * - full: `evaluate(subject, events)` of a whole session, compilation included (wall time, and
 *   CPU time of the process, less sensitive to the other processes of a shared machine);
 * - incremental: `push(batch of 100)` then `result()`, timed apart, over whole sessions; the
 *   final result is checked deep-equal to the reference evaluation (`evaluateByRule`);
 * - scaling: full evaluation of 2,000 vs 20,000 events (target ≤ 12×, i.e. linear).
 * Compared sizes run interleaved in every round (2k, 20k, 2k, 20k…) so that the machine's
 * noise hits both alike; figures are medians with min–max. With `--json`, the last line
 * printed is one JSON object with every figure.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { compileSubject } from '../../shared/rules/compile.ts';
import { evaluate } from '../../shared/rules/evaluate.ts';
import { createIncrementalEvaluator } from '../../shared/rules/incremental.ts';
import { evaluateByRule } from '../../shared/rules/reference.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { generateSession, generateSubject } from './rules-workload.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1])) : 7;
/** Incremental runs feed every session once per round, for the first rounds only. */
const INCREMENTAL_ROUNDS = Math.min(ROUNDS, 3);
const RULES = 300;
const SESSIONS = 3;
const LARGE = 20_000;
const SMALL = 2_000;
const BATCH = 100;

const log = (line: string) => {
  if (!json) console.log(line);
};

interface Stats {
  median: number;
  min: number;
  max: number;
  p95?: number;
  n: number;
}
const round = (value: number, digits = 3) => Number(value.toFixed(digits));
const stats = (values: readonly number[], withP95 = false): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]!;
  return {
    median: round(median),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    ...(withP95 ? { p95: round(p95) } : {}),
    n: sorted.length,
  };
};
const show = (s: Stats, unit = 'ms') =>
  `${s.median} ${unit} (min ${s.min} – max ${s.max}${s.p95 === undefined ? '' : `, p95 ${s.p95}`}, n=${s.n})`;

const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** CPU time of the process (user + system), in ms. */
const cpuTime = (work: () => unknown): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const subject = generateSubject(RULES, 7);
const large = Array.from({ length: SESSIONS }, (_, i) => generateSession(LARGE, 100 + i));
const small = Array.from({ length: SESSIONS }, (_, i) => generateSession(SMALL, 200 + i));

/** Feeds a session in batches; times each `push` and the `result()` that follows it. */
const incremental = (events: readonly CaptureEvent[]) => {
  const evaluator = createIncrementalEvaluator(subject);
  const push: number[] = [];
  const result: number[] = [];
  for (let i = 0; i < events.length; i += BATCH) {
    const batch = events.slice(i, i + BATCH);
    push.push(time(() => evaluator.push(batch)));
    result.push(time(() => evaluator.result()));
  }
  return { push, result, equal: isDeepStrictEqual(evaluator.result(), evaluateByRule(subject, events)) };
};

// Warm-up: let the JIT see every path before measuring.
for (const events of [...small, ...large]) evaluate(subject, events);
incremental(large[0]!);

const compile: number[] = [];
const fullSmall: number[] = [];
const fullLarge: number[] = [];
const fullLargeCpu: number[] = [];
const ratios: number[] = [];
const push: number[] = [];
const result: number[] = [];
const both: number[] = [];
const pushFirst: number[] = [];
const pushLast: number[] = [];
const bothFirst: number[] = [];
const bothLast: number[] = [];
const wholeSession: number[] = [];
let equal = true;

log(`Rules engine benchmark: ${RULES} rules, ${SESSIONS} sessions × ${LARGE} events, ${ROUNDS} rounds`);
for (let r = 0; r < ROUNDS; r += 1) {
  compile.push(time(() => compileSubject(subject)));
  let roundSmall = 0;
  let roundLarge = 0;
  for (let s = 0; s < SESSIONS; s += 1) {
    // Interleaved: the small and the large session of a pair run back to back.
    const tSmall = time(() => evaluate(subject, small[s]!));
    const tLarge = time(() => evaluate(subject, large[s]!));
    fullSmall.push(tSmall);
    fullLarge.push(tLarge);
    roundSmall += tSmall;
    roundLarge += tLarge;
  }
  ratios.push(roundLarge / roundSmall);
  fullLargeCpu.push(cpuTime(() => evaluate(subject, large[r % SESSIONS]!)));
  if (r < INCREMENTAL_ROUNDS)
    for (const events of large) {
      const run = incremental(events);
      equal &&= run.equal;
      const sums = run.push.map((t, i) => t + run.result[i]!);
      const tenth = Math.floor(sums.length / 10);
      push.push(...run.push);
      result.push(...run.result);
      both.push(...sums);
      pushFirst.push(...run.push.slice(0, tenth));
      pushLast.push(...run.push.slice(-tenth));
      bothFirst.push(...sums.slice(0, tenth));
      bothLast.push(...sums.slice(-tenth));
      wholeSession.push(sums.reduce((sum, t) => sum + t, 0));
    }
  log(
    `  round ${r + 1}: 3 × 2k ${roundSmall.toFixed(1)} ms, 3 × 20k ${roundLarge.toFixed(1)} ms, ratio ${(roundLarge / roundSmall).toFixed(2)}×`,
  );
}

const full20k = stats(fullLarge);
const full2k = stats(fullSmall);
const timeRatio = stats(ratios);
const figures = {
  benchmark: 'rules',
  command: 'npx tsx tests/bench/rules.bench.ts --json',
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverage: os.loadavg().map((l) => round(l, 2)),
    note: 'shared, noisy machine',
  },
  workload: { rules: RULES, sessions: SESSIONS, eventsPerSession: LARGE, batch: BATCH, rounds: ROUNDS },
  compileMs: stats(compile),
  fullEvaluationMs: { events20k: full20k, events2k: full2k, events20kCpu: stats(fullLargeCpu) },
  incrementalBatchMs: {
    pushAndResult: stats(both, true),
    push: stats(push, true),
    result: stats(result, true),
    pushFirst10pct: stats(pushFirst),
    pushLast10pct: stats(pushLast),
    pushAndResultFirst10pct: stats(bothFirst),
    pushAndResultLast10pct: stats(bothLast),
    wholeSession: stats(wholeSession),
  },
  scaling: {
    eventsRatio: LARGE / SMALL,
    timeRatio,
    ratioOfMedians: round(full20k.median / full2k.median, 2),
    target: 12,
    pass: timeRatio.median <= 12,
  },
  incrementalEqualsReference: equal,
};

const inc = figures.incrementalBatchMs;
log('');
log(`compile ${RULES} rules:                    ${show(figures.compileMs)}`);
log(`full evaluation, 20,000 events:          ${show(full20k)}`);
log(`full evaluation, 20,000 events, CPU:     ${show(figures.fullEvaluationMs.events20kCpu)}`);
log(`full evaluation,  2,000 events:          ${show(full2k)}`);
log(`incremental, batch of ${BATCH}, push+result: ${show(inc.pushAndResult)}`);
log(`  push only:                             ${show(inc.push)}`);
log(`  result() only:                         ${show(inc.result)}`);
log(`  push, first / last 10 % of session:    ${inc.pushFirst10pct.median} / ${inc.pushLast10pct.median} ms`);
log(
  `  push+result, first / last 10 %:        ${inc.pushAndResultFirst10pct.median} / ${inc.pushAndResultLast10pct.median} ms`,
);
log(`  whole session in batches:              ${show(inc.wholeSession)}`);
log(
  `scaling 2k → 20k events (10×):           ${timeRatio.median}× (min ${timeRatio.min} – max ${timeRatio.max}); target ≤ 12× → ${figures.scaling.pass ? 'ok' : 'MISSED'}`,
);
log(`incremental = reference evaluation:      ${equal ? 'yes' : 'NO'}`);
if (json) console.log(JSON.stringify(figures));
if (!equal) process.exitCode = 1;
