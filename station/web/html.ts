/** Server-rendered page frames: escaped text only, French first, one stylesheet. */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface Frame {
  title: string;
  body: string;
  script?: string;
  warning?: string | null;
  user?: string | null;
  /** Extra tags for <head> (already escaped by the caller). */
  head?: string;
  /** `data-theme` on <html>, for pages that host the grid editor's components. */
  theme?: string;
}

export const page = ({ title, body, script, warning, user, head, theme }: Frame): string => `<!doctype html>
<html lang="fr"${theme ? ` data-theme="${escapeHtml(theme)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Témoin, station</title>
<link rel="stylesheet" href="/web/station.css">
${script ? `<script type="module" src="/web/${escapeHtml(script)}"></script>` : ''}
${head ?? ''}
</head>
<body>
<header class="bar">
  <span class="brand">Témoin — station de l’examinateur</span>
  ${user ? `<form method="post" action="/logout" class="logout"><span>${escapeHtml(user)}</span> <button type="submit" class="secondary">Se déconnecter</button></form>` : ''}
</header>
${warning ? `<p role="alert" class="warning" data-testid="insecure-warning">${escapeHtml(warning)}</p>` : ''}
<main id="main">
${body}
</main>
</body>
</html>`;
