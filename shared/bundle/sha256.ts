/** SHA-256 through WebCrypto, which browsers, workers and Node ≥ 20 all provide as `crypto.subtle`. */
const encoder = new TextEncoder();

export const sha256Hex = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
};
