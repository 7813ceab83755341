/**
 * Agreement of the demo subjects' suggested levels with the examiner's labels, on the
 * labelled set recorded with the real extension (tests/labelled/): exact share, within one
 * level, confusion by level — on the held-aside third (never used to tune) and on the whole
 * set. With `--why`, the rows that disagree on the tuning part with each rule's degree.
 *
 *   npm run bench:agreement            # figures
 *   npm run bench:agreement -- --why   # and the disagreements of the tuning part
 *   npm run bench:agreement -- --check # exit 1 below the goal on the held-out third
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ECOMMERCE_A, DEMO_WORDPRESS_A } from '../../shared/demo/index.ts';
import { agreement, type LabelledRow, LEVELS, percentText } from '../../shared/rules/agreement.ts';
import { compileSubject } from '../../shared/rules/compile.ts';
import { evaluateCompiled } from '../../shared/rules/evaluate.ts';
import type { QuestionResult } from '../../shared/rules/types.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { Subject } from '../../shared/schema/subject.ts';
import { EIGHTH_PLANS } from '../labelled/eighth.ts';
import { ELEVENTH_PLANS } from '../labelled/eleventh.ts';
import { FIFTH_PLANS } from '../labelled/fifth.ts';
import { FOURTH_PLANS } from '../labelled/fourth.ts';
import { FRESH_PLANS } from '../labelled/fresh.ts';
import { NINTH_PLANS } from '../labelled/ninth.ts';
import { ALL_PLANS, labelOf } from '../labelled/plans.ts';
import { SEVENTH_PLANS } from '../labelled/seventh.ts';
import { SIXTH_PLANS } from '../labelled/sixth.ts';
import { TENTH_PLANS } from '../labelled/tenth.ts';
import { THIRD_PLANS } from '../labelled/third.ts';
import { THIRTEENTH_PLANS } from '../labelled/thirteenth.ts';
import { TWELFTH_PLANS } from '../labelled/twelfth.ts';

const DIR = join(import.meta.dirname, '../labelled/bundles');
const SUBJECTS = {
  wordpress: compileSubject(Subject.parse(DEMO_WORDPRESS_A)),
  shop: compileSubject(Subject.parse(DEMO_ECOMMERCE_A)),
};

interface Row extends LabelledRow {
  heldOut: boolean;
  /** Of the second set (fresh.ts), written after the rules were set, then used to revise them. */
  fresh: boolean;
  /** Of the third set (third.ts), written after that revision, then used for the next one. */
  third: boolean;
  /** Of the fourth set (fourth.ts), written after the last revision: never tuned on. */
  fourth: boolean;
  /** Of the fifth set (fifth.ts), written by someone who never read the rules: never tuned on. */
  fifth: boolean;
  /** Of the sixth set (sixth.ts), written by someone who never read the rules: never tuned on. */
  sixth: boolean;
  /** Of the seventh set (seventh.ts), written by someone who never read the rules: never tuned on. */
  seventh: boolean;
  /** Of the eighth set (eighth.ts), written by someone who never read the rules: never tuned on. */
  eighth: boolean;
  /** Of the ninth set (ninth.ts), written by someone who never read the rules: never tuned on. */
  ninth: boolean;
  /** Of the tenth set (tenth.ts), written by someone who never read the rules: never tuned on. */
  tenth: boolean;
  /** Of the eleventh set (eleventh.ts), written by someone who never read the rules: never tuned on. */
  eleventh: boolean;
  /** Of the twelfth set (twelfth.ts), written by someone who never read the rules: never tuned on. */
  twelfth: boolean;
  /** Of the thirteenth set (thirteenth.ts), written by someone who never read the rules: never tuned on. */
  thirteenth: boolean;
  reason: string;
  question: QuestionResult;
}

const rows: Row[] = [];
const missing: string[] = [];
const FRESH_IDS = new Set(FRESH_PLANS.map((plan) => plan.id));
const THIRD_IDS = new Set(THIRD_PLANS.map((plan) => plan.id));
const FOURTH_IDS = new Set(FOURTH_PLANS.map((plan) => plan.id));
const FIFTH_IDS = new Set(FIFTH_PLANS.map((plan) => plan.id));
const SIXTH_IDS = new Set(SIXTH_PLANS.map((plan) => plan.id));
const SEVENTH_IDS = new Set(SEVENTH_PLANS.map((plan) => plan.id));
const EIGHTH_IDS = new Set(EIGHTH_PLANS.map((plan) => plan.id));
const NINTH_IDS = new Set(NINTH_PLANS.map((plan) => plan.id));
const TENTH_IDS = new Set(TENTH_PLANS.map((plan) => plan.id));
const ELEVENTH_IDS = new Set(ELEVENTH_PLANS.map((plan) => plan.id));
const TWELFTH_IDS = new Set(TWELFTH_PLANS.map((plan) => plan.id));
const THIRTEENTH_IDS = new Set(THIRTEENTH_PLANS.map((plan) => plan.id));
for (const plan of ALL_PLANS) {
  const file = join(DIR, `${plan.id}.json`);
  if (!existsSync(file)) {
    missing.push(plan.id);
    continue;
  }
  const { events } = JSON.parse(readFileSync(file, 'utf8')) as { events: CaptureEvent[] };
  const result = evaluateCompiled(SUBJECTS[plan.family], events);
  for (const question of result.questions) {
    const label = labelOf(plan, question.questionId);
    rows.push({
      sessionId: plan.id,
      questionId: question.questionId,
      expected: label.level,
      suggested: question.level,
      heldOut: plan.heldOut,
      fresh: FRESH_IDS.has(plan.id),
      third: THIRD_IDS.has(plan.id),
      fourth: FOURTH_IDS.has(plan.id),
      fifth: FIFTH_IDS.has(plan.id),
      sixth: SIXTH_IDS.has(plan.id),
      seventh: SEVENTH_IDS.has(plan.id),
      eighth: EIGHTH_IDS.has(plan.id),
      ninth: NINTH_IDS.has(plan.id),
      tenth: TENTH_IDS.has(plan.id),
      eleventh: ELEVENTH_IDS.has(plan.id),
      twelfth: TWELFTH_IDS.has(plan.id),
      thirteenth: THIRTEENTH_IDS.has(plan.id),
      reason: label.reason,
      question,
    });
  }
}

const table = (title: string, part: readonly Row[]) => {
  const figures = agreement(part);
  const sessions = new Set(part.map((row) => row.sessionId)).size;
  console.log(`\n${title}: ${sessions} sessions, ${figures.rows} question rows`);
  console.log(`  exact:      ${percentText(figures.exactShare)} (${figures.exact}/${figures.rows})`);
  console.log(`  within one: ${percentText(figures.withinOneShare)} (${figures.withinOne}/${figures.rows})`);
  console.log(
    `  confusion (rows: examiner, columns: suggested)\n        ${[...LEVELS, 'none'].map((l) => l.padStart(5)).join('')}`,
  );
  for (const level of LEVELS)
    console.log(
      `    ${level.padEnd(4)}${[...LEVELS, 'none' as const].map((s) => String(figures.confusion[level][s]).padStart(5)).join('')}`,
    );
  return figures;
};

if (missing.length > 0) console.log(`Not recorded yet: ${missing.join(', ')}`);
const first = rows.filter(
  (row) =>
    !row.fresh &&
    !row.third &&
    !row.fourth &&
    !row.fifth &&
    !row.sixth &&
    !row.seventh &&
    !row.eighth &&
    !row.ninth &&
    !row.tenth &&
    !row.eleventh &&
    !row.twelfth &&
    !row.thirteenth,
);
const heldOutOf: Record<string, ReturnType<typeof agreement>> = {};
for (const family of ['wordpress', 'shop'] as const) {
  heldOutOf[family] = table(
    `${family}, held-out third`,
    first.filter((row) => row.heldOut && row.sessionId.startsWith(family)),
  );
  table(
    `${family}, whole first set`,
    first.filter((row) => row.sessionId.startsWith(family)),
  );
}
const heldOut = table(
  'ALL, held-out third',
  first.filter((row) => row.heldOut),
);
table('ALL, whole first set', first);
/** The later sets, each written after the rules it was first run on (see BENCHMARKS.md). */
const LATER: { name: string; of: (row: Row) => boolean }[] = [
  { name: 'second set (rules revised on it)', of: (row) => row.fresh },
  { name: 'third set (rules revised on it)', of: (row) => row.third },
  { name: 'fourth set (never tuned on)', of: (row) => row.fourth },
  { name: 'fifth set (written without reading the rules, never tuned on)', of: (row) => row.fifth },
  { name: 'sixth set (written without reading the rules, never tuned on)', of: (row) => row.sixth },
  { name: 'seventh set (written without reading the rules, never tuned on)', of: (row) => row.seventh },
  { name: 'eighth set (written without reading the rules, never tuned on)', of: (row) => row.eighth },
  { name: 'ninth set (written without reading the rules, never tuned on)', of: (row) => row.ninth },
  { name: 'tenth set (written without reading the rules, never tuned on)', of: (row) => row.tenth },
  { name: 'eleventh set (written without reading the rules, never tuned on)', of: (row) => row.eleventh },
  { name: 'twelfth set (written without reading the rules, never tuned on)', of: (row) => row.twelfth },
  { name: 'thirteenth set (written without reading the rules, never tuned on)', of: (row) => row.thirteenth },
];
const [fresh, third] = LATER.map(({ name, of }) => {
  for (const family of ['wordpress', 'shop'] as const)
    table(
      `${family}, ${name}`,
      rows.filter((row) => of(row) && row.sessionId.startsWith(family)),
    );
  return table(`ALL, ${name}`, rows.filter(of));
});

/**
 * `--why` lists the tuning part's disagreements; `--why-held-out`, `--why-fresh`, `--why-third`,
 * `--why-fourth`, `--why-fifth`, `--why-sixth`, `--why-seventh`, `--why-eighth`, `--why-ninth`, `--why-tenth`, `--why-eleventh`, `--why-twelfth` and `--why-thirteenth` those of the other parts, which spends them:
 * once rules change after reading them, their figures no longer measure unseen work.
 */
const WHY: [string, (row: Row) => boolean][] = [
  ['--why-fresh', (row) => row.fresh],
  [
    '--why-held-out',
    (row) =>
      row.heldOut &&
      !row.fresh &&
      !row.third &&
      !row.fourth &&
      !row.fifth &&
      !row.sixth &&
      !row.seventh &&
      !row.eighth &&
      !row.ninth &&
      !row.tenth &&
      !row.eleventh &&
      !row.twelfth &&
      !row.thirteenth,
  ],
  ['--why-fifth', (row) => row.fifth],
  ['--why-fourth', (row) => row.fourth],
  ['--why-sixth', (row) => row.sixth],
  ['--why-seventh', (row) => row.seventh],
  ['--why-eighth', (row) => row.eighth],
  ['--why-ninth', (row) => row.ninth],
  ['--why-tenth', (row) => row.tenth],
  ['--why-eleventh', (row) => row.eleventh],
  ['--why-twelfth', (row) => row.twelfth],
  ['--why-thirteenth', (row) => row.thirteenth],
  ['--why-third', (row) => row.third],
  ['--why', (row) => !row.heldOut],
];
const whyOf = WHY.find(([flag]) => process.argv.includes(flag))?.[1];
if (whyOf)
  for (const row of rows.filter((r) => whyOf(r) && r.expected !== r.suggested)) {
    console.log(
      `\n${row.sessionId} ${row.questionId}: examiner ${row.expected}, suggested ${row.suggested} — ${row.reason}`,
    );
    console.log(`  ratio ${row.question.ratio?.toFixed(2)} ; ${row.question.explanation}`);
  }

/**
 * `--check`: the goal (≥ 90 % exact, ≥ 98 % within one) on the first set's held-out
 * third and on the spent second and third sets, kept as guards. The first set's shop family is
 * reported, no longer checked: its labels were written before the subject gained three
 * deliverables (information page, order status, category), which its scripts never do, and TS
 * now needs everything asked (`complete` thresholds, shared/rules/README.md).
 */
const CHECKS: [string, ReturnType<typeof agreement> | undefined][] = [
  ['ALL', heldOut],
  // Spent as a measure of unseen work, kept as a guard: a revision must not undo it.
  ['second set', fresh],
  ['third set', third],
];
// The fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth and thirteenth sets are reported, not checked: it measures unseen work, a revision must not aim at it.
if (process.argv.includes('--check')) {
  const failed = CHECKS.filter(
    ([, figures]) => !figures || figures.exactShare < 0.9 || figures.withinOneShare < 0.98,
  );
  for (const [name] of failed) console.log(`check failed: ${name} below 90 % exact / 98 % within one`);
  if (failed.length > 0) process.exit(1);
}
