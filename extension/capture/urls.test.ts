import { describe, expect, it } from 'vitest';
import { redactUrl } from './urls.ts';

describe('redactUrl', () => {
  it('masks secret-bearing query values and keeps the rest', () => {
    const out = redactUrl(
      'http://127.0.0.1:4300/wp-admin/post.php?post=12&action=trash&_wpnonce=abc123&password=hunter2#top',
    );
    expect(out).toContain('post=12');
    expect(out).toContain('action=trash');
    expect(out).toContain('_wpnonce=***');
    expect(out).toContain('password=***');
    expect(out).not.toContain('abc123');
    expect(out).not.toContain('hunter2');
    expect(out.endsWith('#top')).toBe(true);
  });

  it('masks card numbers and IBANs whatever the parameter is called', () => {
    const out = redactUrl('http://127.0.0.1/search?q=4111111111111111&other=FR7630006000011234567890189');
    expect(out).not.toContain('4111111111111111');
    expect(out).not.toContain('FR7630006000011234567890189');
  });

  it('resolves relative URLs against a base and leaves plain URLs alone', () => {
    expect(redactUrl('/commande/valider', 'http://127.0.0.1:4300/commande')).toBe(
      'http://127.0.0.1:4300/commande/valider',
    );
    expect(redactUrl('http://127.0.0.1/produits?tri=prix-asc')).toBe(
      'http://127.0.0.1/produits?tri=prix-asc',
    );
  });
});
