import { describe, expect, it } from 'vitest';
import { HOOK_MAX_CHARS, HOOK_REQUEST_MAX_CHARS, parseHookDetail } from './hook-message.ts';

const good = {
  method: 'POST',
  url: 'http://127.0.0.1:4300/admin/api/posts/5',
  status: 200,
  contentType: 'application/json',
  text: '{"id":5}',
  truncated: false,
};

describe('hook messages', () => {
  it('accepts a well-formed message', () => {
    expect(parseHookDetail(JSON.stringify(good))).toEqual(good);
    const { text: _text, ...cut } = { ...good, truncated: true };
    expect(parseHookDetail(JSON.stringify(cut))).toEqual(cut);
  });

  it.each([
    ['not a string', { ...good }],
    ['GET', JSON.stringify({ ...good, method: 'GET' })],
    ['javascript URL', JSON.stringify({ ...good, url: 'javascript:alert(1)' })],
    ['status', JSON.stringify({ ...good, status: 'ok' })],
    ['text too long', JSON.stringify({ ...good, text: 'x'.repeat(HOOK_MAX_CHARS + 1) })],
    ['truncated missing', JSON.stringify({ ...good, truncated: undefined })],
    ['array', '[]'],
    ['broken JSON', '{'],
  ])('refuses %s', (_name, detail) => {
    expect(parseHookDetail(detail)).toBeNull();
  });
});

describe('request bodies carried by the hook', () => {
  it('accepts a text request body within the cap and refuses a longer one', () => {
    const base = {
      method: 'PATCH',
      url: 'http://127.0.0.1:3000/api/products/1',
      status: 200,
      contentType: 'application/json',
      truncated: false,
    };
    expect(parseHookDetail(JSON.stringify({ ...base, requestText: '{"meta_title":"Thé"}' }))).toMatchObject({
      requestText: '{"meta_title":"Thé"}',
    });
    expect(
      parseHookDetail(JSON.stringify({ ...base, requestText: 'x'.repeat(HOOK_REQUEST_MAX_CHARS + 1) })),
    ).toBeNull();
    expect(parseHookDetail(JSON.stringify({ ...base, requestText: 42 }))).toBeNull();
  });
});
