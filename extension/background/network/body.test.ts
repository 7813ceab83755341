import { describe, expect, it } from 'vitest';
import {
  BODY_MAX_CHARS,
  capStructure,
  decodeRequestBody,
  decodeResponse,
  RAW_DECODE_MAX_BYTES,
  RESPONSE_MAX_CHARS,
} from './body.ts';

const raw = (text: string) => ({ raw: [{ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }] });

describe('request bodies', () => {
  it('turns form data into fields and masks passwords, nonces, cards and IBANs', () => {
    const decoded = decodeRequestBody({
      formData: {
        log: ['admin'],
        pwd: ['hunter2-secret'],
        user_pass: ['other-secret'],
        _wpnonce: ['a1b2c3'],
        cardnumber: ['4111 1111 1111 1111'],
        cvc: ['123'],
        iban: ['FR76 3000 6000 0112 3456 7890 189'],
        'tags[]': ['a', 'b'],
        note: ['paid with 4111111111111111 yesterday'],
      },
    });
    expect(decoded.body).toEqual({
      log: 'admin',
      pwd: '[masqué]',
      user_pass: '[masqué]',
      _wpnonce: '[masqué]',
      cardnumber: '[masqué]',
      cvc: '[masqué]',
      iban: '[masqué]',
      'tags[]': ['a', 'b'],
      note: 'paid with [masqué] yesterday',
    });
    expect(decoded.truncated).toBeUndefined();
  });

  it('keeps a voucher form as it is', () => {
    expect(
      decodeRequestBody({
        formData: {
          code: ['ETE10'],
          reduction_type: ['percent'],
          reduction_value: ['10'],
          quantity_per_customer: ['1'],
        },
      }).body,
    ).toEqual({
      code: 'ETE10',
      reduction_type: 'percent',
      reduction_value: '10',
      quantity_per_customer: '1',
    });
  });

  it('parses a raw JSON body (WordPress REST sends only the changed fields)', () => {
    const decoded = decodeRequestBody(raw('{"id":5,"status":"publish","meta":{"password":"x"}}'));
    expect(decoded.body).toEqual({ id: 5, status: 'publish', meta: { password: '[masqué]' } });
  });

  it('joins raw parts, and keeps arrays and scalars under _json', () => {
    const [a, b] = ['[1,', '2]'].map((t) => ({ bytes: new TextEncoder().encode(t).buffer as ArrayBuffer }));
    expect(decodeRequestBody({ raw: [a!, b!] }).body).toEqual({ _json: [1, 2] });
    expect(decodeRequestBody(raw('"text"')).body).toEqual({ _json: 'text' });
  });

  it('parses a raw urlencoded body (fetch with URLSearchParams, admin-ajax)', () => {
    const decoded = decodeRequestBody(
      raw('action=dim-comment&id=4&new=approved&_ajax_nonce=zz9&_method=PUT'),
    );
    expect(decoded.body).toEqual({
      action: 'dim-comment',
      id: '4',
      new: 'approved',
      _ajax_nonce: '[masqué]',
      _method: 'PUT',
    });
    expect(decoded.methodField).toBe('PUT');
  });

  it('keeps only the size of anything else, and of files', () => {
    expect(decodeRequestBody(raw('just some text')).body).toEqual({ _bytes: 14 });
    expect(decodeRequestBody({ raw: [{ file: '/tmp/photo.jpg' }] }).body).toEqual({ _bytes: 0, _files: 1 });
    const huge = decodeRequestBody({ raw: [{ bytes: new ArrayBuffer(RAW_DECODE_MAX_BYTES + 1) }] });
    expect(huge).toEqual({ body: { _bytes: RAW_DECODE_MAX_BYTES + 1 }, truncated: true });
  });

  it('gives nothing for no body or a body error', () => {
    expect(decodeRequestBody(undefined)).toEqual({});
    expect(decodeRequestBody({ error: 'Unknown error.' })).toEqual({});
  });

  it('caps a large body and says so', () => {
    const decoded = decodeRequestBody(raw(JSON.stringify({ title: 'T', content: 'x'.repeat(100_000) })));
    expect(decoded.truncated).toBe(true);
    expect(JSON.stringify(decoded.body).length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(decoded.body?.title).toBe('T');
    expect(String(decoded.body?.content).length).toBeLessThan(5000);
  });
});

describe('responses', () => {
  it('parses and masks card- and IBAN-looking values and sensitive keys', () => {
    const decoded = decodeResponse(
      JSON.stringify({
        id: 5,
        status: 'publish',
        title: 'Thé glacé',
        customer: { iban: 'FR7630006000011234567890189', ref: 'FR76 3000 6000 0112 3456 7890 189' },
        payment: { last: '4111111111111111', password: 'x' },
      }),
      false,
    );
    expect(decoded).toEqual({
      response: {
        id: 5,
        status: 'publish',
        title: 'Thé glacé',
        customer: { iban: '[masqué]', ref: '[masqué]' },
        payment: { last: '[masqué]', password: '[masqué]' },
      },
    });
  });

  it('gives no response for non-JSON or a body cut at the source', () => {
    expect(decodeResponse('<html>', false)).toEqual({});
    expect(decodeResponse(undefined, true)).toEqual({ truncated: true });
  });

  it('caps a large response, keeping its shape', () => {
    const decoded = decodeResponse(JSON.stringify({ id: 1, content: 'y'.repeat(200_000) }), false);
    expect(decoded.truncated).toBe(true);
    expect(JSON.stringify(decoded.response).length).toBeLessThanOrEqual(RESPONSE_MAX_CHARS);
    expect((decoded.response as { id: number }).id).toBe(1);
  });
});

describe('capStructure', () => {
  it('drops trailing entries when clipping strings is not enough', () => {
    const value = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]));
    const { value: capped, truncated } = capStructure(value, 1000);
    expect(truncated).toBe(true);
    expect(JSON.stringify(capped).length).toBeLessThanOrEqual(1000);
    expect((capped as Record<string, number>).key0).toBe(0);
  });

  it('leaves small values alone', () => {
    expect(capStructure({ a: 1 }, 100)).toEqual({ value: { a: 1 }, truncated: false });
  });
});
