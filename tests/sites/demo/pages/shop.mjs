// Shop pages: catalogue, product pages, cart with vouchers, checkout and confirmation.
import { cartSummary, MAX_LINE_QUANTITY, productById } from '../cart.mjs';
import {
  catalogQueryString,
  categoryBySlug,
  PAGE_SIZE,
  parseCatalogQuery,
  queryCatalog,
  SORT_OPTIONS,
} from '../catalog.mjs';
import { checkboxField, errorSummary, inputField, selectField, textareaField } from '../forms.mjs';
import { formatPrice, html, plainEuros, raw } from '../html.mjs';
import { breadcrumbJsonLd, breadcrumbNav, pagination, publicPage } from '../layout.mjs';
import { PRODUCT_CATEGORIES } from '../seed.mjs';
import { isEmail } from '../text.mjs';
import {
  checkVoucher,
  customerKey,
  describeReduction,
  normalizeCode,
  recordVoucherUse,
} from '../vouchers.mjs';
import { notFound, productCard } from './public.mjs';

// Progressive enhancement for the catalogue: filters, category links and pagination load
// the next listing with fetch and swap it in place, then record the route change with
// history.pushState, like a single-page shop. Without JavaScript the same links and the
// GET form work as plain server-rendered pages.
const CATALOGUE_SCRIPT = `
(() => {
  const root = document.getElementById('catalogue');
  if (!root || !window.fetch || !window.DOMParser) return;
  async function show(url, push) {
    root.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = doc.getElementById('catalogue');
      if (!next) { location.href = url; return; }
      root.innerHTML = next.innerHTML;
      document.title = doc.title;
      if (push) history.pushState({ catalogue: true }, '', url);
      const heading = document.getElementById('resultats');
      if (heading) heading.focus({ preventScroll: true });
    } catch {
      location.href = url;
    } finally {
      root.removeAttribute('aria-busy');
    }
  }
  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.id !== 'filtres') return;
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) params.set(key, String(value).trim());
    const query = params.toString();
    show('/produits' + (query ? '?' + query : ''), true);
  });
  root.addEventListener('change', (event) => {
    if (event.target.matches('#filtres select')) event.target.form.requestSubmit();
  });
  root.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-catalogue-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    show(link.href, true);
  });
  window.addEventListener('popstate', () => show(location.href, false));
})();
`;

const CATEGORY_OPTIONS = [
  { value: '', label: 'Toutes les catégories' },
  ...PRODUCT_CATEGORIES.map((c) => ({ value: c.slug, label: c.name })),
];

export function productList(ctx) {
  const query = parseCatalogQuery(ctx.query);
  const result = queryCatalog(ctx.data.products, query);
  const category = categoryBySlug(query.categorie);
  const heading = category ? category.name : 'Tous nos thés et infusions';
  const hrefFor = (page) => `/produits${catalogQueryString(query, { page })}`;
  const trail = [
    { name: 'Accueil', path: '/' },
    { name: 'Boutique', path: '/produits' },
    ...(category ? [{ name: category.name, path: `/produits?categorie=${category.slug}` }] : []),
  ];
  // The canonical URL keeps only what defines the page (category, page), not sort or search.
  const canonicalPath = `/produits${catalogQueryString({ categorie: query.categorie, page: result.page, prixMax: null })}`;
  const link = raw(' data-catalogue-link');

  const body = html`${breadcrumbNav(trail)}
<h1>Boutique : ${heading}</h1>
<div id="catalogue">
  <form id="filtres" class="filters" method="get" action="/produits" role="search" aria-label="Filtrer les produits">
    ${inputField({ id: 'f-q', name: 'q', label: 'Rechercher', type: 'search', value: query.q })}
    ${selectField({ id: 'f-categorie', name: 'categorie', label: 'Catégorie', value: query.categorie, options: CATEGORY_OPTIONS })}
    ${inputField({ id: 'f-prixMax', name: 'prixMax', label: 'Prix maximum (€)', type: 'number', min: '0', step: '0.5', value: query.prixMax === null ? '' : plainEuros(query.prixMax) })}
    ${selectField({ id: 'f-tri', name: 'tri', label: 'Trier par', value: query.tri, options: SORT_OPTIONS })}
    <p class="field"><button type="submit">Filtrer</button></p>
  </form>
  <nav aria-label="Catégories"><ul class="category-links">${PRODUCT_CATEGORIES.map(
    (c) =>
      html`<li><a href="/produits?categorie=${c.slug}"${link}${c.slug === query.categorie ? raw(' aria-current="page"') : ''}>${c.name}</a></li>`,
  )}</ul></nav>
  <h2 id="resultats" tabindex="-1"><span id="result-count">${result.total}</span> produit${result.total > 1 ? 's' : ''}</h2>
  ${result.items.length ? html`<ul class="product-grid" id="product-grid">${result.items.map(productCard)}</ul>` : html`<p>Aucun produit ne correspond à votre recherche.</p>`}
  ${pagination(result, hrefFor, link)}
</div>
<script>${raw(CATALOGUE_SCRIPT)}</script>`;

  ctx.html(
    200,
    publicPage(ctx, {
      title: `${heading}${result.page > 1 ? ` (page ${result.page})` : ''} — ${ctx.data.settings.siteTitle}`,
      description: category
        ? `${category.name} : ${result.total} références sélectionnées par Les Jardins d’Oléane, livraison offerte dès 49 €.`
        : `Plus de 500 thés et infusions : thés verts, noirs, oolongs, blancs, matchas, rooibos, infusions et chaïs. ${PAGE_SIZE} produits par page.`,
      canonicalPath,
      active: '/produits',
      jsonLd: [breadcrumbJsonLd(ctx, trail)],
      body,
    }),
  );
}

export function productPage(ctx, { slug }) {
  const product = ctx.data.products.find((p) => p.slug === slug);
  if (!product) return notFound(ctx);
  const category = categoryBySlug(product.category);
  const path = `/produits/${product.slug}`;
  const trail = [
    { name: 'Accueil', path: '/' },
    { name: 'Boutique', path: '/produits' },
    { name: category.name, path: `/produits?categorie=${category.slug}` },
    { name: product.name, path },
  ];
  const imagePath = `/images/produit-${product.id}.svg`;
  const inStock = product.stock > 0;
  const related = ctx.data.products
    .filter((p) => p.category === product.category && p.id !== product.id)
    .slice(0, 4);
  const productLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.reference,
    description: product.shortDescription,
    image: ctx.origin + imagePath,
    category: category.name,
    brand: { '@type': 'Brand', name: ctx.data.settings.siteTitle },
    offers: {
      '@type': 'Offer',
      url: ctx.origin + path,
      priceCurrency: 'EUR',
      price: plainEuros(product.price),
      availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
  };
  const body = html`${breadcrumbNav(trail)}
<article class="product" data-product-id="${product.id}">
  <h1>${product.name}</h1>
  <img src="${imagePath}" alt="${product.name}" width="480" height="360">
  <p class="price" data-price="${plainEuros(product.price)}">${formatPrice(product.price)} <small>TTC</small></p>
  <p class="stock${inStock ? '' : ' out-of-stock'}" data-stock="${product.stock}">${
    inStock ? `En stock (${product.stock} disponible${product.stock > 1 ? 's' : ''})` : 'Rupture de stock'
  }</p>
  <p class="short-description">${product.shortDescription}</p>
  <form method="post" action="/panier/ajouter" id="add-to-cart">
    <input type="hidden" name="product_id" value="${product.id}">
    ${inputField({ id: 'quantite', name: 'quantite', label: 'Quantité', type: 'number', value: '1', min: '1', max: String(Math.min(product.stock, MAX_LINE_QUANTITY) || 1), disabled: !inStock })}
    <p><button type="submit" id="add-to-cart-button"${inStock ? '' : raw(' disabled')}>Ajouter au panier</button></p>
  </form>
  <h2>Description</h2>
  ${product.description.split('\n\n').map((paragraph) => html`<p>${paragraph}</p>`)}
  <h2>Caractéristiques</h2>
  <dl>
    <dt>Référence</dt><dd>${product.reference}</dd>
    <dt>Catégorie</dt><dd><a href="/produits?categorie=${category.slug}">${category.name}</a></dd>
    <dt>Origine</dt><dd>${product.origin}</dd>
    <dt>Format</dt><dd>${product.format}</dd>
  </dl>
</article>
<section aria-labelledby="similaires"><h2 id="similaires">Produits similaires</h2><ul class="product-grid">${related.map(productCard)}</ul></section>`;
  ctx.html(
    200,
    publicPage(ctx, {
      title: product.meta.title || `${product.name} — ${ctx.data.settings.siteTitle}`,
      description: product.meta.description || product.shortDescription,
      canonicalPath: path,
      ogType: 'product',
      ogImage: imagePath,
      active: '/produits',
      jsonLd: [productLd, breadcrumbJsonLd(ctx, trail)],
      body,
    }),
  );
}

function readQuantity(form, fallback) {
  const qty = Number.parseInt(form.get('quantite') ?? '', 10);
  return Number.isFinite(qty) ? qty : fallback;
}

export async function cartAdd(ctx) {
  const form = await ctx.readForm();
  const product = productById(ctx.data, form.get('product_id'));
  if (!product) {
    ctx.flash('error', 'Ce produit n’existe pas.');
    return ctx.redirect('/panier');
  }
  if (product.stock === 0) {
    ctx.flash('error', `« ${product.name} » est en rupture de stock.`);
    return ctx.redirect(`/produits/${product.slug}`);
  }
  const session = ctx.session();
  const line = session.cart.find((l) => l.productId === product.id);
  const wanted = Math.max(1, readQuantity(form, 1)) + (line?.qty ?? 0);
  const qty = Math.min(wanted, product.stock, MAX_LINE_QUANTITY);
  if (line) line.qty = qty;
  else session.cart.push({ productId: product.id, qty });
  ctx.flash('success', `« ${product.name} » a été ajouté à votre panier.`, 'cart-added');
  if (qty < wanted) ctx.flash('info', `Quantité limitée à ${qty} (stock disponible).`);
  ctx.redirect('/panier');
}

export async function cartUpdate(ctx) {
  const form = await ctx.readForm();
  const session = ctx.session();
  const product = productById(ctx.data, form.get('product_id'));
  const line = product && session.cart.find((l) => l.productId === product.id);
  if (!line) {
    ctx.flash('error', 'Cet article n’est pas dans votre panier.');
    return ctx.redirect('/panier');
  }
  const qty = Math.min(Math.max(0, readQuantity(form, line.qty)), product.stock, MAX_LINE_QUANTITY);
  if (qty === 0) {
    session.cart = session.cart.filter((l) => l !== line);
    ctx.flash('success', `« ${product.name} » a été retiré de votre panier.`, 'cart-removed');
  } else {
    line.qty = qty;
    ctx.flash('success', 'Quantité mise à jour.', 'cart-updated');
  }
  ctx.redirect('/panier');
}

export async function cartRemove(ctx) {
  const form = await ctx.readForm();
  const session = ctx.session();
  const id = Number(form.get('product_id'));
  const product = productById(ctx.data, id);
  session.cart = session.cart.filter((l) => l.productId !== id);
  if (product) ctx.flash('success', `« ${product.name} » a été retiré de votre panier.`, 'cart-removed');
  ctx.redirect('/panier');
}

export async function cartApplyVoucher(ctx) {
  const form = await ctx.readForm();
  const code = normalizeCode(form.get('code_promo'));
  const session = ctx.session();
  if (!code) {
    ctx.flash('error', 'Veuillez saisir un code promo.', 'voucher-refused');
    return ctx.redirect('/panier');
  }
  const { subtotal } = cartSummary(ctx.store, { ...session, voucherCode: null });
  const check = checkVoucher(ctx.data.vouchers, code, {
    subtotal,
    customer: customerKey(session),
    now: ctx.store.now(),
  });
  if (check.ok) {
    session.voucherCode = check.voucher.code;
    ctx.flash(
      'success',
      `Code promo « ${check.voucher.code} » accepté : ${describeReduction(check.voucher)} (${formatPrice(check.discount)} de réduction).`,
      'voucher-accepted',
    );
  } else {
    ctx.flash('error', `Code promo refusé : ${check.reason}`, 'voucher-refused');
  }
  ctx.redirect('/panier');
}

export function cartRemoveVoucher(ctx) {
  const session = ctx.session();
  session.voucherCode = null;
  ctx.flash('success', 'Le code promo a été retiré.', 'voucher-removed');
  ctx.redirect('/panier');
}

function totalsTable(summary) {
  return html`<table class="totals" id="cart-totals">
  <tr><th scope="row">Sous-total</th><td data-amount="${plainEuros(summary.subtotal)}" id="cart-subtotal">${formatPrice(summary.subtotal)}</td></tr>
  ${
    summary.voucher
      ? html`<tr><th scope="row">Réduction (${summary.voucher.code}, ${describeReduction(summary.voucher)})</th><td data-amount="${plainEuros(summary.discount)}" id="cart-discount">-${formatPrice(summary.discount)}</td></tr>`
      : ''
  }
  <tr><th scope="row">Livraison</th><td id="cart-shipping">${summary.shipping ? formatPrice(summary.shipping) : 'Offerte'}</td></tr>
  <tr><th scope="row">Total TTC</th><td data-amount="${plainEuros(summary.total)}" id="cart-total"><strong>${formatPrice(summary.total)}</strong></td></tr>
</table>`;
}

export function cartPage(ctx) {
  const session = ctx.peekSession();
  const summary = cartSummary(ctx.store, session);
  const messages = summary.voucherProblem
    ? [
        {
          type: 'error',
          text: `Le code promo ne s’applique plus : ${summary.voucherProblem}`,
          tag: 'voucher-refused',
        },
      ]
    : [];
  const body = summary.lines.length
    ? html`<table id="cart-lines">
  <caption class="visually-hidden">Articles de votre panier</caption>
  <thead><tr><th scope="col">Produit</th><th scope="col">Prix unitaire</th><th scope="col">Quantité</th><th scope="col">Total</th><th scope="col">Actions</th></tr></thead>
  <tbody>${summary.lines.map(
    ({ product, qty, total }) => html`<tr data-product-id="${product.id}">
    <td><a href="/produits/${product.slug}">${product.name}</a></td>
    <td>${formatPrice(product.price)}</td>
    <td><form method="post" action="/panier/modifier">
      <input type="hidden" name="product_id" value="${product.id}">
      <label for="qty-${product.id}">Quantité</label>
      <input type="number" id="qty-${product.id}" name="quantite" value="${qty}" min="0" max="${Math.min(product.stock, MAX_LINE_QUANTITY)}">
      <button type="submit" class="button-secondary">Mettre à jour</button>
    </form></td>
    <td>${formatPrice(total)}</td>
    <td><form method="post" action="/panier/supprimer"><input type="hidden" name="product_id" value="${product.id}"><button type="submit" class="button-secondary">Supprimer<span class="visually-hidden"> ${product.name}</span></button></form></td>
  </tr>`,
  )}</tbody>
</table>
<section aria-labelledby="titre-code-promo">
  <h2 id="titre-code-promo">Code promo</h2>
  ${
    summary.voucher
      ? html`<p>Code appliqué : <strong id="applied-voucher">${summary.voucher.code}</strong> (${describeReduction(summary.voucher)})</p>
  <form method="post" action="/panier/bon/retirer"><button type="submit" class="button-secondary" id="remove-voucher">Retirer le code</button></form>`
      : html`<form method="post" action="/panier/bon" id="voucher-form">
    ${inputField({ id: 'code_promo', name: 'code_promo', label: 'Vous avez un code promo ?', autocomplete: 'off' })}
    <p><button type="submit" id="apply-voucher">Appliquer</button></p>
  </form>`
  }
</section>
<section aria-labelledby="titre-total"><h2 id="titre-total">Récapitulatif</h2>${totalsTable(summary)}
<p><a class="button" href="/commande" id="checkout-link">Passer la commande</a></p></section>`
    : html`<p>Votre panier est vide.</p><p><a class="button" href="/produits">Découvrir nos thés</a></p>`;
  ctx.html(
    200,
    publicPage(ctx, {
      title: `Panier — ${ctx.data.settings.siteTitle}`,
      robots: 'noindex',
      active: '/panier',
      body: html`<h1>Votre panier</h1>${body}`,
      messages,
    }),
  );
}

const PAYMENT_METHODS = { carte: 'Carte bancaire', prelevement: 'Prélèvement SEPA' };

function checkoutForm(summary, { values = {}, errors = {} } = {}) {
  const method = values.mode_paiement === 'prelevement' ? 'prelevement' : 'carte';
  // Card, CVV, IBAN and password inputs are never pre-filled from a previous submission:
  // the server does not keep those values, even to redisplay a form with errors.
  return html`<h1>Commande</h1>
<section aria-labelledby="titre-recap"><h2 id="titre-recap">Récapitulatif</h2>
<ul>${summary.lines.map(({ product, qty, total }) => html`<li>${qty} × ${product.name} : ${formatPrice(total)}</li>`)}</ul>
${totalsTable(summary)}</section>
${errorSummary(errors)}
<form method="post" action="/commande/valider" id="checkout-form" novalidate>
  <fieldset><legend>Vos coordonnées</legend>
    ${inputField({ id: 'prenom', name: 'prenom', label: 'Prénom', value: values.prenom, required: true, error: errors.prenom, autocomplete: 'given-name' })}
    ${inputField({ id: 'nom', name: 'nom', label: 'Nom', value: values.nom, required: true, error: errors.nom, autocomplete: 'family-name' })}
    ${inputField({ id: 'email', name: 'email', label: 'E-mail', type: 'email', value: values.email, required: true, error: errors.email, autocomplete: 'email' })}
    ${textareaField({ id: 'adresse', name: 'adresse', label: 'Adresse de livraison (rue, code postal, ville)', value: values.adresse, required: true, error: errors.adresse, rows: 3, autocomplete: 'street-address' })}
  </fieldset>
  <fieldset><legend>Créer un compte (facultatif)</legend>
    ${inputField({ id: 'password', name: 'password', label: 'Mot de passe', type: 'password', autocomplete: 'new-password', hint: 'Renseignez un mot de passe pour retrouver vos commandes.' })}
  </fieldset>
  <fieldset><legend>Paiement (simulation, aucun débit)</legend>
    ${Object.entries(PAYMENT_METHODS).map(
      ([value, label]) =>
        html`<p class="field field-checkbox"><input type="radio" id="mode-${value}" name="mode_paiement" value="${value}"${method === value ? raw(' checked') : ''}><label for="mode-${value}">${label}</label></p>`,
    )}
    ${inputField({ id: 'cardnumber', name: 'cardnumber', label: 'Numéro de carte', autocomplete: 'cc-number', inputmode: 'numeric', error: errors.cardnumber })}
    ${inputField({ id: 'expiration', name: 'expiration', label: 'Date d’expiration (MM/AA)', autocomplete: 'cc-exp', placeholder: 'MM/AA' })}
    ${inputField({ id: 'cvc', name: 'cvc', label: 'Cryptogramme (CVV)', autocomplete: 'cc-csc', inputmode: 'numeric', maxlength: '4', error: errors.cvc })}
    ${inputField({ id: 'iban', name: 'iban', label: 'IBAN (prélèvement SEPA)', autocomplete: 'off', error: errors.iban })}
  </fieldset>
  ${checkboxField({ id: 'accepte_cgv', name: 'accepte_cgv', label: raw('J’ai lu et j’accepte les <a href="/cgv">conditions générales de vente</a>'), checked: values.accepte_cgv, error: errors.accepte_cgv })}
  <p><button type="submit" id="place-order">Valider la commande</button></p>
</form>`;
}

export function checkoutPage(ctx, { status = 200, values, errors } = {}) {
  const session = ctx.peekSession();
  const summary = cartSummary(ctx.store, session, { email: values?.email });
  const body = summary.lines.length
    ? checkoutForm(summary, { values, errors })
    : html`<h1>Commande</h1><p>Votre panier est vide.</p><p><a href="/produits">Retour à la boutique</a></p>`;
  ctx.html(
    status,
    publicPage(ctx, { title: `Commande — ${ctx.data.settings.siteTitle}`, robots: 'noindex', body }),
  );
}

export async function checkoutSubmit(ctx) {
  const form = await ctx.readForm();
  const session = ctx.session();
  const values = {
    prenom: (form.get('prenom') ?? '').trim(),
    nom: (form.get('nom') ?? '').trim(),
    email: (form.get('email') ?? '').trim(),
    adresse: (form.get('adresse') ?? '').trim(),
    mode_paiement: form.get('mode_paiement') === 'prelevement' ? 'prelevement' : 'carte',
    accepte_cgv: form.get('accepte_cgv') === '1',
  };
  // Sensitive fields are read only to check that they were filled in, then dropped.
  const filled = (name) => (form.get(name) ?? '').trim() !== '';
  const errors = {};
  if (!values.prenom) errors.prenom = 'Veuillez indiquer votre prénom.';
  if (!values.nom) errors.nom = 'Veuillez indiquer votre nom.';
  if (!isEmail(values.email)) errors.email = 'Veuillez indiquer une adresse e-mail valide.';
  if (!values.adresse) errors.adresse = 'Veuillez indiquer votre adresse de livraison.';
  if (values.mode_paiement === 'carte') {
    if (!filled('cardnumber')) errors.cardnumber = 'Veuillez indiquer le numéro de carte.';
    if (!filled('cvc')) errors.cvc = 'Veuillez indiquer le cryptogramme.';
  } else if (!filled('iban')) {
    errors.iban = 'Veuillez indiquer votre IBAN.';
  }
  if (!values.accepte_cgv) errors.accepte_cgv = 'Vous devez accepter les conditions générales de vente.';
  const accountRequested = filled('password');

  const summary = cartSummary(ctx.store, session, { email: values.email });
  if (!summary.lines.length) {
    ctx.flash('error', 'Votre panier est vide.');
    return ctx.redirect('/panier');
  }
  if (summary.voucherProblem) errors.code_promo = `Code promo refusé : ${summary.voucherProblem}`;
  if (Object.keys(errors).length) return checkoutPage(ctx, { status: 422, values, errors });

  const number = ctx.store.nextId('order');
  const order = {
    id: `CMD-${String(number).padStart(4, '0')}`,
    date: ctx.store.now().toISOString(),
    status: 'Paiement accepté (simulation)',
    customer: {
      firstName: values.prenom,
      lastName: values.nom,
      email: values.email,
      address: values.adresse,
    },
    accountCreated: accountRequested,
    paymentMethod: values.mode_paiement,
    lines: summary.lines.map(({ product, qty, total }) => ({
      productId: product.id,
      reference: product.reference,
      name: product.name,
      unitPrice: product.price,
      qty,
      total,
    })),
    subtotal: summary.subtotal,
    voucherCode: summary.voucher?.code ?? null,
    discount: summary.discount,
    shipping: summary.shipping,
    total: summary.total,
    sessionId: session.id,
  };
  ctx.data.orders.push(order);
  for (const { product, qty } of summary.lines) product.stock = Math.max(0, product.stock - qty);
  if (summary.voucher) recordVoucherUse(summary.voucher, customerKey(session, values.email));
  if (
    accountRequested &&
    !ctx.data.customers.some((c) => c.email.toLowerCase() === values.email.toLowerCase())
  ) {
    // The account exists for the demo's counts only: no password is stored, not even hashed.
    ctx.data.customers.push({
      email: values.email,
      firstName: values.prenom,
      lastName: values.nom,
      createdAt: order.date,
    });
  }
  session.cart = [];
  session.voucherCode = null;
  session.customerEmail = values.email;
  ctx.redirect(`/commande/confirmation/${order.id}`);
}

export function confirmationPage(ctx, { orderId }) {
  const order = ctx.data.orders.find((o) => o.id === orderId);
  // Only the buyer's browser (or the back office) may see a confirmation page.
  if (!order || (order.sessionId !== ctx.peekSession()?.id && !ctx.isAdmin())) return notFound(ctx);
  const body = html`<h1>Merci pour votre commande !</h1>
<p class="notice notice-success" role="status" data-order-id="${order.id}">Votre commande n° <strong id="order-id">${order.id}</strong> est confirmée.</p>
<p>Un récapitulatif vient d’être envoyé (fictivement) à ${order.customer.email}.${order.accountCreated ? ' Votre compte client a été créé.' : ''}</p>
<h2>Détail</h2>
<table id="order-lines"><thead><tr><th scope="col">Produit</th><th scope="col">Quantité</th><th scope="col">Total</th></tr></thead>
<tbody>${order.lines.map((l) => html`<tr><td>${l.name}</td><td>${l.qty}</td><td>${formatPrice(l.total)}</td></tr>`)}</tbody></table>
<dl>
  <dt>Sous-total</dt><dd>${formatPrice(order.subtotal)}</dd>
  ${order.voucherCode ? html`<dt>Réduction (${order.voucherCode})</dt><dd>-${formatPrice(order.discount)}</dd>` : ''}
  <dt>Livraison</dt><dd>${order.shipping ? formatPrice(order.shipping) : 'Offerte'}</dd>
  <dt>Total payé</dt><dd id="order-total" data-amount="${plainEuros(order.total)}">${formatPrice(order.total)}</dd>
  <dt>Moyen de paiement</dt><dd>${PAYMENT_METHODS[order.paymentMethod]} (simulation : aucun paiement réel)</dd>
  <dt>Livraison à</dt><dd>${order.customer.firstName} ${order.customer.lastName}<br>${order.customer.address}</dd>
</dl>
<p><a href="/produits">Continuer mes achats</a></p>`;
  ctx.html(
    200,
    publicPage(ctx, {
      title: `Commande ${order.id} confirmée — ${ctx.data.settings.siteTitle}`,
      robots: 'noindex',
      body,
    }),
  );
}
