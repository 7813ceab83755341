// Back office: products (classic urlencoded form) and vouchers (bons de réduction).
import { categoryBySlug } from '../catalog.mjs';
import { errorSummary, inputField, selectField, textareaField } from '../forms.mjs';
import { formatDate, formatPrice, html, plainEuros } from '../html.mjs';
import { adminPage, pagination } from '../layout.mjs';
import { PRODUCT_CATEGORIES } from '../seed.mjs';
import { foldText, isSlug, parseCount, parseEuros } from '../text.mjs';
import { describeReduction, findVoucher, normalizeCode } from '../vouchers.mjs';
import { notFound } from './public.mjs';

const ADMIN_PAGE_SIZE = 50;
const CATEGORY_OPTIONS = PRODUCT_CATEGORIES.map((c) => ({ value: c.slug, label: c.name }));

export function productsList(ctx) {
  const q = (ctx.query.get('q') ?? '').trim();
  const words = foldText(q).split(/\s+/).filter(Boolean);
  const matches = ctx.data.products.filter((p) => {
    const haystack = foldText(`${p.name} ${p.reference}`);
    return words.every((w) => haystack.includes(w));
  });
  const pages = Math.max(1, Math.ceil(matches.length / ADMIN_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(ctx.query.get('page') ?? '1', 10) || 1));
  const items = matches.slice((page - 1) * ADMIN_PAGE_SIZE, page * ADMIN_PAGE_SIZE);
  const hrefFor = (n) => `/admin/produits?${new URLSearchParams({ ...(q && { q }), page: String(n) })}`;
  const body = html`<h1>Produits</h1>
<form method="get" action="/admin/produits" role="search">
  ${inputField({ id: 'product-search', name: 'q', label: 'Rechercher un produit', type: 'search', value: q })}
  <p><button type="submit">Rechercher</button></p>
</form>
<p>${matches.length} produit${matches.length > 1 ? 's' : ''}.</p>
<table id="products-table"><thead><tr><th scope="col">ID</th><th scope="col">Référence</th><th scope="col">Nom</th><th scope="col">Catégorie</th><th scope="col">Prix TTC</th><th scope="col">Stock</th><th scope="col">Actions</th></tr></thead>
<tbody>${items.map(
    (
      p,
    ) => html`<tr data-product-id="${p.id}"><td>${p.id}</td><td>${p.reference}</td><td>${p.name}</td><td>${categoryBySlug(p.category)?.name}</td>
<td>${formatPrice(p.price)}</td><td>${p.stock}</td><td><a href="/admin/produits/${p.id}">Modifier<span class="visually-hidden"> ${p.name}</span></a></td></tr>`,
  )}</tbody></table>
${pagination({ page, pages }, hrefFor)}`;
  ctx.html(200, adminPage(ctx, { title: 'Produits', active: '/admin/produits', body }));
}

function productForm(ctx, product, { values, errors = {}, status = 200 } = {}) {
  const v = values ?? {
    name: product.name,
    price: plainEuros(product.price),
    stock: String(product.stock),
    category: product.category,
    short_description: product.shortDescription,
    description: product.description,
    meta_title: product.meta.title,
    meta_description: product.meta.description,
    link_rewrite: product.slug,
  };
  const messages =
    ctx.query.get('enregistre') === '1'
      ? [{ type: 'success', text: 'Produit enregistré.', tag: 'saved' }]
      : [];
  const body = html`<h1>Modifier le produit « ${product.name} »</h1>
<p>Référence ${product.reference} · <a href="/produits/${product.slug}">Voir la fiche en ligne</a></p>
${errorSummary(errors)}
<form method="post" action="/admin/produits/${product.id}" id="product-form" novalidate>
  <fieldset><legend>Informations essentielles</legend>
    ${inputField({ id: 'product-name', name: 'name', label: 'Nom du produit', value: v.name, required: true, error: errors.name })}
    ${inputField({ id: 'product-price', name: 'price', label: 'Prix de vente TTC (€)', value: v.price, required: true, inputmode: 'decimal', error: errors.price })}
    ${inputField({ id: 'product-stock', name: 'stock', label: 'Quantité en stock', type: 'number', min: '0', value: v.stock, required: true, error: errors.stock })}
    ${selectField({ id: 'product-category', name: 'category', label: 'Catégorie', value: v.category, options: CATEGORY_OPTIONS, error: errors.category })}
    ${textareaField({ id: 'product-short-description', name: 'short_description', label: 'Résumé', value: v.short_description, rows: 3 })}
    ${textareaField({ id: 'product-description', name: 'description', label: 'Description', value: v.description, rows: 8 })}
  </fieldset>
  <fieldset><legend>Référencement (SEO)</legend>
    ${inputField({ id: 'product-meta-title', name: 'meta_title', label: 'Balise titre (meta title)', value: v.meta_title, hint: 'Laissez vide pour utiliser le nom du produit.' })}
    ${textareaField({ id: 'product-meta-description', name: 'meta_description', label: 'Méta-description', value: v.meta_description, rows: 2, hint: 'Laissez vide pour utiliser le résumé.' })}
    ${inputField({ id: 'product-link-rewrite', name: 'link_rewrite', label: 'URL simplifiée', value: v.link_rewrite, required: true, error: errors.link_rewrite, hint: 'Lettres minuscules sans accents, chiffres et tirets.' })}
  </fieldset>
  <p><button type="submit" id="save-product">Enregistrer</button> <a href="/admin/produits">Retour à la liste</a></p>
</form>`;
  ctx.html(
    status,
    adminPage(ctx, {
      title: `Modifier le produit ${product.reference}`,
      active: '/admin/produits',
      body,
      messages,
    }),
  );
}

function findProduct(ctx, id) {
  return ctx.data.products.find((p) => p.id === Number(id)) ?? null;
}

export function productEdit(ctx, { id }) {
  const product = findProduct(ctx, id);
  if (!product) return notFound(ctx);
  productForm(ctx, product);
}

export async function productSave(ctx, { id }) {
  const product = findProduct(ctx, id);
  if (!product) return notFound(ctx);
  const form = await ctx.readForm();
  const field = (name) => (form.get(name) ?? '').trim();
  const values = Object.fromEntries(
    [
      'name',
      'price',
      'stock',
      'category',
      'short_description',
      'description',
      'meta_title',
      'meta_description',
      'link_rewrite',
    ].map((name) => [name, field(name)]),
  );
  const errors = {};
  const price = parseEuros(values.price);
  const stock = parseCount(values.stock);
  if (!values.name) errors.name = 'Le nom du produit est obligatoire.';
  if (Number.isNaN(price)) errors.price = 'Le prix doit être un montant positif, par exemple 12,50.';
  if (Number.isNaN(stock)) errors.stock = 'Le stock doit être un nombre entier positif ou nul.';
  if (!categoryBySlug(values.category)) errors.category = 'Choisissez une catégorie de la liste.';
  if (!isSlug(values.link_rewrite)) {
    errors.link_rewrite =
      'L’URL simplifiée ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets.';
  } else if (ctx.data.products.some((p) => p.id !== product.id && p.slug === values.link_rewrite)) {
    errors.link_rewrite = 'Cette URL simplifiée est déjà utilisée par un autre produit.';
  }
  if (Object.keys(errors).length) return productForm(ctx, product, { values, errors, status: 422 });

  Object.assign(product, {
    name: values.name,
    price,
    stock,
    category: values.category,
    shortDescription: values.short_description,
    description: values.description,
    meta: { title: values.meta_title, description: values.meta_description },
    slug: values.link_rewrite,
  });
  ctx.redirect(`/admin/produits/${product.id}?enregistre=1`);
}

function voucherState(voucher, today) {
  if (today < voucher.validFrom) return 'À venir';
  if (today > voucher.validTo) return 'Expiré';
  if (voucher.used >= voucher.quantity) return 'Épuisé';
  return 'Actif';
}

export function vouchersList(ctx) {
  const today = ctx.store.now().toISOString().slice(0, 10);
  const created = ctx.query.get('cree');
  const messages = created
    ? [{ type: 'success', text: `Le bon de réduction « ${created} » a été créé.`, tag: 'voucher-created' }]
    : [];
  const body = html`<h1>Bons de réduction <a class="button button-secondary" href="/admin/bons/new" id="add-voucher">Ajouter un bon de réduction</a></h1>
<table id="vouchers-table"><thead><tr><th scope="col">Nom</th><th scope="col">Code</th><th scope="col">Réduction</th><th scope="col">Validité</th><th scope="col">Minimum</th><th scope="col">Utilisations</th><th scope="col">Par client</th><th scope="col">État</th></tr></thead>
<tbody>${ctx.data.vouchers.map(
    (
      v,
    ) => html`<tr data-voucher-code="${v.code}"><td>${v.name}</td><td><code>${v.code}</code></td><td>${describeReduction(v)}</td>
<td>du ${formatDate(v.validFrom)} au ${formatDate(v.validTo)}</td><td>${v.minimumAmount ? formatPrice(v.minimumAmount) : '—'}</td>
<td>${v.used} / ${v.quantity}</td><td>${v.quantityPerCustomer}</td><td>${voucherState(v, today)}</td></tr>`,
  )}</tbody></table>`;
  ctx.html(200, adminPage(ctx, { title: 'Bons de réduction', active: '/admin/bons', body, messages }));
}

function voucherForm(ctx, { values = {}, errors = {}, status = 200 } = {}) {
  const v = {
    name: '',
    code: '',
    reduction_type: 'percent',
    reduction_value: '',
    quantity: '1',
    quantity_per_customer: '1',
    date_from: ctx.store.now().toISOString().slice(0, 10),
    date_to: '',
    minimum_amount: '0',
    ...values,
  };
  const body = html`<h1>Nouveau bon de réduction</h1>
${errorSummary(errors)}
<form method="post" action="/admin/bons" id="voucher-form" novalidate>
  <fieldset><legend>Informations</legend>
    ${inputField({ id: 'voucher-name', name: 'name', label: 'Nom', value: v.name, required: true, error: errors.name, hint: 'Visible par le client dans son panier.' })}
    ${inputField({ id: 'voucher-code', name: 'code', label: 'Code', value: v.code, required: true, error: errors.code, autocomplete: 'off', hint: 'Lettres, chiffres, tirets ; sans espace. Ex. : ETE10' })}
  </fieldset>
  <fieldset><legend>Conditions</legend>
    ${inputField({ id: 'voucher-date-from', name: 'date_from', label: 'Valable à partir du', type: 'date', value: v.date_from, required: true, error: errors.date_from })}
    ${inputField({ id: 'voucher-date-to', name: 'date_to', label: 'Valable jusqu’au', type: 'date', value: v.date_to, required: true, error: errors.date_to })}
    ${inputField({ id: 'voucher-minimum-amount', name: 'minimum_amount', label: 'Montant minimum du panier (€)', value: v.minimum_amount, inputmode: 'decimal', error: errors.minimum_amount })}
    ${inputField({ id: 'voucher-quantity', name: 'quantity', label: 'Quantité totale', type: 'number', min: '1', value: v.quantity, required: true, error: errors.quantity })}
    ${inputField({ id: 'voucher-quantity-per-customer', name: 'quantity_per_customer', label: 'Quantité par client', type: 'number', min: '1', value: v.quantity_per_customer, required: true, error: errors.quantity_per_customer })}
  </fieldset>
  <fieldset><legend>Actions</legend>
    ${selectField({
      id: 'voucher-reduction-type',
      name: 'reduction_type',
      label: 'Type de réduction',
      value: v.reduction_type,
      options: [
        { value: 'percent', label: 'Pourcentage (%)' },
        { value: 'amount', label: 'Montant (€)' },
      ],
      error: errors.reduction_type,
    })}
    ${inputField({ id: 'voucher-reduction-value', name: 'reduction_value', label: 'Valeur de la réduction', value: v.reduction_value, required: true, inputmode: 'decimal', error: errors.reduction_value })}
  </fieldset>
  <p><button type="submit" id="save-voucher">Enregistrer</button> <a href="/admin/bons">Annuler</a></p>
</form>`;
  ctx.html(status, adminPage(ctx, { title: 'Nouveau bon de réduction', active: '/admin/bons', body }));
}

export function voucherNew(ctx) {
  voucherForm(ctx);
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export async function voucherCreate(ctx) {
  const form = await ctx.readForm();
  const field = (name) => (form.get(name) ?? '').trim();
  const values = Object.fromEntries(
    [
      'name',
      'code',
      'reduction_type',
      'reduction_value',
      'quantity',
      'quantity_per_customer',
      'date_from',
      'date_to',
      'minimum_amount',
    ].map((name) => [name, field(name)]),
  );
  const errors = {};
  const code = normalizeCode(values.code);
  if (!values.name) errors.name = 'Le nom du bon est obligatoire.';
  if (!code) errors.code = 'Le code est obligatoire.';
  else if (!/^[A-Z0-9_-]{3,32}$/.test(code))
    errors.code = 'Le code doit compter 3 à 32 lettres, chiffres, tirets ou soulignés, sans espace.';
  else if (findVoucher(ctx.data.vouchers, code))
    errors.code = `Le code « ${code} » est déjà utilisé par un autre bon de réduction.`;

  const type = values.reduction_type;
  let reduction = Number.NaN;
  if (type === 'percent') {
    reduction = Number(values.reduction_value.replace(',', '.'));
    if (!(reduction > 0 && reduction <= 100))
      errors.reduction_value = 'Le pourcentage doit être compris entre 0 et 100.';
  } else if (type === 'amount') {
    reduction = parseEuros(values.reduction_value);
    if (!(reduction > 0))
      errors.reduction_value = 'Le montant de la réduction doit être positif, par exemple 5 ou 7,50.';
  } else {
    errors.reduction_type = 'Choisissez un pourcentage ou un montant.';
  }
  const quantity = parseCount(values.quantity);
  const perCustomer = parseCount(values.quantity_per_customer);
  if (!(quantity >= 1)) errors.quantity = 'La quantité totale doit être un entier supérieur ou égal à 1.';
  if (!(perCustomer >= 1))
    errors.quantity_per_customer = 'La quantité par client doit être un entier supérieur ou égal à 1.';
  else if (quantity >= 1 && perCustomer > quantity)
    errors.quantity_per_customer = 'La quantité par client ne peut pas dépasser la quantité totale.';
  if (!DATE_PATTERN.test(values.date_from)) errors.date_from = 'Indiquez une date de début valide.';
  if (!DATE_PATTERN.test(values.date_to)) errors.date_to = 'Indiquez une date de fin valide.';
  else if (DATE_PATTERN.test(values.date_from) && values.date_to < values.date_from) {
    errors.date_to = 'La date de fin doit être postérieure à la date de début.';
  }
  const minimum = values.minimum_amount ? parseEuros(values.minimum_amount) : 0;
  if (Number.isNaN(minimum))
    errors.minimum_amount = 'Le montant minimum doit être un montant positif ou nul.';
  if (Object.keys(errors).length) return voucherForm(ctx, { values, errors, status: 422 });

  ctx.data.vouchers.push({
    id: ctx.store.nextId('voucher'),
    name: values.name,
    code,
    reductionType: type,
    reductionValue: reduction,
    quantity,
    quantityPerCustomer: perCustomer,
    validFrom: values.date_from,
    validTo: values.date_to,
    minimumAmount: minimum,
    used: 0,
    usage: {},
    createdAt: ctx.store.now().toISOString(),
  });
  ctx.redirect(`/admin/bons?cree=${encodeURIComponent(code)}`);
}
