import { describe, expect, it } from 'vitest';
import { type Case, type Doc, expectProblem, valid } from '../../tests/fixtures/documents/index.ts';
import { EVENT_KINDS, type EventKind, parse } from './index.ts';

/** The example event of `kind` (from events.json), changed by `change`. */
const of =
  (kind: EventKind, change: (event: Doc) => void = () => {}) =>
  () => {
    const event = (valid('events') as Doc[]).find((e) => e.kind === kind);
    change(event);
    return event;
  };
const published = (change: (event: Doc) => void) => of('content.published', change);

const CASES: Case[] = [
  {
    name: 'an unknown kind',
    input: published((e) => {
      e.kind = 'ui.hovered';
    }),
    path: 'kind',
    code: 'invalid_discriminator',
    fr: 'valeur de « kind » inconnue "ui.hovered"',
  },
  {
    name: 'no kind',
    input: published((e) => {
      delete e.kind;
    }),
    path: 'kind',
    code: 'required',
    fr: 'champ obligatoire manquant',
  },
  {
    name: 'a kind given as a number',
    input: published((e) => {
      e.kind = 7;
    }),
    path: 'kind',
    code: 'invalid_discriminator',
    fr: 'inconnue 7',
  },
  {
    name: 'the data of another kind',
    input: published((e) => {
      e.kind = 'session.ended';
    }),
    path: 'data.reason',
    code: 'required',
  },
  {
    name: 'no data',
    input: published((e) => {
      delete e.data;
    }),
    path: 'data',
    code: 'required',
  },
  {
    name: 'a negative seq',
    input: published((e) => {
      e.seq = -1;
    }),
    path: 'seq',
    code: 'too_small',
    fr: 'au moins 0 attendu',
  },
  {
    name: 'a seq with a fraction',
    input: published((e) => {
      e.seq = 7.5;
    }),
    path: 'seq',
    code: 'invalid_type',
  },
  {
    name: 'no time',
    input: published((e) => {
      delete e.time;
    }),
    path: 'time',
    code: 'required',
  },
  {
    name: 'a time given as a date text',
    input: published((e) => {
      e.time = '2025-05-12T08:05:00Z';
    }),
    path: 'time',
    code: 'invalid_type',
    fr: 'un nombre attendu, reçu un texte',
  },
  {
    name: 'elapsed time given as a text',
    input: published((e) => {
      e.elapsedMs = '300000';
    }),
    path: 'elapsedMs',
    code: 'invalid_type',
  },
  {
    name: 'a URL of 4001 characters',
    input: published((e) => {
      e.url = `http://localhost:8080/${'p'.repeat(3979)}`;
    }),
    path: 'url',
    code: 'too_big',
    fr: 'au plus 4000 caractères attendu',
  },
  {
    name: 'no question id (null is needed)',
    input: published((e) => {
      delete e.questionId;
    }),
    path: 'questionId',
    code: 'required',
  },
  {
    name: 'a question id with a space',
    input: published((e) => {
      e.questionId = 'q 1';
    }),
    path: 'questionId',
    code: 'id',
  },
  {
    name: 'trust given as a number',
    input: published((e) => {
      e.trusted = 1;
    }),
    path: 'trusted',
    code: 'invalid_type',
  },
  {
    name: 'afterTime given as a text',
    input: published((e) => {
      e.afterTime = 'no';
    }),
    path: 'afterTime',
    code: 'invalid_type',
  },
  {
    name: 'a hash that is not SHA-256',
    input: published((e) => {
      e.hash = e.hash.slice(1);
    }),
    path: 'hash',
    code: 'sha256',
  },
  {
    name: 'an id of 7 characters',
    input: published((e) => {
      e.id = 'evt-007';
    }),
    path: 'id',
    code: 'too_small',
  },
  {
    name: 'an unknown envelope field',
    input: published((e) => {
      e.tabId = 3;
    }),
    path: 'tabId',
    code: 'unrecognized_keys',
  },
  {
    name: 'content without title',
    input: published((e) => {
      delete e.data.title;
    }),
    path: 'data.title',
    code: 'required',
  },
  {
    name: 'an unknown content field',
    input: published((e) => {
      e.data.author = 'admin';
    }),
    path: 'data.author',
    code: 'unrecognized_keys',
  },
  {
    name: 'a negative word count',
    input: published((e) => {
      e.data.wordCount = -1;
    }),
    path: 'data.wordCount',
    code: 'too_small',
  },
  {
    name: 'a featured image alt of 501 characters',
    input: published((e) => {
      e.data.featuredImage.alt = 'a'.repeat(501);
    }),
    path: 'data.featuredImage.alt',
    code: 'too_big',
  },
  {
    name: 'an unknown resume reason',
    input: of('session.resumed', (e) => {
      e.data.reason = 'crash';
    }),
    path: 'data.reason',
    code: 'invalid_value',
    fr: 'valeur invalide "crash" : attendu "browser-restart", "worker-restart"',
  },
  {
    name: 'a heading of level 7',
    input: of('page.seo', (e) => {
      e.data.headings[1].level = 7;
    }),
    path: 'data.headings[1].level',
    code: 'too_big',
  },
  {
    name: 'a meta description missing rather than null',
    input: of('page.seo', (e) => {
      delete e.data.metaDescription;
    }),
    path: 'data.metaDescription',
    code: 'required',
  },
  {
    name: 'an Open Graph value that is not a text',
    input: of('page.seo', (e) => {
      e.data.openGraph['og:title'] = 12;
    }),
    path: 'data.openGraph["og:title"]',
    code: 'invalid_type',
  },
  {
    name: 'a submitted field without length',
    input: of('form.submitted', (e) => {
      delete e.data.fields[1].length;
    }),
    path: 'data.fields[1].length',
    code: 'required',
  },
  {
    name: 'an unknown integrity warning',
    input: of('integrity.warning', (e) => {
      e.data.code = 'hacked';
    }),
    path: 'data.code',
    code: 'invalid_value',
  },
  {
    name: 'a request body that is a list',
    input: of('net.request', (e) => {
      e.data.body = ['status', 'publish'];
    }),
    path: 'data.body',
    code: 'invalid_type',
    fr: 'un objet attendu, reçu une liste',
  },
  {
    name: 'a task moved to an unknown status',
    input: of('task.statusChanged', (e) => {
      e.data.to = 'blocked';
    }),
    path: 'data.to',
    code: 'invalid_value',
  },
  {
    name: 'a cart quantity with a fraction',
    input: of('commerce.cartChanged', (e) => {
      e.data.quantity = 1.5;
    }),
    path: 'data.quantity',
    code: 'invalid_type',
  },
  {
    name: 'an order without total',
    input: of('commerce.orderPlaced', (e) => {
      delete e.data.total;
    }),
    path: 'data.total',
    code: 'required',
  },
  {
    name: 'a reply of 100,001 characters',
    input: of('comment.replied', (e) => {
      e.data.text = 'x'.repeat(100_001);
    }),
    path: 'data.text',
    code: 'too_big',
  },
];

describe('event: malformed events', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));
  it.each(CASES)('$name → $path ($code)', (c) => {
    expectProblem('event', c);
  });
});

describe('event: every kind', () => {
  it.each(EVENT_KINDS)('%s: the example is valid, and data of another shape is refused', (kind) => {
    expect(parse('event', of(kind)()).ok).toBe(true);
    const result = parse('event', of(kind, (e) => Object.assign(e.data, { unexpected: true }))());
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ path: 'data.unexpected', code: 'unrecognized_keys' }),
    );
  });

  it('fills the defaults of a request and an order', () => {
    const request = of('net.request', (e) => {
      delete e.data.query;
    })();
    const order = of('commerce.orderPlaced', (e) => {
      delete e.data.voucherCodes;
    })();
    const r = parse('event', request);
    const o = parse('event', order);
    expect(r.ok && r.value.kind === 'net.request' && r.value.data.query).toEqual({});
    expect(o.ok && o.value.kind === 'commerce.orderPlaced' && o.value.data.voucherCodes).toEqual([]);
  });
});
