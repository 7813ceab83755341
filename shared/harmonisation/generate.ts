/**
 * A generated harmonisation set, for tests and demos: 60 final assessments of the two demo
 * subjects by 4 examiners (15 candidates each), deterministic for a seed.
 *
 * - Candidates: every examiner gets the same cohort of abilities (15 draws, shuffled, with a
 *   little jitter), as when candidates are spread at random over commissions — so differences
 *   between examiners come from the examiners.
 * - Suggestions: per question, the level an evidence-based engine would suggest for the
 *   candidate's ability (with noise). Examiners follow them, a normal examiner overriding one
 *   question by one level now and then (never enough to be flagged).
 * - Marks: a normal examiner gives the points model's expected mark ± 1.5; the **severe**
 *   examiner lowers one question by a level and gives the expected mark − 3 ± 0.5: about
 *   4 points below the others overall, yet every one of their assessments stays within the
 *   mark-vs-levels tolerance and the suggestion rule.
 * - Six assessments of normal examiners are made inconsistent on purpose: three whose mark
 *   disagrees with their levels (mostly TS with 8/20…), two whose levels disagree with the
 *   suggestions (three one-level overrides; one two-level override), one with both.
 * - Evidence bundles (hash-chained, with the subject package) for the inconsistent assessments
 *   and two others; candidate texts in them hold HTML (`<img src=x onerror=…>`) that a view
 *   must show as text.
 *
 * `expected` says which flags a correct implementation raises with the default settings.
 */
import { canonicalize } from '../bundle/jcs.ts';
import { sha256Hex } from '../bundle/sha256.ts';
import { buildDemoPackages } from '../demo/index.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { EvidenceBundle } from '../schema/bundle.ts';
import { LEVELS, type Level } from '../schema/common.ts';
import { parse } from '../schema/index.ts';
import type { SubjectPackage } from '../schema/package.ts';
import { assessmentHashOk } from './collection.ts';
import { buildBundle, pad, XSS } from './generate-bundle.ts';
import { expectedMark } from './points.ts';

/** mulberry32: a tiny, good-enough seeded PRNG (uniform in [0, 1)). */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const EXAMINERS = ['Mme Claire Vasseur', 'M. Karim Benali', 'Mme Hélène Marchetti', 'M. Olivier Castagné'];
const SEVERE = 3;

const LAST_NAMES = [
  'Aubry',
  'Barbier',
  'Carpentier',
  'Delorme',
  'Esnault',
  'Fabre',
  'Gauthier',
  'Hamon',
  'Imbert',
  'Jacquet',
  'Klein',
  'Lacroix',
  'Mallet',
  'Noël',
  'Ollivier',
  'Perrin',
  'Quéré',
  'Rolland',
  'Sauvage',
  'Tessier',
  'Usai',
  'Vidal',
  'Weber',
  'Xavier',
  'Yilmaz',
  'Zimmermann',
  'Arnaud',
  'Boyer',
  'Chevalier',
  'Diallo',
];
const FIRST_NAMES = [
  'Inès',
  'Lucas',
  'Maëlys',
  'Noah',
  'Chloé',
  'Yanis',
  'Jade',
  'Enzo',
  'Léna',
  'Mathis',
  'Zoé',
  'Rayan',
  'Anaïs',
  'Théo',
  'Sarah',
  'Nathan',
  'Camille',
  'Hugo',
  'Manon',
  'Adam',
];

export interface GeneratedSet {
  packages: SubjectPackage[];
  assessments: Assessment[];
  bundles: { fileName: string; bundle: EvidenceBundle }[];
  expected: {
    examiners: string[];
    severeExaminer: string;
    /** Ids of the assessments whose mark disagrees with their levels. */
    markLevels: string[];
    /** Ids of the assessments whose levels disagree with the suggestions. */
    levelsSuggestions: string[];
  };
}

export interface GenerateOptions {
  seed?: number;
  /** Candidates per examiner (15). */
  perExaminer?: number;
}

type Plan = 'mark-high-levels' | 'mark-low-levels' | 'mark-off' | 'three-overrides' | 'two-levels' | 'both';

/** Which (examiner, candidate) gets which inconsistency; the severe examiner has none. */
const PLANS: [examiner: number, candidate: number, plan: Plan][] = [
  [0, 2, 'mark-high-levels'],
  [1, 5, 'mark-low-levels'],
  [2, 9, 'mark-off'],
  [1, 11, 'three-overrides'],
  [2, 3, 'two-levels'],
  [0, 12, 'both'],
];
/** Normal assessments that also get a bundle. */
const EXTRA_BUNDLES: [number, number][] = [
  [0, 0],
  [SEVERE, 1],
];

const roundHalf = (value: number) => Math.round(value * 2) / 2;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export const generateHarmonisationSet = async (options: GenerateOptions = {}): Promise<GeneratedSet> => {
  const seed = options.seed ?? 20250512;
  const perExaminer = options.perExaminer ?? 15;
  const random = seededRandom(seed);
  const uniform = (low: number, high: number) => low + (high - low) * random();
  const int = (n: number) => Math.floor(random() * n);
  const normal = () => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const hex = (length: number) => Array.from({ length }, () => int(16).toString(16)).join('');
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };

  const packages = await buildDemoPackages();
  const gridHash = await sha256Hex(canonicalize(packages[0]!.grid));
  // One cohort of candidate profiles (what the evidence shows, question by question), dealt
  // out anew to each examiner: the same candidates' work, in a different order.
  const rank = (value: number) => clamp(Math.round((value - 2.5) / 5), 0, 3);
  const profiles = Array.from({ length: perExaminer }, () => {
    const theta = clamp(12 + 2.8 * normal(), 4, 19);
    return packages[0]!.subject.questions.map(() => rank(theta + 1.8 * normal()));
  });
  const numbers = new Set<string>();
  while (numbers.size < EXAMINERS.length * perExaminer) numbers.add(`0241${pad(int(10_000_000), 7)}`);
  const candidateNumbers = [...numbers];

  const assessments: Assessment[] = [];
  const bundles: GeneratedSet['bundles'] = [];
  const expected: GeneratedSet['expected'] = {
    examiners: [...EXAMINERS],
    severeExaminer: EXAMINERS[SEVERE]!,
    markLevels: [],
    levelsSuggestions: [],
  };

  for (let e = 0; e < EXAMINERS.length; e += 1) {
    const cohort = shuffle(profiles.map((profile) => [...profile]));
    const date = `2025-05-${pad(12 + e)}`;
    for (let c = 0; c < perExaminer; c += 1) {
      const index = e * perExaminer + c;
      const pkg = packages[c % packages.length]!;
      const subject = pkg.subject;
      const plan = PLANS.find(([pe, pc]) => pe === e && pc === c)?.[2];
      let suggestions = subject.questions.map((_, q) => cohort[c]![q] ?? 2);
      let levels = [...suggestions];
      const comments = subject.questions.map(() => '');
      const move = (q: number, by: number, comment: string) => {
        levels[q] = clamp(levels[q]! + by, 0, 3);
        comments[q] = comment;
      };
      const movable = (by: number) =>
        levels.map((l, q) => (l + by >= 0 && l + by <= 3 ? q : -1)).filter((q) => q >= 0);

      if (e === SEVERE) {
        const down = movable(-1);
        if (down.length) move(down[int(down.length)]!, -1, 'Maîtrise partielle à l’entretien.');
      } else if (!plan && random() < 0.3) {
        const by = random() < 0.5 ? -1 : 1;
        const options = movable(by);
        if (options.length) move(options[int(options.length)]!, by, 'Ajusté après l’entretien.');
      }
      if (plan === 'mark-high-levels') {
        suggestions = [3, 3, 3, 2, 3];
        levels = [...suggestions];
        comments[0] = `Article publié ; le candidat a collé ${XSS} dans le texte.`;
      } else if (plan === 'mark-low-levels') {
        suggestions = [1, 0, 1, 1, 0];
        levels = [...suggestions];
      } else if (plan === 'three-overrides' || plan === 'both') {
        const count = plan === 'both' ? 2 : 3;
        const order = shuffle(subject.questions.map((_, q) => q));
        let done = 0;
        for (const q of order) {
          if (done === count) break;
          const by = levels[q]! === 3 ? -1 : levels[q]! === 0 ? 1 : random() < 0.5 ? -1 : 1;
          move(q, by, done === 0 ? '' : 'Explications convaincantes à l’oral.');
          done += 1;
        }
      } else if (plan === 'two-levels') {
        suggestions[1] = 3;
        levels = [...suggestions];
        levels[1] = 1;
      }

      const levelOf = (r: number): Level => LEVELS[r]!;
      const expectedValue = expectedMark(levels.map(levelOf))!.value;
      let mark: number;
      if (e === SEVERE) mark = expectedValue - 3 + uniform(-0.5, 0.5);
      else if (plan === 'mark-high-levels') mark = 8;
      else if (plan === 'mark-low-levels') mark = 14;
      else if (plan === 'mark-off') mark = expectedValue > 10 ? expectedValue - 6.5 : expectedValue + 6.5;
      // Vasseur's two wrong marks go opposite ways, so her mean stays hers.
      else if (plan === 'both') mark = expectedValue > 13 ? expectedValue - 7 : expectedValue + 7;
      else mark = expectedValue + uniform(-1.5, 1.5);
      mark = clamp(roundHalf(mark), 0, 20);

      const number = candidateNumbers[index]!;
      const candidate = {
        number,
        lastName:
          index === 7
            ? '=HYPERLINK("https://exemple.invalid","clic")'
            : index === 22
              ? '@Lenoir'
              : LAST_NAMES[index % LAST_NAMES.length]!,
        firstName: FIRST_NAMES[(index * 7) % FIRST_NAMES.length]!,
      };
      const id = `asm-2025-e${e + 1}-${pad(c + 1)}`;
      const sessionId = `ses-2025-e${e + 1}-${pad(c + 1)}`;
      const start = `${date}T${pad(7 + Math.floor(c / 3))}:${pad((c % 3) * 15)}:00.000Z`;
      const end = new Date(Date.parse(start) + 40 * 60_000).toISOString();
      const finalised = new Date(Date.parse(start) + 55 * 60_000).toISOString();

      let chainHead = hex(64);
      let eventCount = 40 + int(200);
      const withBundle = plan !== undefined || EXTRA_BUNDLES.some(([be, bc]) => be === e && bc === c);
      if (withBundle) {
        const bundle = await buildBundle({
          pkg,
          gridHash,
          sessionId,
          candidate,
          commission: `C0${e + 1}`,
          start,
          end,
          index,
        });
        chainHead = bundle.chain.head;
        eventCount = bundle.events.length;
        bundles.push({ fileName: `${number}-${subject.id}-${date}.temoin.json`, bundle });
      }

      const questions = subject.questions.map((q, i) => ({
        questionId: q.id,
        level: levelOf(levels[i]!),
        suggested: levelOf(suggestions[i]!),
        overridden: levels[i] !== suggestions[i],
        comment: comments[i]!,
        competences: [],
      }));
      const withoutHash = {
        format: 'temoin.assessment/1' as const,
        id,
        status: 'final' as const,
        bundle: { sessionId, chainHead, eventCount },
        subject: {
          id: subject.id,
          hash: pkg.hash.value,
          cms: subject.cms,
          letter: subject.letter,
          code: subject.code,
        },
        candidate,
        commission: `C0${e + 1}`,
        date,
        examiner: { name: EXAMINERS[e]! },
        questions,
        notes: [],
        mark,
        suggestedMark: roundHalf(expectedMark(suggestions.map(levelOf))!.value),
        appreciation:
          plan === 'mark-high-levels'
            ? `Prestation solide. Note du candidat recopiée telle quelle : ${XSS}`
            : 'Prestation conforme aux attentes de l’épreuve.',
        updatedAt: finalised,
        finalisedAt: finalised,
      };
      const final = { ...withoutHash, hash: await sha256Hex(canonicalize(withoutHash)) };
      const parsed = parse('assessment', final);
      if (!parsed.ok) throw new Error(`generated assessment ${id}: ${JSON.stringify(parsed.problems)}`);
      if (!(await assessmentHashOk(parsed.value))) throw new Error(`generated assessment ${id}: hash`);
      assessments.push(parsed.value);
      if (plan === 'mark-high-levels' || plan === 'mark-low-levels' || plan === 'mark-off' || plan === 'both')
        expected.markLevels.push(id);
      if (plan === 'three-overrides' || plan === 'two-levels' || plan === 'both')
        expected.levelsSuggestions.push(id);
    }
  }
  expected.markLevels.sort();
  expected.levelsSuggestions.sort();
  return { packages, assessments, bundles, expected };
};
