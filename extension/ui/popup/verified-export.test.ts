import { describe, expect, it } from 'vitest';
import { savedName } from './verified-export.ts';

describe('savedName: the file name the examiner is told', () => {
  it('is the name the browser really saved, when it renamed a second export of the same day', () => {
    expect(
      savedName('/home/centre/Téléchargements/02412996773-demo-wordpress-a-2026-12-07.temoin (1).json', 'x'),
    ).toBe('02412996773-demo-wordpress-a-2026-12-07.temoin (1).json');
    expect(savedName('C:\\Users\\centre\\Downloads\\E5\\a.temoin (2).json', 'a.temoin.json')).toBe(
      'a.temoin (2).json',
    );
  });

  it('falls back to the name asked for when the browser does not say', () => {
    expect(savedName(undefined, 'a.temoin.json')).toBe('a.temoin.json');
    expect(savedName('', 'a.temoin.json')).toBe('a.temoin.json');
  });
});
