import { describe, expect, it } from 'vitest';
import { type HtmlToken, tokenize } from './html.ts';

const raws = (html: string) =>
  [...tokenize(html)].filter((t): t is Extract<HtmlToken, { type: 'raw' }> => t.type === 'raw');

describe('tokenize: raw-text elements', () => {
  it('ends a script at its own closing tag, in any case, past other `</` inside it', () => {
    const html =
      '<p>İstanbul</p><SCRIPT>var a = "</div>";</Script><style>.b{}</STYLE><script type="application/ld+json">{"@type":"Product"}</script><p>fin</p>';
    expect(raws(html).map((t) => [t.name, t.text])).toEqual([
      ['script', 'var a = "</div>";'],
      ['style', '.b{}'],
      ['script', '{"@type":"Product"}'],
    ]);
    const texts = [...tokenize(html)].filter((t) => t.type === 'text').map((t) => t.text);
    expect(texts).toEqual(['İstanbul', 'fin']);
  });

  it('takes the rest of the page when a raw-text element is never closed', () => {
    expect(raws('<p>a</p><script>var x = 1; </scrip').map((t) => t.text)).toEqual(['var x = 1; </scrip']);
  });
});
