/**
 * Stable pseudonyms for candidates within one export.
 *
 * pseudonym = "C-" + the first 6 hex digits (upper case) of HMAC-SHA-256(salt, candidate
 * number), the number trimmed and with its inner spaces removed. The salt is 32 random bytes
 * drawn for each export and kept only in memory (it is never written, shown or stored): the
 * same candidate gets the same pseudonym everywhere in one export, and nobody — us included —
 * can link two exports or compute a pseudonym from a candidate number afterwards.
 * On the rare clash of 6 digits (≈ 1 in 10,000 for 60 candidates), the later candidate gets
 * 2 more digits until its pseudonym is unique in the export.
 */
export interface Pseudonymiser {
  pseudonym(candidateNumber: string): Promise<string>;
}

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

const normaliseNumber = (number: string): string => number.trim().replace(/\s+/g, '');

export const createPseudonymiser = async (
  salt: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(32)),
): Promise<Pseudonymiser> => {
  const key = await crypto.subtle.importKey('raw', salt, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const byNumber = new Map<string, string>();
  const taken = new Set<string>();
  const encoder = new TextEncoder();
  return {
    async pseudonym(candidateNumber) {
      const number = normaliseNumber(candidateNumber);
      const known = byNumber.get(number);
      if (known) return known;
      const digest = hex(await crypto.subtle.sign('HMAC', key, encoder.encode(number))).toUpperCase();
      // A concurrent call for the same number may have finished while we awaited.
      const raced = byNumber.get(number);
      if (raced) return raced;
      let length = 6;
      let pseudonym = `C-${digest.slice(0, length)}`;
      while (taken.has(pseudonym) && length < digest.length) {
        length += 2;
        pseudonym = `C-${digest.slice(0, length)}`;
      }
      byNumber.set(number, pseudonym);
      taken.add(pseudonym);
      return pseudonym;
    },
  };
};
