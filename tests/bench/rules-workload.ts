/**
 * The rules benchmark's workload, generated from a seed so every run measures the same thing:
 * a subject of 300 rules (library templates and rules on low-level events, process and state,
 * with quantifiers, `after` chains and windows) and sessions with the mix of event kinds a
 * capture produces (mostly navigation, clicks, field changes and requests; a few semantic
 * events about a few dozen contents, products and vouchers).
 */
import { seededRandom } from '../../shared/harmonisation/generate.ts';
import { makeEvent } from '../../shared/rules/fixtures.ts';
import { LIBRARY_IDS, type LibraryId, libraryRule } from '../../shared/rules/library/index.ts';
import type { CaptureEvent, EventKind } from '../../shared/schema/event.ts';
import { parse } from '../../shared/schema/index.ts';
import type { EvidenceRuleInput } from '../../shared/schema/rule.ts';
import type { Subject } from '../../shared/schema/subject.ts';

/** The seeded generator the harmonisation set uses too: the same seed, the same workload. */
export const random = seededRandom;

/** Share of each kind in a session (relative weights). */
export const KIND_MIX: Partial<Record<EventKind, number>> = {
  'nav.visited': 18,
  'ui.clicked': 22,
  'ui.changed': 20,
  'form.submitted': 3,
  'net.request': 15,
  'page.seo': 4,
  'content.updated': 4,
  'content.published': 1.5,
  'content.unpublished': 0.3,
  'comment.moderated': 1,
  'comment.replied': 1,
  'settings.changed': 1,
  'commerce.cartChanged': 2,
  'commerce.voucherApplied': 1,
  'commerce.orderPlaced': 0.5,
  'commerce.voucherCreated': 0.7,
  'commerce.productSaved': 2,
  'task.statusChanged': 1,
  'task.noteSaved': 0.5,
  'overlay.toggled': 0.5,
  'integrity.warning': 0.1,
};

const WORDS = [
  'thé',
  'vert',
  'bio',
  'printemps',
  'Gyokuro',
  'infusion',
  'Annecy',
  'coffret',
  'rooibos',
  'matcha',
];
const CODES = ['OLEANE5', 'oleane5', 'PRINTEMPS', 'ETE10'];
const PATHS = [
  '/wp-admin/post.php',
  '/wp-admin/edit.php',
  '/wp-json/wp/v2/posts/12',
  '/admin/products',
  '/cart',
  '/',
];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const words = (next: () => number, n: number) => Array.from({ length: n }, () => pick(next, WORDS)).join(' ');

const dataFor = (kind: EventKind, next: () => number): unknown => {
  switch (kind) {
    case 'nav.visited':
      return { title: words(next, 3), via: 'load' };
    case 'ui.clicked':
      return {
        role: 'button',
        name: pick(next, ['Publier', 'Enregistrer', 'Ajouter', 'Appliquer']),
        tag: 'button',
        selector: '#b',
      };
    case 'ui.changed':
      return {
        name: pick(next, ['title', 'slug', 'price', 'code']),
        type: 'text',
        value: words(next, 2),
        length: 12,
      };
    case 'form.submitted':
      return { action: pick(next, PATHS), method: 'POST', fields: [] };
    case 'net.request':
      return { method: pick(next, ['GET', 'POST']), path: pick(next, PATHS), query: {}, status: 200 };
    case 'page.seo':
      return {
        title: words(next, 4),
        metaDescription: next() < 0.5 ? null : words(next, 20),
        robots: null,
        canonical: null,
        lang: 'fr',
        headings: [],
        images: { total: 2, missingAlt: next() < 0.5 ? 1 : 0, emptyAlt: 0 },
        links: { internal: 3, external: 0 },
        openGraph: {},
        jsonLdTypes: [],
        wordCount: Math.floor(next() * 400),
        keyword: {
          term: 'thé vert bio',
          count: 2,
          inTitle: next() < 0.5,
          inH1: true,
          inMetaDescription: false,
          inUrl: true,
        },
      };
    case 'content.published':
    case 'content.updated':
    case 'content.unpublished':
      return {
        cms: 'wordpress',
        contentType: next() < 0.8 ? 'post' : 'page',
        id: String(1 + Math.floor(next() * 40)),
        title: next() < 0.1 ? 'Politique de confidentialité' : words(next, 5),
        slug: words(next, 3).replaceAll(' ', '-'),
        status: 'publish',
        ...(next() < 0.7 ? { seo: { metaDescription: words(next, 18) } } : {}),
        images: { total: Math.floor(next() * 3), missingAlt: next() < 0.3 ? 1 : 0 },
        wordCount: Math.floor(next() * 400),
      };
    case 'comment.moderated':
      return {
        commentId: String(Math.floor(next() * 30)),
        action: pick(next, ['approve', 'trash', 'spam'] as const),
      };
    case 'comment.replied':
      return { commentId: String(100 + Math.floor(next() * 30)), parentId: '1', text: words(next, 8) };
    case 'settings.changed':
      return pick(next, [
        { area: 'discussion', changes: { comment_moderation: next() < 0.5 ? '1' : '0' } },
        { area: 'general', changes: { blogdescription: words(next, 4) } },
        { area: 'privacy', changes: { wp_page_for_privacy_policy: '3' } },
      ]);
    case 'commerce.cartChanged':
      return { action: 'add', productId: String(Math.floor(next() * 100)), quantity: 1 };
    case 'commerce.voucherApplied':
      return { code: pick(next, CODES), accepted: next() < 0.6 };
    case 'commerce.orderPlaced':
      return {
        orderId: String(Math.floor(next() * 1e6)),
        total: 40,
        itemCount: 2,
        voucherCodes: next() < 0.5 ? [pick(next, CODES)] : [],
      };
    case 'commerce.voucherCreated':
      return {
        code: pick(next, CODES),
        reductionPercent: pick(next, [5, 10]),
        quantityPerUser: pick(next, [1, 2]),
      };
    case 'commerce.productSaved':
      return {
        productId: String(Math.floor(next() * 100)),
        name: `${words(next, 2)} 100 g`,
        price: Math.floor(next() * 40),
        stock: Math.floor(next() * 50),
        ...(next() < 0.7
          ? { category: 'Thés verts', metaTitle: words(next, 3), metaDescription: words(next, 12) }
          : {}),
        shortDescriptionLength: 150 + Math.floor(next() * 200),
      };
    case 'task.statusChanged':
      return { questionId: `q${1 + Math.floor(next() * 5)}`, from: 'todo', to: 'done' };
    case 'task.noteSaved':
      return { questionId: `q${1 + Math.floor(next() * 5)}`, text: words(next, 30), length: 200 };
    case 'overlay.toggled':
      return { visible: next() < 0.5 };
    default:
      return { code: 'left-origin', detail: 'https://example.org/' };
  }
};

/** A session of `size` events over `minutes`, with the kind mix above. */
export const generateSession = (size: number, seed: number, minutes = 40): CaptureEvent[] => {
  const next = random(seed);
  const kinds = Object.entries(KIND_MIX) as [EventKind, number][];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  const events: CaptureEvent[] = [];
  for (let seq = 0; seq < size; seq += 1) {
    let roll = next() * total;
    let kind = kinds[0]![0];
    for (const [candidate, weight] of kinds) {
      roll -= weight;
      if (roll <= 0) {
        kind = candidate;
        break;
      }
    }
    events.push(
      makeEvent(kind as 'nav.visited', dataFor(kind, next) as never, {
        seq,
        elapsedMs: Math.floor((seq / size) * minutes * 60_000),
        url: `http://site.test${pick(next, PATHS)}`,
        questionId: `q${1 + Math.floor(next() * 5)}`,
        // Block-editor saves are page-reported (the main-world hook's copy): half the content
        // events stay unconfirmed, so every evaluator also judges them for ceilings (ADR 0021).
        ...(kind.startsWith('content.') && next() < 0.5 ? { unconfirmed: true } : {}),
      }),
    );
  }
  return events;
};

/** Rules on low-level events, as a designer adds them next to the library's. */
const lowLevelRule = (i: number, next: () => number): EvidenceRuleInput => {
  const variants: Omit<EvidenceRuleInput, 'id' | 'title' | 'criteria'>[] = [
    {
      kind: 'nav.visited',
      where: [{ op: 'contains', field: 'url', value: pick(next, PATHS), tolerant: {} }],
    },
    {
      kind: 'ui.clicked',
      where: [{ op: 'equals', field: 'data.name', value: 'publier', tolerant: {} }],
      atLeast: 3,
    },
    { kind: 'ui.changed', where: [{ op: 'equals', field: 'data.name', value: 'code' }], evidence: 'state' },
    {
      kind: 'net.request',
      where: [{ op: 'matches', field: 'data.path', pattern: '^/wp-json/wp/v2/posts/\\d+$' }],
    },
    {
      kind: 'page.seo',
      where: [{ op: 'equals', field: 'data.keyword.inTitle', value: true }],
      evidence: 'state',
    },
    { kind: 'page.seo', where: [{ op: 'lengthBetween', field: 'data.metaDescription', min: 120, max: 160 }] },
    { kind: 'task.noteSaved', where: [{ op: 'wordsAtLeast', field: 'data.text', value: 25 }] },
    { kind: 'form.submitted', where: [{ op: 'equals', field: 'data.method', value: 'POST' }], atLeast: 2 },
  ];
  return { id: `bas-${i}`, title: `Règle bas niveau ${i}`, criteria: ['C3'], ...pick(next, variants) };
};

/** A subject of `count` rules over ten questions; every seventh rule waits for the one before it. */
export const generateSubject = (count = 300, seed = 1): Subject => {
  const next = random(seed);
  const rules: EvidenceRuleInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `r${i}`;
    const options = {
      id,
      weight: 1 + Math.floor(next() * 3),
      ...(i % 7 === 6 ? { after: `r${i - 1}` } : {}),
      ...(i % 11 === 5 ? { window: { fromMinute: 5, toMinute: 35 } } : {}),
    };
    if (next() < 0.6) {
      const template = pick(next, LIBRARY_IDS) as LibraryId;
      rules.push(libraryRule(template, options as never));
    } else rules.push({ ...lowLevelRule(i, next), ...options });
  }
  const perQuestion = Math.ceil(count / 10);
  const parsed = parse('subject', {
    format: 'temoin.subject/1',
    id: 'bench-rules',
    title: 'Banc d’essai des règles',
    cms: 'wordpress',
    letter: 'Z',
    company: { name: 'Les Jardins d’Oléane', context: 'Banc d’essai.' },
    gridId: 'bts-ndrc-e5-pratique',
    variables: [
      { name: 'keyword', label: 'Mot-clé', value: 'thé vert bio' },
      { name: 'voucher', label: 'Code', value: 'OLEANE5' },
    ],
    questions: Array.from({ length: 10 }, (_, q) => ({
      id: `q${q + 1}`,
      number: q + 1,
      title: `Question ${q + 1}`,
      instructions: '',
      criteria: ['C1', 'C2', 'C3'],
      rules: rules.slice(q * perQuestion, (q + 1) * perQuestion),
    })),
  });
  if (!parsed.ok) throw new Error(`bench subject refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return parsed.value;
};
