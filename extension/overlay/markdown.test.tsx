import type { ComponentChild, VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { type MarkdownOptions, renderMarkdown, safeHref, substitute } from './markdown.tsx';

/** A VNode tree as plain data: `{ type, props?, children }` or a string. */
type Tree = string | { type: string; props?: Record<string, unknown>; children: Tree[] };

const toTree = (node: ComponentChild): Tree[] => {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(toTree);
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type !== 'string') throw new Error('Markdown renders DOM elements only');
  const { children, ...props } = vnode.props;
  const kids = toTree(children as ComponentChild);
  return [
    Object.keys(props).length
      ? { type: vnode.type, props, children: kids }
      : { type: vnode.type, children: kids },
  ];
};

const tree = (source: string, options?: MarkdownOptions) => renderMarkdown(source, options).flatMap(toTree);

/** The tree serialised as HTML, escaping text as a browser's DOM would: for compact assertions. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (nodes: Tree[]): string =>
  nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      const attributes = Object.entries(node.props ?? {})
        .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
        .join('');
      return node.type === 'br' ? '<br>' : `<${node.type}${attributes}>${html(node.children)}</${node.type}>`;
    })
    .join('');
const md = (source: string, options?: MarkdownOptions) => html(tree(source, options));

const types = (nodes: Tree[]): string[] =>
  nodes.flatMap((node) => (typeof node === 'string' ? [] : [node.type, ...types(node.children)]));

describe('markdown blocks', () => {
  it('makes paragraphs of blank-line separated text, with single newlines as line breaks', () => {
    expect(tree('Première ligne\nseconde ligne\n\nAutre paragraphe')).toEqual([
      { type: 'p', children: ['Première ligne', { type: 'br', children: [] }, 'seconde ligne'] },
      { type: 'p', children: ['Autre paragraphe'] },
    ]);
  });

  it('renders headings # to ###, shifted by the heading offset and capped at h6', () => {
    expect(md('# Un\n## Deux\n### Trois')).toBe('<h1>Un</h1><h2>Deux</h2><h3>Trois</h3>');
    expect(md('# Un\n## Deux\n### Trois', { headingOffset: 4 })).toBe(
      '<h5>Un</h5><h6>Deux</h6><h6>Trois</h6>',
    );
    expect(md('#### Quatre')).toBe('<p>#### Quatre</p>');
    expect(md('#hashtag')).toBe('<p>#hashtag</p>');
    expect(md('## Titre ##')).toBe('<h2>Titre</h2>');
  });

  it('renders unordered lists with any bullet', () => {
    expect(tree('- un\n* deux\n+ trois')).toEqual([
      {
        type: 'ul',
        children: [
          { type: 'li', children: ['un'] },
          { type: 'li', children: ['deux'] },
          { type: 'li', children: ['trois'] },
        ],
      },
    ]);
  });

  it('renders ordered lists and keeps a start other than 1', () => {
    expect(md('1. un\n2. deux')).toBe('<ol><li>un</li><li>deux</li></ol>');
    expect(tree('3) trois\n4) quatre')).toEqual([
      {
        type: 'ol',
        props: { start: 3 },
        children: [
          { type: 'li', children: ['trois'] },
          { type: 'li', children: ['quatre'] },
        ],
      },
    ]);
  });

  it('ends a paragraph at a list, and a list at a paragraph after a blank line', () => {
    expect(md('Complétez :\n- le prix ;\n- le stock.\n\nPuis enregistrez.')).toBe(
      '<p>Complétez :</p><ul><li>le prix ;</li><li>le stock.</li></ul><p>Puis enregistrez.</p>',
    );
  });

  it('keeps a loose list together across blank lines, and nests indented lists', () => {
    expect(md('- a\n\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(md('- a\n  - a1\n  - a2\n- b')).toBe(
      '<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>',
    );
    expect(md('1. a\n  - détail\n2. b')).toBe('<ol><li>a<ul><li>détail</li></ul></li><li>b</li></ol>');
  });

  it('joins continuation lines to their item', () => {
    expect(md('- début\n  suite\n- autre')).toBe('<ul><li>début<br>suite</li><li>autre</li></ul>');
  });

  it('does not start an ordered list in the middle of a paragraph unless it starts at 1', () => {
    expect(md('Le chiffre de\n2024. Puis')).toBe('<p>Le chiffre de<br>2024. Puis</p>');
  });

  it('renders an empty source as nothing', () => {
    expect(tree('')).toEqual([]);
    expect(tree('\n \n')).toEqual([]);
  });
});

describe('markdown inlines', () => {
  it('renders bold, italic and code', () => {
    expect(tree('un **gras** et *italique* et `code`')).toEqual([
      {
        type: 'p',
        children: [
          'un ',
          { type: 'strong', children: ['gras'] },
          ' et ',
          { type: 'em', children: ['italique'] },
          ' et ',
          { type: 'code', children: ['code'] },
        ],
      },
    ]);
  });

  it('nests emphasis and leaves code untouched', () => {
    expect(md('**gras et *italique***')).toBe('<p><strong>gras et <em>italique</em></strong></p>');
    expect(md('*italique et **gras***')).toBe('<p><em>italique et <strong>gras</strong></em></p>');
    expect(md('`**pas gras**`')).toBe('<p><code>**pas gras**</code></p>');
    expect(md('``a ` b``')).toBe('<p><code>a ` b</code></p>');
  });

  it('leaves unmatched or spaced delimiters as text', () => {
    expect(md('2 * 3 * 4')).toBe('<p>2 * 3 * 4</p>');
    expect(md('**pas fermé')).toBe('<p>**pas fermé</p>');
    expect(md('un `code pas fermé')).toBe('<p>un `code pas fermé</p>');
    expect(md('\\*littéral\\*')).toBe('<p>*littéral*</p>');
  });

  it('stays fast on pathological input', () => {
    const started = performance.now();
    renderMarkdown(`${'*a '.repeat(4000)}\n${'[x'.repeat(2000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('links http(s) URLs only, opening a new tab without the opener', () => {
    expect(tree('[le site](https://example.org/a?b=1)')).toEqual([
      {
        type: 'p',
        children: [
          {
            type: 'a',
            props: { href: 'https://example.org/a?b=1', target: '_blank', rel: 'noopener noreferrer' },
            children: ['le site'],
          },
        ],
      },
    ]);
    expect(md('[**gras**](http://example.org "titre")')).toBe(
      '<p><a href="http://example.org/" target="_blank" rel="noopener noreferrer"><strong>gras</strong></a></p>',
    );
  });

  it('refuses javascript:, data: and relative links, keeping their words only', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      '/admin',
      'vbscript:x',
    ]) {
      const nodes = tree(`voir [ici](${url}) merci`);
      expect(types(nodes)).not.toContain('a');
      expect(md(`voir [ici](${url}) merci`)).toBe('<p>voir ici merci</p>');
    }
    expect(safeHref(' https://example.org ')).toBe('https://example.org/');
    expect(safeHref('https//example.org')).toBeNull();
  });
});

describe('markdown safety', () => {
  it('shows raw HTML as text, never as elements', () => {
    const source = '<img src=x onerror=alert(1)> et <script>alert(2)</script>\n\n<b>gras ?</b>';
    const nodes = tree(source);
    expect(types(nodes)).toEqual(['p', 'p']);
    expect(nodes).toEqual([
      { type: 'p', children: ['<img src=x onerror=alert(1)> et <script>alert(2)</script>'] },
      { type: 'p', children: ['<b>gras ?</b>'] },
    ]);
  });

  it('never sets dangerouslySetInnerHTML nor event handlers', () => {
    const all = JSON.stringify(tree('<a href="javascript:x" onclick="y">z</a> [a](https://x.org) **b**'));
    expect(all).not.toContain('dangerouslySetInnerHTML');
    expect(all).not.toMatch(/"on[a-z]+"/);
  });
});

describe('variables', () => {
  const variables = { keyword: 'thé vert bio', voucher: 'OLEANE5', evil: '**<b>x</b>**' };

  it('replaces placeholders with the subject values, as text', () => {
    expect(md('Le mot-clé « {{keyword}} », code **{{voucher}}**.', { variables })).toBe(
      '<p>Le mot-clé « thé vert bio », code <strong>OLEANE5</strong>.</p>',
    );
    expect(md('- {{ keyword }}', { variables })).toBe('<ul><li>thé vert bio</li></ul>');
    expect(md('# {{keyword}}', { variables })).toBe('<h1>thé vert bio</h1>');
    expect(md('`{{voucher}}`', { variables })).toBe('<p><code>OLEANE5</code></p>');
  });

  it('does not read a value as Markdown or HTML', () => {
    expect(tree('{{evil}}', { variables })).toEqual([{ type: 'p', children: ['**<b>x</b>**'] }]);
  });

  it('leaves unknown placeholders visible and ignores inherited names', () => {
    expect(md('{{inconnu}} {{constructor}}', { variables })).toBe('<p>{{inconnu}} {{constructor}}</p>');
    expect(substitute('{{keyword}} / {{toString}}', variables)).toBe('thé vert bio / {{toString}}');
  });

  it('substitutes in link targets before checking them', () => {
    expect(md('[boutique]({{site}})', { variables: { site: 'https://shop.example/' } })).toBe(
      '<p><a href="https://shop.example/" target="_blank" rel="noopener noreferrer">boutique</a></p>',
    );
    expect(md('[x]({{site}})', { variables: { site: 'javascript:alert(1)' } })).toBe('<p>x</p>');
  });
});
