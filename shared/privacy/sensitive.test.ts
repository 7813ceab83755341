import { describe, expect, it } from 'vitest';
import {
  isSensitiveField,
  looksLikeCardNumber,
  looksLikeIban,
  maskFieldValue,
  maskStructure,
  numberLooksSecret,
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
    [{ name: 'motdepasse' }],
    [{ name: 'mot_de_passe' }],
    [{ name: 'motDePasse' }],
    [{ name: 'user[pw]' }],
    [{ name: 'passcode' }],
    [{ name: 'cvv' }],
    [{ name: 'payment[cvc]' }],
    [{ name: 'cvvCode' }],
    [{ name: 'cryptogramme' }],
    [{ label: 'Cryptogramme visuel' }],
    [{ name: 'code_secret' }],
    [{ name: 'card_code' }],
    [{ label: 'Code confidentiel' }],
    [{ label: 'Code de vérification' }],
    [{ label: 'Code de sécurité' }],
    [{ name: 'verificationCode' }],
    [{ name: 'numero_carte' }],
    [{ name: 'private_key' }],
  ])('masks %j', (field) => {
    expect(isSensitiveField(field)).toBe(true);
  });

  it.each([
    [{ name: 'post_title' }],
    [{ name: 'code_promo' }],
    [{ name: 'email', type: 'email' }],
    [{ label: 'Prénom' }],
    // Whole words only: « attribute » is not « rib », « discard » not « card », « passage »
    // not « pass », « compass » not « pass », « codex » not « code ».
    [{ name: 'attribute' }],
    [{ name: 'product_attribute_id' }],
    [{ name: 'discard' }],
    [{ name: 'passage' }],
    [{ name: 'compass' }],
    [{ name: 'cvvx_theme' }],
    // A voucher code is evidence (PrestaShop's cart rule form and the demo shop call it `code`).
    [{ name: 'code' }],
    [{ name: 'cart_rule[code]' }],
    [{ name: 'coupon_code' }],
    [{ name: 'postal_code' }],
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
  it('masks a card number sent as a JSON number, keeps ordinary numbers', () => {
    const body = JSON.parse(
      '{"card":{"value":4111111111111111},"total":1234.5,"id":4111111111111112,"n":[5555555555554444]}',
    );
    const masked = maskStructure(body);
    expect(masked).toEqual({
      card: { value: '[masqué]' },
      total: 1234.5,
      id: 4111111111111112,
      n: ['[masqué]'],
    });
    expect(JSON.stringify(masked)).not.toMatch(/4111111111111111|5555555555554444/);
  });

  it('masks an integer too long to have kept its digits (a rounded 19-digit card number)', () => {
    expect(numberLooksSecret(6011000990139424)).toBe(true);
    expect(numberLooksSecret(Number('4000000000000000001'))).toBe(true);
    expect(numberLooksSecret(1_700_000_000_000)).toBe(false);
    expect(numberLooksSecret(123456)).toBe(false);
    expect(numberLooksSecret(1e300)).toBe(false);
  });

  it('masks a numeric value under a secret name (cvv as a number)', () => {
    expect(maskStructure({ cvv: 123, pin: 0, quantity: 3 })).toEqual({
      cvv: '[masqué]',
      pin: '[masqué]',
      quantity: 3,
    });
  });

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
