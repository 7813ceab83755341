import { describe, expect, it } from 'vitest';
import { HOOK_MAX_CHARS, parseHookDetail } from './hook-message.ts';

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
