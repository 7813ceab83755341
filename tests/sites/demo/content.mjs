// Renders article bodies written in the editor's plain-text, markdown-ish syntax:
// blank-line separated paragraphs, `## ` and `### ` headings, `- ` lists, `**bold**`,
// `[text](url)` links and `![alt](url)` images. Text is escaped first, then the few
// constructs are turned into tags, so no user markup can ever get through.
import { escapeHtml, html, raw } from './html.mjs';

function safeUrl(url) {
  // Only same-site paths and http(s) links: blocks `javascript:` and friends.
  return /^(\/(?!\/)|https?:\/\/)/i.test(url) ? url : '#';
}

function inline(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, url) => `<a href="${safeUrl(url)}">${label}</a>`);
}

function image(alt, url) {
  // An empty alt yields an <img> without alt attribute: the seeded content keeps one such
  // image on purpose, as the accessibility/SEO flaw candidates are asked to spot.
  return html`<figure><img src="${safeUrl(url)}"${alt ? html` alt="${alt}"` : ''} width="480" height="360" loading="lazy"></figure>`;
}

export function renderRichText(text) {
  const blocks = String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);

  return raw(
    blocks
      .map((block) => {
        const img = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(block);
        if (img) return image(img[1], img[2]).value;
        // A single <h1> per page is the article title; deeper levels become h2/h3.
        const heading = /^(#{1,3})\s+(.+)$/.exec(block);
        if (heading) {
          const level = heading[1].length === 3 ? 3 : 2;
          return `<h${level}>${inline(heading[2])}</h${level}>`;
        }
        const lines = block.split('\n');
        if (lines.every((line) => /^[-*]\s+/.test(line))) {
          return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^[-*]\s+/, ''))}</li>`).join('')}</ul>`;
        }
        // « 1. » or « 1) » on every line: a numbered list, as every real editor makes one.
        if (lines.every((line) => /^\d{1,2}[.)]\s+/.test(line))) {
          return `<ol>${lines.map((line) => `<li>${inline(line.replace(/^\d{1,2}[.)]\s+/, ''))}</li>`).join('')}</ol>`;
        }
        return `<p>${lines.map(inline).join('<br>')}</p>`;
      })
      .join('\n'),
  );
}

/** Plain-text word count of an article body, for the admin list and dashboards. */
export function wordCount(text) {
  return (
    String(text ?? '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0
  );
}
