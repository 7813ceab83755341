/**
 * What must never be stored: passwords, payment card numbers and codes, IBANs, and anything a
 * page or the centre marks sensitive. Used by every capture path — field events, form
 * summaries, request bodies, responses — so the rule lives in one place.
 */

/** How a form control describes itself (what the DOM or a request tells us). */
export interface FieldDescription {
  name?: string | null;
  id?: string | null;
  type?: string | null;
  autocomplete?: string | null;
  label?: string | null;
  /** `data-temoin-sensitive` present, or matched by a centre-configured selector. */
  markedSensitive?: boolean;
}

const SENSITIVE_AUTOCOMPLETE = /^(cc-|current-password|new-password|one-time-code)/;
/**
 * Names and labels are split into words (`user_pass` → user, pass; `cardNumber` → card,
 * number) and matched word by word, so `attribute` is not read as « rib » nor `discard` as
 * « card ».
 */
const SENSITIVE_WORDS = new Set([
  'password',
  'passwd',
  'passwort',
  'passphrase',
  'passcode',
  'pass',
  'pwd',
  'pw',
  'mdp',
  'motdepasse',
  'motpasse',
  'secret',
  'token',
  'apikey',
  'nonce',
  'wpnonce',
  'csrf',
  'xsrf',
  'otp',
  'pin',
  'cardnumber',
  'ccnum',
  'ccnumber',
  'cc',
  'cvc',
  'cvv',
  'cvv2',
  'cvn',
  'ccv',
  'csc',
  'cvvcode',
  'cvccode',
  'cardcode',
  'securitycode',
  'pincode',
  'cryptogramme',
  'cryptogram',
  'creditcard',
  'numcarte',
  'numerocarte',
  'iban',
  'bic',
  'swift',
  'rib',
]);
/**
 * Multi-word names. A bare `code` is not here on purpose: PrestaShop's cart rule form and the
 * demo shop name the voucher code `code`, and that code is evidence. `code` next to a card or
 * secret word is.
 */
const SENSITIVE_PHRASES = [
  'mot de passe',
  'mot passe',
  'numero de carte',
  'numero carte',
  'carte bancaire',
  'card number',
  'credit card',
  'security code',
  'verification code',
  'card code',
  'code carte',
  'code cb',
  'code secret',
  'code confidentiel',
  'code de confidentialite',
  'code pin',
  'code sms',
  'code de verification',
  'code verification',
  'code de securite',
  'code securite',
  'api key',
  'private key',
  'access key',
];

export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Names already judged: request bodies and responses repeat the same keys (a REST save, every
 * item of an array under one key), and `wordsOf` normalises each one. Bounded, text → verdict.
 */
const judged = new Map<string, boolean>();
const JUDGED_LIMIT = 4_000;

const namesSecret = (text: string): boolean => {
  const known = judged.get(text);
  if (known !== undefined) return known;
  const verdict = judgeName(text);
  if (judged.size >= JUDGED_LIMIT) judged.clear();
  if (text.length <= 200) judged.set(text, verdict);
  return verdict;
};

const judgeName = (text: string): boolean => {
  const words = wordsOf(text);
  // `pass1`, `pass2` (WordPress's new-user form), `cvv2`: a trailing number does not hide a word.
  if (words.some((word) => SENSITIVE_WORDS.has(word) || SENSITIVE_WORDS.has(word.replace(/\d+$/, ''))))
    return true;
  const joined = ` ${words.join(' ')} `;
  return SENSITIVE_PHRASES.some((phrase) => joined.includes(` ${phrase} `));
};

export const isSensitiveField = (field: FieldDescription): boolean => {
  if (field.markedSensitive) return true;
  if ((field.type ?? '').toLowerCase() === 'password') return true;
  const autocomplete = (field.autocomplete ?? '').toLowerCase().trim();
  if (autocomplete.split(/\s+/).some((token) => SENSITIVE_AUTOCOMPLETE.test(token))) return true;
  return [field.name, field.id, field.label].some((text) => !!text && namesSecret(text));
};

const digitsOnly = (text: string) => text.replace(/[\s-]/g, '');

/** Luhn check over 13–19 digits: what a payment card number looks like. */
export const looksLikeCardNumber = (value: string): boolean => {
  const digits = digitsOnly(value);
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

/** ISO 13616 IBAN with a valid mod-97 check. */
export const looksLikeIban = (value: string): boolean => {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
};

/** A value that is a secret whatever field holds it. */
export const looksSecret = (value: string): boolean => {
  if (value.length < 13 || value.length > 64) return false;
  return looksLikeCardNumber(value) || looksLikeIban(value);
};

/** Finds card- or IBAN-like runs inside free text (someone pasting a card number in a note). */
const EMBEDDED = /\d(?:[ -]?\d){12,18}|\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}\b/gi;

export const redactSecretsInText = (text: string): string =>
  text.length > 12
    ? text.replace(EMBEDDED, (match) => (looksSecret(match.trim()) ? '[masqué]' : match))
    : text;

export interface MaskedValue {
  masked: true;
  length: number;
}

/** A field's value as it may be stored: the value itself, or only `masked` and its length. */
export const maskFieldValue = (field: FieldDescription, value: string): { value: string } | MaskedValue =>
  isSensitiveField(field) || looksSecret(value)
    ? { masked: true, length: value.length }
    : { value: redactSecretsInText(value) };

const MASK = '[masqué]';

/**
 * A card number sent as a JSON number (`{"card": 4111111111111111}`) goes through the same
 * detectors as a string. Above 2^53 the number was already rounded by JSON.parse, so its Luhn
 * digit means nothing: any integer that long is masked rather than guessed at.
 */
export const numberLooksSecret = (value: number): boolean => {
  if (!Number.isInteger(value) || Math.abs(value) < 1e12) return false;
  if (!Number.isSafeInteger(value)) return Math.abs(value) < 1e20;
  return looksSecret(String(Math.abs(value)));
};
const MAX_DEPTH = 12;

/**
 * Deep copy of a request body or response with every sensitive key's value and every
 * secret-looking string replaced. Bounded depth; functions and symbols dropped.
 */
export const maskStructure = (value: unknown, key = '', depth = 0): unknown => {
  if (depth > MAX_DEPTH) return '[…]';
  // `isSensitiveField({ name: key })` without its object, array and split for every key.
  if (key && namesSecret(key)) return value === null || value === undefined || value === '' ? value : MASK;
  if (typeof value === 'string') return looksSecret(value) ? MASK : redactSecretsInText(value);
  if (typeof value === 'number') return numberLooksSecret(value) ? MASK : value;
  if (typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => maskStructure(item, key, depth + 1));
  if (typeof value === 'object' && value !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [name, inner] of Object.entries(value as Record<string, unknown>))
      out[name] = maskStructure(inner, name, depth + 1);
    return out;
  }
  return undefined;
};
