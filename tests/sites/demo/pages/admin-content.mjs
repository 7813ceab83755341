// Back office: articles (list and editor saving through the JSON API) and comment moderation.
import { MODERATION_ACTIONS, serializePost } from '../api.mjs';
import { wordCount } from '../content.mjs';
import { inputField, textareaField } from '../forms.mjs';
import { formatDate, formatDateTime, html, raw, scriptJson } from '../html.mjs';
import { adminPage } from '../layout.mjs';
import { notFound } from './public.mjs';

const STATUS_LABELS = { publish: 'Publié', draft: 'Brouillon', pending: 'En attente de relecture' };

export function articlesList(ctx) {
  const posts = [...ctx.data.posts].sort((a, b) => b.id - a.id);
  const body = html`<h1>Articles <a class="button button-secondary" href="/admin/articles/new" id="add-post">Ajouter un article</a></h1>
<table id="posts-table"><thead><tr><th scope="col">Titre</th><th scope="col">État</th><th scope="col">Catégories</th><th scope="col">Mot-clé principal</th><th scope="col">Mots</th><th scope="col">Commentaires</th><th scope="col">Date</th></tr></thead>
<tbody>${posts.map(
    (p) => html`<tr data-post-id="${p.id}" data-status="${p.status}">
  <td><a href="/admin/articles/${p.id}"><strong>${p.title || '(sans titre)'}</strong></a>
    <div class="row-actions"><a href="/admin/articles/${p.id}">Modifier</a>${p.status === 'publish' ? html` · <a href="/blog/${p.slug}">Voir</a>` : html` · <a href="/blog/${p.slug}">Prévisualiser</a>`}</div></td>
  <td>${STATUS_LABELS[p.status] ?? p.status}</td><td>${p.categories.join(', ') || '—'}</td><td>${p.meta.focusKeyword || '—'}</td>
  <td>${wordCount(p.content)}</td><td>${ctx.data.comments.filter((c) => c.postId === p.id && c.status !== 'trash').length}</td>
  <td>${p.date ? formatDate(p.date) : html`<em>Dernière modification : ${formatDateTime(p.modified)}</em>`}</td>
</tr>`,
  )}</tbody></table>`;
  ctx.html(200, adminPage(ctx, { title: 'Articles', active: '/admin/articles', body }));
}

// The editor saves like a block editor: fetch() to the JSON API. A new post is created with
// every field; afterwards only the fields that differ from the last saved version are sent,
// with X-HTTP-Method-Override: PUT, as WordPress does behind restrictive proxies.
const EDITOR_SCRIPT = `
(() => {
  const form = document.getElementById('post-editor');
  const message = document.getElementById('editor-message');
  const statusOutput = document.getElementById('post-status');
  const draftButton = document.getElementById('save-draft');
  const publishButton = document.getElementById('publish');
  const LABELS = ${scriptJson(STATUS_LABELS)};
  let saved = JSON.parse(document.getElementById('post-data').textContent);

  function read() {
    const f = form.elements;
    return {
      title: f.title.value,
      slug: f.slug.value,
      excerpt: f.excerpt.value,
      content: f.content.value,
      meta: { title: f.meta_title.value, description: f.meta_description.value, focusKeyword: f.focus_keyword.value },
      image: { url: f.image_url.value, alt: f.image_alt.value },
      categories: Array.from(form.querySelectorAll('input[name="categories"]:checked'), (i) => i.value),
      tags: f.tags.value.split(',').map((t) => t.trim()).filter(Boolean),
    };
  }

  function fill(post) {
    const f = form.elements;
    f.title.value = post.title; f.slug.value = post.slug; f.excerpt.value = post.excerpt; f.content.value = post.content;
    f.meta_title.value = post.meta.title; f.meta_description.value = post.meta.description; f.focus_keyword.value = post.meta.focusKeyword;
    f.image_url.value = post.image.url; f.image_alt.value = post.image.alt; f.tags.value = post.tags.join(', ');
    for (const box of form.querySelectorAll('input[name="categories"]')) box.checked = post.categories.includes(box.value);
  }

  function changed(current, base) {
    const out = {};
    for (const [key, value] of Object.entries(current)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const nested = changed(value, (base && base[key]) || {});
        if (Object.keys(nested).length) out[key] = nested;
      } else if (JSON.stringify(value) !== JSON.stringify(base ? base[key] : undefined)) {
        out[key] = value;
      }
    }
    return out;
  }

  function refreshButtons() {
    const status = saved ? saved.status : 'draft';
    statusOutput.textContent = LABELS[status] || status;
    publishButton.textContent = status === 'publish' ? 'Mettre à jour' : 'Publier';
    draftButton.textContent = status === 'publish' ? 'Passer en brouillon' : 'Enregistrer le brouillon';
  }

  function say(text, kind, link) {
    message.className = 'notice notice-' + kind;
    message.textContent = text + ' ';
    if (link) {
      const a = document.createElement('a');
      a.href = link.href; a.textContent = link.label;
      message.append(a);
    }
  }

  async function save(targetStatus) {
    const current = read();
    let url = '/admin/api/posts';
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    let body;
    if (!saved) {
      body = Object.assign(current, { status: targetStatus });
    } else {
      url += '/' + saved.id;
      headers['X-HTTP-Method-Override'] = 'PUT';
      body = changed(current, saved);
      if (saved.status !== targetStatus) body.status = targetStatus;
      if (!Object.keys(body).length) { say('Aucune modification à enregistrer.', 'info'); return; }
    }
    draftButton.disabled = publishButton.disabled = true;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
      const result = await response.json();
      if (!response.ok) { say('Erreur : ' + (result.message || response.status), 'error'); return; }
      const created = !saved;
      saved = result;
      fill(saved);
      refreshButtons();
      if (created) history.replaceState(null, '', '/admin/articles/' + saved.id);
      const published = saved.status === 'publish';
      say(published ? 'Article publié.' : 'Brouillon enregistré.', 'success',
        { href: saved.link, label: published ? 'Voir l’article' : 'Prévisualiser' });
    } catch (error) {
      say('Erreur réseau : ' + error.message, 'error');
    } finally {
      draftButton.disabled = publishButton.disabled = false;
    }
  }

  draftButton.addEventListener('click', () => save('draft'));
  publishButton.addEventListener('click', () => save('publish'));
  form.addEventListener('submit', (event) => { event.preventDefault(); save(saved ? saved.status : 'draft'); });
  refreshButtons();
})();
`;

function editorPage(ctx, post) {
  const p = post ?? {
    title: '',
    slug: '',
    status: 'draft',
    excerpt: '',
    content: '',
    meta: { title: '', description: '', focusKeyword: '' },
    image: { url: '', alt: '' },
    categories: [],
    tags: [],
  };
  const heading = post ? 'Modifier l’article' : 'Ajouter un article';
  const body = html`<h1>${heading}</h1>
<form id="post-editor" data-post-id="${post?.id ?? ''}" novalidate>
  ${inputField({ id: 'post-title', name: 'title', label: 'Titre', value: p.title, required: true })}
  ${inputField({ id: 'post-slug', name: 'slug', label: 'Slug (adresse de l’article)', value: p.slug, hint: 'Laissez vide pour le générer à partir du titre.' })}
  ${textareaField({ id: 'post-excerpt', name: 'excerpt', label: 'Extrait', value: p.excerpt, rows: 3 })}
  ${textareaField({ id: 'post-content', name: 'content', label: 'Contenu', value: p.content, rows: 14, hint: 'Paragraphes séparés par une ligne vide ; « ## » pour un intertitre, « ### » pour un sous-titre, « - » pour une liste, ![texte alternatif](adresse) pour une image.' })}
  <fieldset><legend>Référencement (SEO)</legend>
    ${inputField({ id: 'post-meta-title', name: 'meta_title', label: 'Méta-titre', value: p.meta.title, hint: 'Idéalement 50 à 60 caractères.' })}
    ${textareaField({ id: 'post-meta-description', name: 'meta_description', label: 'Méta-description', value: p.meta.description, rows: 2, hint: 'Idéalement 120 à 155 caractères.' })}
    ${inputField({ id: 'post-focus-keyword', name: 'focus_keyword', label: 'Mot-clé principal', value: p.meta.focusKeyword })}
  </fieldset>
  <fieldset><legend>Image mise en avant</legend>
    ${inputField({ id: 'post-image-url', name: 'image_url', label: 'Adresse de l’image', value: p.image.url, placeholder: '/images/mon-image.svg' })}
    ${inputField({ id: 'post-image-alt', name: 'image_alt', label: 'Texte alternatif de l’image', value: p.image.alt })}
  </fieldset>
  <fieldset><legend>Catégories</legend>
    ${ctx.data.postCategories.map(
      (name, index) =>
        html`<p class="field field-checkbox"><input type="checkbox" id="post-category-${index}" name="categories" value="${name}"${p.categories.includes(name) ? raw(' checked') : ''}><label for="post-category-${index}">${name}</label></p>`,
    )}
  </fieldset>
  ${inputField({ id: 'post-tags', name: 'tags', label: 'Étiquettes', value: p.tags.join(', '), hint: 'Séparées par des virgules.' })}
  <p>État : <output id="post-status" for="save-draft publish">${STATUS_LABELS[p.status] ?? p.status}</output></p>
  <p>
    <button type="button" id="save-draft" class="button-secondary">Enregistrer le brouillon</button>
    <button type="button" id="publish">Publier</button>
  </p>
  <div id="editor-message" role="status" aria-live="polite"></div>
</form>
<script type="application/json" id="post-data">${raw(scriptJson(post ? serializePost(ctx, post) : null))}</script>`;
  ctx.html(
    200,
    adminPage(ctx, {
      title: heading,
      active: '/admin/articles',
      body,
      scripts: html`<script>${raw(EDITOR_SCRIPT)}</script>`,
    }),
  );
}

export function articleNew(ctx) {
  editorPage(ctx, null);
}

export function articleEdit(ctx, { id }) {
  const post = ctx.data.posts.find((p) => p.id === Number(id));
  if (!post) return notFound(ctx);
  editorPage(ctx, post);
}

const COMMENT_FILTERS = [
  { value: 'all', label: 'Tous' },
  { value: 'pending', label: 'En attente' },
  { value: 'approved', label: 'Approuvés' },
  { value: 'spam', label: 'Indésirables' },
  { value: 'trash', label: 'Corbeille' },
];

const COMMENT_STATUS_LABELS = {
  pending: 'En attente',
  approved: 'Approuvé',
  spam: 'Indésirable',
  trash: 'Corbeille',
};

const ACTION_LABELS = {
  approve: 'Approuver',
  unapprove: 'Désapprouver',
  spam: 'Indésirable',
  trash: 'Corbeille',
};

// Moderation buttons call the JSON API and update the row in place; replies are posted the
// same way and shown under the comment.
const COMMENTS_SCRIPT = `
(() => {
  const table = document.getElementById('comments-table');
  const notice = document.getElementById('moderation-message');
  const STATUS_FOR = ${scriptJson(MODERATION_ACTIONS)};
  const LABELS = ${scriptJson(COMMENT_STATUS_LABELS)};
  if (!table) return;

  function say(text, kind) { notice.className = 'notice notice-' + kind; notice.textContent = text; }

  async function call(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    const result = await response.json();
    if (!response.ok) throw new Error(result.message || String(response.status));
    return result;
  }

  function showStatus(row, status) {
    row.dataset.status = status;
    row.querySelector('.comment-status').textContent = LABELS[status];
    for (const button of row.querySelectorAll('button[data-action]')) button.disabled = STATUS_FOR[button.dataset.action] === status;
  }

  table.addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const row = button.closest('tr[data-comment-id]');
    const id = row.dataset.commentId;
    if (button.dataset.action) {
      try {
        const comment = await call('/admin/api/comments/' + id + '/moderate', { action: button.dataset.action });
        showStatus(row, comment.status);
        say('Commentaire de ' + comment.author + ' : ' + LABELS[comment.status] + '.', 'success');
      } catch (error) { say('Erreur : ' + error.message, 'error'); }
    } else if (button.dataset.replyToggle !== undefined) {
      const form = row.querySelector('.reply-form');
      form.hidden = !form.hidden;
      if (!form.hidden) form.querySelector('textarea').focus();
    }
  });

  table.addEventListener('submit', async (event) => {
    const form = event.target.closest('.reply-form');
    if (!form) return;
    event.preventDefault();
    const row = form.closest('tr[data-comment-id]');
    const textarea = form.querySelector('textarea');
    try {
      // Like WordPress's approve_parent: answering a pending comment asks for its approval too.
      const body = { content: textarea.value };
      if (row.dataset.status === 'pending') body.approveParent = true;
      const reply = await call('/admin/api/comments/' + row.dataset.commentId + '/reply', body);
      if (row.dataset.status === 'pending') showStatus(row, 'approved');
      const item = document.createElement('p');
      item.className = 'reply';
      item.textContent = 'Votre réponse : ' + reply.content;
      form.before(item);
      textarea.value = '';
      form.hidden = true;
      say('Réponse publiée.', 'success');
    } catch (error) { say('Erreur : ' + error.message, 'error'); }
  });
})();
`;

export function commentsPage(ctx) {
  const filter = COMMENT_FILTERS.some((f) => f.value === ctx.query.get('statut'))
    ? ctx.query.get('statut')
    : 'all';
  const { comments, posts } = ctx.data;
  const count = (status) =>
    status === 'all'
      ? comments.filter((c) => c.status !== 'trash').length
      : comments.filter((c) => c.status === status).length;
  // « Tous » hides the bin, as in WordPress.
  const shown = comments
    .filter((c) => (filter === 'all' ? c.status !== 'trash' : c.status === filter))
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const body = html`<h1>Commentaires</h1>
<nav aria-label="Filtrer les commentaires"><ul class="subsubsub">${COMMENT_FILTERS.map(
    (f) =>
      html`<li><a href="/admin/commentaires${f.value === 'all' ? '' : `?statut=${f.value}`}"${f.value === filter ? raw(' aria-current="page"') : ''}>${f.label} (<span data-count="${f.value}">${count(f.value)}</span>)</a></li>`,
  )}</ul></nav>
<div id="moderation-message" role="status" aria-live="polite"></div>
${
  shown.length
    ? html`<table id="comments-table"><thead><tr><th scope="col">Auteur</th><th scope="col">Commentaire</th><th scope="col">En réponse à</th><th scope="col">État</th><th scope="col">Date</th></tr></thead>
<tbody>${shown.map((c) => {
        const post = posts.find((p) => p.id === c.postId);
        return html`<tr data-comment-id="${c.id}" data-status="${c.status}">
  <td><strong>${c.author}</strong><br><small>${c.email}</small></td>
  <td><div class="comment-content">${c.content}</div>
    <div class="row-actions">${Object.entries(ACTION_LABELS).map(
      ([action, label]) =>
        html`<button type="button" class="button-secondary" data-action="${action}"${MODERATION_ACTIONS[action] === c.status ? raw(' disabled') : ''}>${label}</button>`,
    )}<button type="button" class="button-secondary" data-reply-toggle>Répondre</button></div>
    <form class="reply-form" hidden>
      <p class="field"><label for="reply-${c.id}">Réponse à ${c.author}</label><textarea id="reply-${c.id}" name="content" rows="3" required></textarea></p>
      <p><button type="submit">Publier la réponse</button></p>
    </form></td>
  <td>${post ? html`<a href="/admin/articles/${post.id}">${post.title}</a>` : '—'}${c.parentId ? html`<br><small>Réponse au commentaire n° ${c.parentId}</small>` : ''}</td>
  <td class="comment-status">${COMMENT_STATUS_LABELS[c.status]}</td>
  <td>${formatDateTime(c.date)}</td>
</tr>`;
      })}</tbody></table>`
    : html`<p>Aucun commentaire.</p>`
}`;
  ctx.html(
    200,
    adminPage(ctx, {
      title: 'Commentaires',
      active: '/admin/commentaires',
      body,
      scripts: html`<script>${raw(COMMENTS_SCRIPT)}</script>`,
    }),
  );
}
