/**
 * The one safe file-name function of Témoin: a part of a file name without accents, spaces or
 * characters a file system or a download refuses (« Thé vert / C12 » → « The-vert-C12 »).
 */
export const safeFileName = (text: string, max = 80): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max) || 'x';
