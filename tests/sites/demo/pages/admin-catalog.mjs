// Back office: catalogue categories with their SEO fields, information (CMS) pages, and the
// status and tracking number of an order — the e-commerce subject's questions on categories,
// a CMS page and an order status. Classic urlencoded forms: a success redirects (303) with a
// notice, a refusal answers 422 with the form and its errors.
import { errorSummary, inputField, selectField, textareaField } from '../forms.mjs';
import { formatPrice, html, raw } from '../html.mjs';
import { adminPage, publicPage } from '../layout.mjs';
import { isSlug } from '../text.mjs';
import { notFound } from './public.mjs';

/** The order states of the demo shop, as PrestaShop names its default ones. */
export const ORDER_STATES = [
  'En attente de paiement',
  'Paiement accepté (simulation)',
  'En cours de préparation',
  'Expédiée',
  'Livrée',
  'Annulée',
  'Remboursée',
  'Retour accepté',
];

const fieldOf = (form) => (name) => (form.get(name) ?? '').trim();

function categoryForm(ctx, { values = {}, errors = {}, status = 200 } = {}) {
  const v = {
    name: '',
    description: '',
    meta_title: '',
    meta_description: '',
    url_key: '',
    active: '1',
    ...values,
  };
  const body = html`<h1>Nouvelle catégorie</h1>
${errorSummary(errors)}
<form method="post" action="/admin/categories" id="category-form" novalidate>
  ${inputField({ id: 'category-name', name: 'name', label: 'Nom', value: v.name, required: true, error: errors.name })}
  ${textareaField({ id: 'category-description', name: 'description', label: 'Description', value: v.description })}
  ${selectField({
    id: 'category-active',
    name: 'active',
    label: 'Affichée',
    value: v.active,
    options: [
      { value: '1', label: 'Oui' },
      { value: '0', label: 'Non' },
    ],
  })}
  <fieldset><legend>Référencement (SEO)</legend>
    ${inputField({ id: 'category-meta-title', name: 'meta_title', label: 'Balise titre', value: v.meta_title })}
    ${textareaField({ id: 'category-meta-description', name: 'meta_description', label: 'Méta description', value: v.meta_description, rows: 3 })}
    ${inputField({ id: 'category-url-key', name: 'url_key', label: 'URL simplifiée', value: v.url_key, required: true, error: errors.url_key, hint: 'Minuscules, chiffres et tirets.' })}
  </fieldset>
  <p><button type="submit" id="save-category">Enregistrer</button> <a href="/admin/categories">Annuler</a></p>
</form>`;
  ctx.html(status, adminPage(ctx, { title: 'Nouvelle catégorie', active: '/admin/categories', body }));
}

export function categoriesList(ctx) {
  const created = ctx.query.get('cree');
  const messages = created
    ? [{ type: 'success', text: `La catégorie « ${created} » a été créée.`, tag: 'category-created' }]
    : [];
  const body = html`<h1>Catégories <a class="button button-secondary" href="/admin/categories/new" id="add-category">Ajouter une catégorie</a></h1>
<table id="categories-table"><thead><tr><th scope="col">Nom</th><th scope="col">URL simplifiée</th><th scope="col">Balise titre</th><th scope="col">Affichée</th></tr></thead>
<tbody>${ctx.data.catalogCategories.map(
    (c) =>
      html`<tr data-category-id="${c.id}"><td>${c.name}</td><td>${c.urlKey}</td><td>${c.metaTitle || '—'}</td><td>${c.active ? 'Oui' : 'Non'}</td></tr>`,
  )}</tbody></table>`;
  ctx.html(200, adminPage(ctx, { title: 'Catégories', active: '/admin/categories', body, messages }));
}

export function categoryNew(ctx) {
  categoryForm(ctx);
}

export async function categoryCreate(ctx) {
  const field = fieldOf(await ctx.readForm());
  const values = Object.fromEntries(
    ['name', 'description', 'meta_title', 'meta_description', 'url_key', 'active'].map((n) => [n, field(n)]),
  );
  const errors = {};
  if (!values.name) errors.name = 'Le nom de la catégorie est obligatoire.';
  if (!isSlug(values.url_key))
    errors.url_key = 'L’URL simplifiée ne peut contenir que des minuscules, des chiffres et des tirets.';
  else if (ctx.data.catalogCategories.some((c) => c.urlKey === values.url_key))
    errors.url_key = `L’URL « ${values.url_key} » est déjà utilisée par une autre catégorie.`;
  if (Object.keys(errors).length) return categoryForm(ctx, { values, errors, status: 422 });
  ctx.data.catalogCategories.push({
    id: ctx.store.nextId('category'),
    name: values.name,
    description: values.description,
    metaTitle: values.meta_title,
    metaDescription: values.meta_description,
    urlKey: values.url_key,
    active: values.active !== '0',
  });
  ctx.redirect(`/admin/categories?cree=${encodeURIComponent(values.name)}`);
}

function cmsForm(ctx, { values = {}, errors = {}, status = 200 } = {}) {
  const v = {
    title: '',
    meta_title: '',
    meta_description: '',
    slug: '',
    content: '',
    displayed: '1',
    ...values,
  };
  const body = html`<h1>Nouvelle page d’information</h1>
${errorSummary(errors)}
<form method="post" action="/admin/pages" id="cms-page-form" novalidate>
  ${inputField({ id: 'cms-title', name: 'title', label: 'Titre', value: v.title, required: true, error: errors.title })}
  ${textareaField({ id: 'cms-content', name: 'content', label: 'Contenu', value: v.content, rows: 10, required: true, error: errors.content })}
  ${selectField({
    id: 'cms-displayed',
    name: 'displayed',
    label: 'Affichée',
    value: v.displayed,
    options: [
      { value: '1', label: 'Oui' },
      { value: '0', label: 'Non' },
    ],
  })}
  <fieldset><legend>Référencement (SEO)</legend>
    ${inputField({ id: 'cms-meta-title', name: 'meta_title', label: 'Balise titre', value: v.meta_title })}
    ${textareaField({ id: 'cms-meta-description', name: 'meta_description', label: 'Méta description', value: v.meta_description, rows: 3 })}
    ${inputField({ id: 'cms-slug', name: 'slug', label: 'URL simplifiée', value: v.slug, required: true, error: errors.slug })}
  </fieldset>
  <p><button type="submit" id="save-cms-page">Enregistrer</button> <a href="/admin/pages">Annuler</a></p>
</form>`;
  ctx.html(status, adminPage(ctx, { title: 'Nouvelle page d’information', active: '/admin/pages', body }));
}

export function cmsPagesList(ctx) {
  const created = ctx.query.get('cree');
  const messages = created
    ? [{ type: 'success', text: `La page « ${created} » a été créée.`, tag: 'cms-page-created' }]
    : [];
  const body = html`<h1>Pages d’information <a class="button button-secondary" href="/admin/pages/new" id="add-cms-page">Ajouter une page</a></h1>
<table id="cms-pages-table"><thead><tr><th scope="col">Titre</th><th scope="col">Adresse</th><th scope="col">Affichée</th></tr></thead>
<tbody>${ctx.data.cmsPages.map(
    (p) =>
      html`<tr data-cms-page-id="${p.id}"><td>${p.title}</td><td><a href="/page/${p.slug}">/page/${p.slug}</a></td><td>${p.displayed ? 'Oui' : 'Non'}</td></tr>`,
  )}</tbody></table>`;
  ctx.html(200, adminPage(ctx, { title: 'Pages d’information', active: '/admin/pages', body, messages }));
}

export function cmsPageNew(ctx) {
  cmsForm(ctx);
}

export async function cmsPageCreate(ctx) {
  const field = fieldOf(await ctx.readForm());
  const values = Object.fromEntries(
    ['title', 'content', 'displayed', 'meta_title', 'meta_description', 'slug'].map((n) => [n, field(n)]),
  );
  const errors = {};
  if (!values.title) errors.title = 'Le titre de la page est obligatoire.';
  if (!values.content) errors.content = 'Le contenu de la page est obligatoire.';
  if (!isSlug(values.slug))
    errors.slug = 'L’URL simplifiée ne peut contenir que des minuscules, des chiffres et des tirets.';
  else if (ctx.data.cmsPages.some((p) => p.slug === values.slug))
    errors.slug = `L’URL « ${values.slug} » est déjà utilisée par une autre page.`;
  if (Object.keys(errors).length) return cmsForm(ctx, { values, errors, status: 422 });
  ctx.data.cmsPages.push({
    id: ctx.store.nextId('cmsPage'),
    title: values.title,
    content: values.content,
    displayed: values.displayed !== '0',
    metaTitle: values.meta_title,
    metaDescription: values.meta_description,
    slug: values.slug,
  });
  ctx.redirect(`/admin/pages?cree=${encodeURIComponent(values.title)}`);
}

/** The public page of a displayed CMS page; its paragraphs are the lines of the content. */
export function cmsPublicPage(ctx, { slug }) {
  const page = ctx.data.cmsPages.find((p) => p.slug === slug && p.displayed);
  if (!page) return notFound(ctx);
  const paragraphs = page.content.split(/\n+/).filter(Boolean);
  ctx.html(
    200,
    publicPage(ctx, {
      title: page.metaTitle || `${page.title} — ${ctx.data.settings.siteTitle}`,
      description: page.metaDescription,
      canonicalPath: `/page/${slug}`,
      body: html`<h1>${page.title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}`,
    }),
  );
}

export function orderPage(ctx, { id }, { errors = {}, status = 200 } = {}) {
  const order = ctx.data.orders.find((o) => o.id === id);
  if (!order) return notFound(ctx);
  const updated = ctx.query.get('modifiee') === '1';
  const messages = updated
    ? [{ type: 'success', text: `La commande ${order.id} a été mise à jour.`, tag: 'order-updated' }]
    : [];
  const body = html`<h1>Commande ${order.id}</h1>
${errorSummary(errors)}
<p>Client : ${order.customer.firstName} ${order.customer.lastName} — total ${formatPrice(order.total)}.</p>
<p>État actuel : <strong id="order-status" data-order-status="${order.status}">${order.status}</strong>${order.trackingNumber ? raw(' — ') : ''}${order.trackingNumber ? html`suivi <span id="order-tracking">${order.trackingNumber}</span>` : ''}</p>
<form method="post" action="/admin/commandes/${order.id}/etat" id="order-status-form" novalidate>
  ${selectField({ id: 'order-new-status', name: 'status', label: 'Nouvel état', value: order.status, options: ORDER_STATES.map((s) => ({ value: s, label: s })), error: errors.status })}
  ${inputField({ id: 'order-tracking-number', name: 'tracking_number', label: 'Numéro de suivi', value: order.trackingNumber ?? '', error: errors.tracking_number })}
  <p><button type="submit" id="save-order-status">Mettre à jour</button> <a href="/admin/commandes">Retour aux commandes</a></p>
</form>`;
  ctx.html(
    status,
    adminPage(ctx, { title: `Commande ${order.id}`, active: '/admin/commandes', body, messages }),
  );
}

export async function orderStatusSave(ctx, { id }) {
  const order = ctx.data.orders.find((o) => o.id === id);
  if (!order) return notFound(ctx);
  const field = fieldOf(await ctx.readForm());
  const status = field('status');
  const tracking = field('tracking_number');
  const errors = {};
  if (!ORDER_STATES.includes(status)) errors.status = 'Choisissez un état de la liste.';
  if (tracking && !/^[A-Z0-9-]{6,40}$/i.test(tracking))
    errors.tracking_number =
      'Le numéro de suivi ne contient que des lettres, des chiffres et des tirets (6 à 40).';
  if (Object.keys(errors).length) return orderPage(ctx, { id }, { errors, status: 422 });
  order.status = status;
  order.trackingNumber = tracking || null;
  ctx.redirect(`/admin/commandes/${order.id}?modifiee=1`);
}
