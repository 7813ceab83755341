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

describe('tokenize: where a tag ends', () => {
  const opens = (html: string) =>
    [...tokenize(html)].filter((t): t is Extract<HtmlToken, { type: 'open' }> => t.type === 'open');

  it('reads past a `>` inside a quoted attribute value, double or single quoted', () => {
    expect(
      opens(`<a title="1 > 0" data-x='b>c' href=/x>lien</a><img alt="it's">`).map((t) => t.attrs),
    ).toEqual([{ title: '1 > 0', 'data-x': 'b>c', href: '/x' }, { alt: "it's" }]);
  });

  it('keeps a tag whose quote never closes as text, and the text before it', () => {
    const tokens = [...tokenize('<p>avant</p><a title="jamais fermé>après')];
    expect(tokens.filter((t) => t.type === 'open').map((t) => (t as { name: string }).name)).toEqual(['p']);
    expect(tokens.at(-1)).toEqual({ type: 'text', text: '<a title="jamais fermé>après' });
  });

  it('reads a hostile page (a megabyte-long tag, thousands of quoted values) to its end', () => {
    const long = `<div ${'a'.repeat(1_000_000)}`;
    expect([...tokenize(long)].map((t) => t.type)).toEqual(['text']);
    const quoted = `<div ${Array.from({ length: 50_000 }, (_, i) => `d${i}="${i}"`).join(' ')}>x</div>`;
    const [div] = opens(quoted);
    expect(Object.keys(div!.attrs)).toHaveLength(50_000);
  });
});
