// Static assets generated in code so the demo site ships as plain modules: two style
// sheets and SVG placeholder pictures (no binary files in the repository).
import { createHash } from 'node:crypto';
import { escapeHtml } from './html.mjs';

export const SITE_CSS = `
:root { --green: #2f5d50; --leaf: #6b9a5b; --cream: #faf7f0; --ink: #23302b; --muted: #5f6b66; --line: #d9d3c3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, sans-serif; color: var(--ink); background: var(--cream); }
a { color: var(--green); }
.skip-link { position: absolute; left: -999px; } .skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.site-header { background: var(--green); color: #fff; padding: 1rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
.site-header a { color: #fff; text-decoration: none; } .brand { font-size: 1.4rem; font-weight: 700; } .tagline { margin: 0; font-size: .9rem; opacity: .85; }
.site-nav ul { list-style: none; display: flex; gap: 1.2rem; margin: 0; padding: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
.site-footer { background: #e8e2d2; padding: 1.5rem; font-size: .9rem; } .site-footer ul { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
.breadcrumb ol { list-style: none; display: flex; gap: .4rem; padding: 0; font-size: .9rem; } .breadcrumb li + li::before { content: '›'; margin-right: .4rem; }
.product-grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 1rem; }
.product-card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem; }
.product-card img, .post-card img { width: 100%; height: auto; border-radius: 4px; }
.product-card h3 { font-size: 1rem; margin: .5rem 0; } .price { font-weight: 700; color: var(--green); }
.out-of-stock { color: #a33; } .filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; background: #fff; padding: 1rem; border-radius: 8px; }
.filters .field { margin: 0; } .category-links { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
.pagination ul { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; } .pagination a, .pagination span { padding: .2rem .6rem; border: 1px solid var(--line); border-radius: 4px; display: inline-block; }
.notice { padding: .8rem 1rem; border-radius: 6px; margin: 1rem 0; } .notice-success { background: #e3f1df; } .notice-error { background: #f8e0dd; } .notice-info { background: #e4eef5; }
.field { display: flex; flex-direction: column; gap: .2rem; margin: .8rem 0; } .field-checkbox { flex-direction: row; align-items: center; gap: .5rem; }
.field input, .field textarea, .field select { font: inherit; padding: .4rem; border: 1px solid #aaa; border-radius: 4px; }
.field-error { color: #a33; } .hint { color: var(--muted); }
button, .button { font: inherit; background: var(--green); color: #fff; border: 0; border-radius: 4px; padding: .5rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button[disabled] { opacity: .5; cursor: not-allowed; } .button-secondary { background: #fff; color: var(--green); border: 1px solid var(--green); }
table { border-collapse: collapse; width: 100%; background: #fff; } th, td { border-bottom: 1px solid var(--line); padding: .5rem; text-align: left; vertical-align: top; }
.comments ol { list-style: none; padding-left: 0; } .comments ol ol { padding-left: 2rem; } .comment { background: #fff; padding: .8rem; border-radius: 6px; margin: .6rem 0; }
.post-card { background: #fff; padding: 1rem; border-radius: 8px; margin: 1rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export const ADMIN_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, sans-serif; color: #1d2327; background: #f0f0f1; display: grid; grid-template-columns: 210px 1fr; min-height: 100vh; }
a { color: #2271b1; }
.admin-bar { grid-column: 1 / -1; background: #1d2327; color: #eee; display: flex; justify-content: space-between; align-items: center; padding: .4rem 1rem; }
.admin-bar a, .admin-bar button { color: #eee; background: none; border: 0; font: inherit; cursor: pointer; text-decoration: underline; }
.admin-menu { background: #2c3338; } .admin-menu ul { list-style: none; margin: 0; padding: .5rem 0; }
.admin-menu a { display: block; color: #f0f0f1; padding: .5rem 1rem; text-decoration: none; } .admin-menu a[aria-current="page"] { background: #2271b1; }
.badge { background: #d63638; color: #fff; border-radius: 9px; padding: 0 .4rem; font-size: .75rem; margin-left: .3rem; }
main { padding: 1rem 2rem; max-width: 1200px; }
table { border-collapse: collapse; width: 100%; background: #fff; } th, td { border-bottom: 1px solid #dcdcde; padding: .5rem; text-align: left; vertical-align: top; }
.field { display: flex; flex-direction: column; gap: .2rem; margin: .8rem 0; max-width: 720px; } .field-checkbox { flex-direction: row; align-items: center; gap: .5rem; }
.field input, .field textarea, .field select { font: inherit; padding: .4rem; border: 1px solid #8c8f94; border-radius: 4px; }
fieldset { border: 1px solid #dcdcde; background: #fff; margin: 1rem 0; padding: .5rem 1rem; max-width: 760px; }
.field-error { color: #d63638; } .hint { color: #646970; }
button, .button { font: inherit; background: #2271b1; color: #fff; border: 0; border-radius: 3px; padding: .4rem .9rem; cursor: pointer; text-decoration: none; display: inline-block; }
.button-secondary { background: #f6f7f7; color: #2271b1; border: 1px solid #2271b1; } button[disabled] { opacity: .45; cursor: default; }
.notice { padding: .6rem 1rem; border-left: 4px solid #72aee6; background: #fff; margin: 1rem 0; } .notice-success { border-color: #00a32a; } .notice-error { border-color: #d63638; }
.subsubsub { list-style: none; display: flex; gap: .8rem; padding: 0; } .subsubsub a[aria-current="page"] { font-weight: 700; color: #1d2327; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 1rem; } .card { background: #fff; padding: 1rem; border: 1px solid #dcdcde; }
.card strong { font-size: 1.6rem; display: block; } .row-actions { display: flex; flex-wrap: wrap; gap: .3rem; }
.pagination ul { list-style: none; display: flex; gap: .3rem; padding: 0; } .login-box { max-width: 340px; margin: 4rem auto; background: #fff; padding: 1.5rem; }
body.login { display: block; }
`;

const PALETTE = ['#6b9a5b', '#2f5d50', '#b5651d', '#8c6f4a', '#5b7c99', '#9b4d6b', '#c49a2c', '#4f7a6f'];

/**
 * A placeholder picture for `/images/<name>.svg`: its colour is derived from the name so
 * that each product or article keeps the same image between runs.
 */
export function placeholderSvg(name) {
  const digest = createHash('sha1').update(name).digest();
  const background = PALETTE[digest[0] % PALETTE.length];
  const label = escapeHtml(name.replace(/-/g, ' '));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360" role="img">
<rect width="480" height="360" fill="${background}"/>
<circle cx="${120 + (digest[1] % 240)}" cy="${100 + (digest[2] % 160)}" r="70" fill="#ffffff" opacity=".18"/>
<text x="240" y="190" font-family="system-ui, sans-serif" font-size="22" fill="#fff" text-anchor="middle">${label}</text>
</svg>`;
}
