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
const PIN_PATTERN = /^\d{4,12}$/;

export const checkPinFormat = (pin: string): { ok: true } | { ok: false; fr: string; en: string } =>
  PIN_PATTERN.test(pin)
    ? { ok: true }
    : {
        ok: false,
        fr: 'Le code doit comporter de 4 à 12 chiffres.',
        en: 'The PIN must have 4 to 12 digits.',
      };

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
