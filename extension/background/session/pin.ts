/**
 * The examiner PIN, stored only as a salted PBKDF2-SHA-256 hash (WebCrypto). Comparison is
 * constant-time over the derived bytes.
 */
export interface PinHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

export const PIN_ITERATIONS = 210_000;
/**
 * Six digits at least: with the back-off below, guessing online is out of reach, and an
 * offline attack on the hash (devtools on an extension page) costs about a day per core at
 * 210,000 iterations instead of minutes for four digits. A passphrase is stronger still.
 */
const DIGITS = /^\d{6,12}$/;
const PASSPHRASE_MIN = 10;
const PASSPHRASE_MAX = 128;

export const checkPinFormat = (pin: string): { ok: true } | { ok: false; fr: string; en: string } =>
  DIGITS.test(pin) || (!/^\d*$/.test(pin) && pin.length >= PASSPHRASE_MIN && pin.length <= PASSPHRASE_MAX)
    ? { ok: true }
    : {
        ok: false,
        fr: 'Le code doit comporter au moins 6 chiffres (12 au plus), ou être une phrase secrète d’au moins 10 caractères.',
        en: 'The PIN must have at least 6 digits (12 at most), or be a passphrase of at least 10 characters.',
      };

/** Wrong PINs allowed in a row before entry is locked. */
export const FREE_ATTEMPTS = 3;
const FIRST_LOCK_MS = 5_000;
const MAX_LOCK_MS = 15 * 60_000;

/** How long entry stays locked after the `failures`-th wrong PIN in a row: 0, then 5 s doubling. */
export const lockDelayMs = (failures: number): number =>
  failures < FREE_ATTEMPTS ? 0 : Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS));

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) =>
  new Uint8Array(hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? []);

const derive = async (pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
};

export const hashPin = async (pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toHex(salt),
    hash: toHex(await derive(pin, salt, iterations)),
  };
};

export const verifyPin = async (pin: string, stored: PinHash): Promise<boolean> => {
  const derived = await derive(pin, fromHex(stored.salt), stored.iterations);
  const expected = fromHex(stored.hash);
  let difference = derived.length ^ expected.length;
  for (let i = 0; i < Math.min(derived.length, expected.length); i += 1)
    difference |= derived[i]! ^ expected[i]!;
  return difference === 0;
};
