import { describe, expect, it } from 'vitest';
import { type Doc, valid, validText } from '../../tests/fixtures/documents/index.ts';
import { startBinding } from './binding.ts';
import { sealEvents } from './chain.ts';
import { packageContentHash } from './package-hash.ts';
import { readBundle, readBundleValue } from './read.ts';
import { sealBundle } from './seal.ts';

/** The example bundle (sealed, bound) as a reader gets it from a file. */
const bundle = (): Doc => valid('bundle');
const text = (doc: Doc) => JSON.stringify(doc);
const resealed = async (doc: Doc) => text(await sealBundle(doc));

const codes = async (input: string) => {
  const read = await readBundle(input);
  return read.ok ? [] : read.problems.map((p) => p.code);
};

describe('readBundle', () => {
  it('accepts an exported bundle, as text or bytes, with or without a BOM or indentation', async () => {
    const read = await readBundle(validText('bundle'));
    expect(read).toMatchObject({ ok: true, count: bundle().events.length, head: bundle().chain.head });
    expect((await readBundle(new TextEncoder().encode(validText('bundle')))).ok).toBe(true);
    expect((await readBundle(`\uFEFF${text(bundle())}`)).ok).toBe(true);
  });

  it('refuses rules edited in the embedded package, even with the seal recomputed', async () => {
    const doc = bundle();
    doc.subjectPackage.subject.questions[0].rules[0].title = 'Règle assouplie';
    expect(await codes(text(doc))).toEqual(['package-edited']);
    expect(await codes(await resealed(doc))).toEqual(['package-edited']);
  });

  it('refuses an edited package re-hashed by hand: the chain bound the original', async () => {
    const doc = bundle();
    doc.subjectPackage.subject.questions[0].title = 'Question plus facile';
    const hash = await packageContentHash(doc.subjectPackage);
    doc.subjectPackage.hash.value = hash;
    doc.session.subject.hash = hash;
    const read = await readBundle(await resealed(doc));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toEqual([
      expect.objectContaining({
        code: 'package-binding',
        fr: 'le sujet joint n’est pas celui avec lequel l’épreuve a commencé',
      }),
    ]);
  });

  it('refuses a swapped candidate number and says which numbers', async () => {
    const doc = bundle();
    doc.session.candidate.number = '02499999999';
    const read = await readBundle(await resealed(doc));
    expect(read.ok ? [] : read.problems).toEqual([
      {
        path: 'session.candidate.number',
        code: 'candidate-mismatch',
        fr: 'numéro de candidat modifié : "02499999999" dans le fichier, "02412345678" au début de l’épreuve',
        en: 'candidate number changed: "02499999999" in the file, "02412345678" when the exam started',
      },
    ]);
  });

  it('refuses a candidate swapped in both places: the session hash in the chain still names the first', async () => {
    const doc = bundle();
    doc.session.candidate.number = '02499999999';
    doc.events[0].data.candidateNumber = '02499999999';
    expect(await codes(await resealed(doc))).toEqual(['session-binding']);
    const { sessionHash: _s, ...data } = doc.events[0].data;
    doc.events[0].data = { ...data, sessionHash: (await startBinding(doc.session)).sessionHash };
    expect(await codes(await resealed(doc))).toEqual(['chain-broken']);
  });

  it('refuses other session details changed (name, origins, start)', async () => {
    for (const change of [
      (d: Doc) => {
        d.session.candidate.lastName = 'Autre';
      },
      (d: Doc) => {
        d.session.referenceOrigins = ['http://127.0.0.1:9999'];
      },
      (d: Doc) => {
        d.session.startedAt = '2025-05-12T07:00:00.000Z';
      },
    ]) {
      const doc = bundle();
      change(doc);
      expect(await codes(await resealed(doc))).toEqual(['session-binding']);
    }
  });

  it('refuses a chain re-sealed from scratch around a changed session.started', async () => {
    const doc = bundle();
    doc.session.candidate.number = '02499999999';
    const unsealed = doc.events.map(({ seq: _s, hash: _h, ...rest }: Doc) => rest);
    unsealed[0].data = {
      ...unsealed[0].data,
      candidateNumber: '02499999999',
      ...(await startBinding(doc.session)),
    };
    const forged = await sealEvents({ seq: 0, head: '0'.repeat(64) }, unsealed);
    doc.events = forged.sealed;
    doc.chain.head = forged.head;
    // Coherent again: only the head the examiner wrote down at the end of the exam tells.
    const read = await readBundle(await resealed(doc));
    expect(read.ok && read.head).not.toBe(bundle().chain.head);
  });

  it('refuses an ended session without its end event, and a running one that has it', async () => {
    const doc = bundle();
    doc.events = doc.events.slice(0, -1);
    doc.chain.count = doc.events.length;
    doc.chain.head = doc.events.at(-1).hash;
    expect(doc.events.some((e: Doc) => e.kind === 'session.ended')).toBe(false);
    expect(await codes(await resealed(doc))).toEqual(['status-mismatch']);
  });

  it('refuses a changed export date (outside the chain) by the seal', async () => {
    const doc = bundle();
    doc.exportedAt = '2025-05-13T08:41:30.000Z';
    expect(await codes(text(doc))).toEqual(['bundle-seal']);
    expect((await readBundle(text(doc), { diagnose: false })).ok).toBe(false);
  });

  it('refuses a bundle without a seal or without the binding (older exports)', async () => {
    const { seal: _s, ...unsealed } = bundle();
    expect(await codes(text(unsealed))).toEqual(['bundle-unsealed']);
    const doc = bundle();
    const { sessionHash: _h, ...data } = doc.events[0].data;
    doc.events[0].data = data;
    expect(await codes(await resealed(doc))).toEqual(['chain-unbound']);
  });

  it('names the event where the chain breaks', async () => {
    const doc = bundle();
    doc.events[5].elapsedMs += 1;
    const read = await readBundle(text(doc));
    expect(read.ok ? [] : read.problems).toEqual([
      expect.objectContaining({ path: 'events[5]', code: 'chain-broken' }),
    ]);
  });

  it.each([
    ['1e400', (t: string) => t.replace(/"elapsedMs":\d+/, '"elapsedMs":1e400')],
    ['NaN', (t: string) => t.replace(/"elapsedMs":\d+/, '"elapsedMs":NaN')],
    ['1e400 in free-form data', (t: string) => t.replace('"response":{', '"response":{"x":-1e400,')],
    ['not UTF-8', (t: string) => `${t.slice(0, 10)}\udc00${t.slice(10)}`],
    ['an empty file', () => ''],
    ['a list', () => '[]'],
    ['__proto__ at the top', (t: string) => t.replace('{', '{"__proto__":{"polluted":true},')],
    [
      'constructor.prototype in the session',
      (t: string) => t.replace('"session":{', '"session":{"constructor":{"prototype":{"polluted":true}},'),
    ],
  ])('refuses %s with a clear problem, never a throw', async (_name, change) => {
    const changed = change(text(bundle()));
    expect(changed).not.toBe(text(bundle()));
    const read = await readBundle(
      changed.includes('\udc00')
        ? new TextEncoder().encode(changed).map((b, i) => (i === 10 ? 0xff : b))
        : changed,
    );
    expect(read.ok).toBe(false);
    for (const p of read.ok ? [] : read.problems) {
      expect(p.fr.length).toBeGreaterThan(5);
      expect(p.en.length).toBeGreaterThan(5);
    }
    expect(({} as Doc).polluted).toBeUndefined();
  });

  it('reads a value already parsed, and anything else, without throwing', async () => {
    expect((await readBundleValue(bundle())).ok).toBe(true);
    for (const value of [null, 42, 'x', [], { format: 'temoin.bundle/1' }, Symbol('x'), 10n])
      expect((await readBundleValue(value)).ok).toBe(false);
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(await readBundleValue(throwing)).toMatchObject({ ok: false });
  });
});
