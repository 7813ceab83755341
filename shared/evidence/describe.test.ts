/**
 * « No event kind reaches a person without its sentence »: every kind of EVENT_PAYLOADS has a
 * sample here (the record is typed by EventKind, so a new kind must add one), each sample is
 * valid against the schema, and each has a real sentence in French and in English.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_PAYLOADS, type EventKind, type EventOf } from '../schema/event.ts';
import { describeEvent, eventKindName, eventLine } from './describe.ts';

const SAMPLES: { [K in EventKind]: EventOf<K>['data'] } = {
  'session.started': { subjectId: 'wp-the-vert', candidateNumber: '10001', durationMinutes: 90 },
  'session.resumed': { reason: 'browser-restart' },
  'session.ended': { reason: 'time-up' },
  'session.timeExtended': { minutes: 14, basis: 'third', reason: 'Tiers-temps : +14 min' },
  'session.paused': { reason: 'Coupure réseau', cause: 'incident' },
  'session.pauseEnded': { reason: 'Coupure réseau', pausedMs: 300_000 },
  'nav.visited': { title: 'Articles ‹ Thé & Co', via: 'load' },
  'ui.clicked': { role: 'button', name: 'Publier', tag: 'button', selector: '#publish' },
  'ui.changed': { name: 'pwd', label: 'Mot de passe', type: 'password', masked: true, length: 12 },
  'form.submitted': { action: '/wp-admin/options.php', method: 'POST', fields: [] },
  'net.request': { method: 'POST', path: '/wp-json/wp/v2/posts', query: {}, status: 201 },
  'page.seo': {
    title: 'Thé vert bio',
    metaDescription: null,
    robots: null,
    canonical: null,
    lang: 'fr',
    headings: [],
    images: { total: 3, missingAlt: 2, emptyAlt: 0 },
    links: { internal: 4, external: 1 },
    openGraph: {},
    jsonLdTypes: [],
    wordCount: 312,
    keyword: {
      term: 'thé vert',
      count: 4,
      inTitle: true,
      inH1: true,
      inMetaDescription: false,
      inUrl: false,
    },
  },
  'content.published': {
    cms: 'wordpress',
    contentType: 'post',
    id: '42',
    title: 'Thé vert bio',
    wordCount: 312,
    seo: { focusKeyword: 'the vert' },
  },
  'content.updated': {
    cms: 'wordpress',
    contentType: 'page',
    id: '7',
    title: 'À propos',
    changed: ['title', 'content'],
  },
  'content.unpublished': { cms: 'wordpress', contentType: 'post', id: '42', title: 'Brouillon' },
  'comment.moderated': { commentId: '12', action: 'approve' },
  'comment.replied': { commentId: '13', parentId: '12', text: 'Merci Julien !' },
  'comment.posted': { commentId: '14', postId: '1', text: 'Bonjour à tous' },
  'settings.changed': { area: 'Général', changes: { blogname: 'Thé & Co', blogdescription: 'Bio' } },
  'commerce.cartChanged': { action: 'add', productId: '5', name: 'Sencha', quantity: 2, total: 24.5 },
  'commerce.voucherApplied': { code: 'NOEL10', accepted: false, message: 'Code expiré' },
  'commerce.orderPlaced': { orderId: 'XKBKNABJK', total: 45.9, itemCount: 3, voucherCodes: ['NOEL10'] },
  'commerce.voucherCreated': {
    code: 'NOEL10',
    name: 'Noël',
    reductionPercent: 10,
    validFrom: '2026-12-01 00:00:00',
    validTo: '2026-12-31 23:59:59',
  },
  'commerce.productSaved': { productId: '5', name: 'Sencha', price: 12.5, stock: 30 },
  'task.statusChanged': { questionId: 'q1', from: 'todo', to: 'doing' },
  'task.noteSaved': { questionId: 'q5', text: '<img src=x onerror=alert(1)>', length: 28 },
  'overlay.toggled': { visible: false },
  'examiner.note': { text: 'À revoir à l’oral', questionId: 'q2' },
  'integrity.warning': { code: 'left-origin', detail: 'https://example.org/' },
  'pin.failed': { action: 'session.end', reason: 'wrong', failures: 3, lockedForMs: 5000 },
};

const event = <K extends EventKind>(kind: K) => ({ kind, data: SAMPLES[kind] }) as EventOf<K>;

describe('every event kind in a sentence', () => {
  it('has a valid sample for every kind', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EVENT_KINDS].sort());
    for (const kind of EVENT_KINDS) {
      const parsed = EVENT_PAYLOADS[kind].safeParse(SAMPLES[kind]);
      expect(parsed.success, `${kind}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it.each(['fr', 'en'] as const)('says every kind in %s, without its raw kind or JSON', (locale) => {
    for (const kind of EVENT_KINDS) {
      const sentence = describeEvent(event(kind), locale);
      expect(sentence.length, kind).toBeGreaterThan(8);
      expect(sentence, kind).not.toContain(kind);
      expect(sentence, kind).not.toMatch(/[{}]|undefined|NaN|\[object/);
      expect(eventKindName(kind, locale), kind).not.toBe(kind);
    }
  });

  it('uses different words in French and in English', () => {
    for (const kind of EVENT_KINDS)
      expect(describeEvent(event(kind), 'fr'), kind).not.toBe(describeEvent(event(kind), 'en'));
  });

  it('says a publication with its key values, the French way', () => {
    expect(describeEvent(event('content.published'), 'fr')).toBe(
      'A publié l’article « Thé vert bio » (312 mots, mot-clé dans le titre)',
    );
    expect(describeEvent(event('content.published'), 'en')).toBe(
      'Published the post “Thé vert bio” (312 words, keyword in the title)',
    );
    expect(describeEvent(event('commerce.cartChanged'), 'fr')).toBe(
      'A ajouté 2 × « Sencha » au panier (total 24,5)',
    );
    expect(describeEvent(event('commerce.voucherCreated'), 'fr')).toBe(
      'A créé le code de réduction « NOEL10 » « Noël » (−10 %, valable du 01/12/2026 au 31/12/2026)',
    );
    expect(
      describeEvent({ kind: 'ui.changed', data: { ...SAMPLES['ui.changed'], length: 1 } }, 'fr'),
    ).toContain('1 caractère)');
  });

  it('never shows a masked value and keeps a candidate’s markup as text', () => {
    expect(describeEvent(event('ui.changed'), 'fr')).toBe(
      'A rempli le champ « Mot de passe » (valeur masquée, 12 caractères)',
    );
    expect(describeEvent(event('task.noteSaved'), 'fr')).toContain('« <img src=x onerror=alert(1)> »');
  });

  it('cuts long texts and writes the line with its number and time', () => {
    const long = {
      kind: 'comment.replied',
      data: { commentId: '1', parentId: '2', text: 'x'.repeat(5000) },
    } as const;
    expect(describeEvent(long, 'fr').length).toBeLessThan(200);
    expect(eventLine({ ...event('session.ended'), seq: 3, elapsedMs: 332_000 }, 'fr')).toBe(
      '#3 · 05:32 · Épreuve terminée : temps écoulé',
    );
  });
});
