import { describe, expect, it } from 'vitest';
import { NetworkResponseMessage } from './messages.ts';

const response = {
  method: 'PATCH',
  url: 'http://127.0.0.1:3000/api/products/1',
  status: 200,
  contentType: 'application/json',
  text: '{"ok":true}',
  truncated: false,
};

describe('network.response messages', () => {
  it('accepts what the hook sends, request body included (a stricter check once dropped every response)', () => {
    const message = {
      type: 'network.response',
      response: { ...response, requestText: '{"meta_title":"Thé"}' },
    };
    expect(NetworkResponseMessage.safeParse(message).success).toBe(true);
  });

  it('refuses unknown fields and methods that change nothing', () => {
    expect(
      NetworkResponseMessage.safeParse({ type: 'network.response', response: { ...response, extra: 1 } })
        .success,
    ).toBe(false);
    expect(
      NetworkResponseMessage.safeParse({ type: 'network.response', response: { ...response, method: 'GET' } })
        .success,
    ).toBe(false);
  });
});
