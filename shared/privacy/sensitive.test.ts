import { describe, expect, it } from 'vitest';
import {
  isSensitiveField,
  looksLikeCardNumber,
  looksLikeIban,
  maskFieldValue,
  maskStructure,
  redactSecretsInText,
} from './sensitive.ts';

describe('sensitive fields', () => {
  it.each([
    [{ type: 'password', name: 'x' }],
    [{ autocomplete: 'cc-number' }],
    [{ autocomplete: 'billing cc-csc' }],
    [{ autocomplete: 'new-password' }],
    [{ name: 'cardnumber' }],
    [{ name: 'cvc' }],
    [{ name: 'iban' }],
    [{ name: 'user_pass' }],
    [{ name: 'pwd' }],
    [{ label: 'Mot de passe' }],
    [{ label: 'Numéro de carte' }],
    [{ name: 'anything', markedSensitive: true }],
    [{ name: '_wpnonce' }],
    [{ name: 'cardNumber' }],
    [{ name: 'form[security_code]' }],
    [{ name: 'pass1' }],
  ])('masks %j', (field) => {
    expect(isSensitiveField(field)).toBe(true);
  });

  it.each([
    [{ name: 'post_title' }],
    [{ name: 'code_promo' }],
    [{ name: 'email', type: 'email' }],
    [{ label: 'Prénom' }],
  ])('keeps %j', (field) => {
    expect(isSensitiveField(field)).toBe(false);
  });
});

describe('secret-looking values', () => {
  it('recognises card numbers by Luhn and IBANs by mod 97, not any long number', () => {
    expect(looksLikeCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(looksLikeCardNumber('4111 1111 1111 1112')).toBe(false);
    expect(looksLikeIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(looksLikeIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
  });

  it('masks a card number typed in an innocent field, keeping only its length', () => {
    expect(maskFieldValue({ name: 'comment' }, '4111111111111111')).toEqual({ masked: true, length: 16 });
    expect(maskFieldValue({ name: 'comment' }, 'Bonjour')).toEqual({ value: 'Bonjour' });
  });

  it('redacts a card number pasted inside a longer text', () => {
    expect(redactSecretsInText('Ma carte 4111 1111 1111 1111 merci')).toBe('Ma carte [masqué] merci');
  });
});

describe('request bodies and responses', () => {
  it('masks sensitive keys and secret values at any depth, keeps the rest', () => {
    const body = {
      title: 'Thé vert bio',
      user: { user_pass: 'hunter2', email: 'a@b.fr' },
      payment: [{ iban: 'FR7630006000011234567890189' }, { note: 'carte 4111111111111111' }],
    };
    expect(maskStructure(body)).toEqual({
      title: 'Thé vert bio',
      user: { user_pass: '[masqué]', email: 'a@b.fr' },
      payment: [{ iban: '[masqué]' }, { note: 'carte [masqué]' }],
    });
    expect(JSON.stringify(maskStructure(body))).not.toMatch(
      /hunter2|4111111111111111|FR7630006000011234567890189/,
    );
  });
});
