/**
 * The extension's identity in each browser: policies (docs/centre/policies/) and the tests name
 * it, so it must not depend on the folder the extension is loaded from.
 *
 * Chromium derives the id from the manifest's `key` (the public half of the signing key; the
 * private half never enters the repository — docs/adr/0004-manifest-v3-everywhere.md).
 */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvBaPwe5Wi26XmuynGtVwXBWK5r4fVUFJGLTgCxwhR7iKpvB+Kcvme0oHgoyA8uTDeebDiGrxVyHXg3gPTv/e5vk3dOxoUyOwKG8APXvcVh6mAZr0njhrpfFVdjnQ93YBwdX4FbQAl8jTLxdYaXabZZ5p6dQRTfm8E7fJ84tXrCTORB/xUlgoK8PqJNVQDQejTqXTleVMmz+v6VrUbjXxupDpJ3URjjr0pyPZPlfgs0Eso2KKQN6VrMu/aO1hkETX4qlcNdkfpBQ4sm/5UaPHeK8yKz+cEmclDfJVepYOE38LEmzRGVtALD7ipC+thH3/Sf5HrQUZv4Y0TSTaCnomKQIDAQAB';

/** `chrome-extension://<id>/`: the first 128 bits of SHA-256(key), hex digits mapped to a–p. */
export const CHROMIUM_EXTENSION_ID = 'lbacfdejinlbfkdkofkcopcgmdgacckj';

/** Firefox's add-on id (a UUID in braces: no domain to own). */
export const GECKO_ID = '{6e8c4df3-4391-4097-9fcb-f95bf01a2c61}';
