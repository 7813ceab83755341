// Public content pages: home, blog, articles with comments, legal pages, 404.
import { renderRichText } from '../content.mjs';
import { errorSummary, inputField, textareaField } from '../forms.mjs';
import { formatDate, formatPrice, html, optionalAttr } from '../html.mjs';
import { breadcrumbJsonLd, breadcrumbNav, publicPage } from '../layout.mjs';
import { COMPANY } from '../seed.mjs';
import { isEmail } from '../text.mjs';

const HOME_DESCRIPTION =
  'Les Jardins d’Oléane, boutique de thés et infusions à Annecy : thés verts, noirs, oolongs, rooibos et infusions, conseils de dégustation et coffrets.';

export function publishedPosts(data) {
  return data.posts
    .filter((p) => p.status === 'publish')
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
}

function organizationJsonLd(ctx) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: ctx.data.settings.siteTitle,
    url: `${ctx.origin}/`,
    logo: `${ctx.origin}/images/jardins-oleane.svg`,
    email: COMPANY.email,
    telephone: COMPANY.phone,
    address: {
      '@type': 'PostalAddress',
      streetAddress: COMPANY.street,
      postalCode: COMPANY.postalCode,
      addressLocality: COMPANY.city,
      addressCountry: 'FR',
    },
  };
}

export function productCard(product) {
  return html`<li class="product-card" data-product-id="${product.id}" data-category="${product.category}" data-price="${(
    product.price / 100
  ).toFixed(2)}">
  <a href="/produits/${product.slug}"><img src="/images/produit-${product.id}.svg" alt="${product.name}" width="240" height="180" loading="lazy">
  <h3 class="product-name">${product.name}</h3></a>
  <p class="price">${formatPrice(product.price)}</p>
  ${product.stock > 0 ? html`<p class="stock">En stock</p>` : html`<p class="stock out-of-stock">Rupture de stock</p>`}
</li>`;
}

function postCard(post, headingLevel = 2) {
  const heading =
    headingLevel === 2
      ? html`<h2><a href="/blog/${post.slug}">${post.title}</a></h2>`
      : html`<h3><a href="/blog/${post.slug}">${post.title}</a></h3>`;
  return html`<article class="post-card">
  ${heading}
  <p class="post-meta"><time datetime="${post.date}">${formatDate(post.date)}</time> · ${post.categories.join(', ')}</p>
  <p>${post.excerpt}</p>
  <p><a href="/blog/${post.slug}">Lire la suite<span class="visually-hidden"> : ${post.title}</span></a></p>
</article>`;
}

export function home(ctx) {
  const { settings, products } = ctx.data;
  // A stable selection of in-stock products: the « incontournables ».
  const featured = products.filter((p) => p.stock > 0 && p.id % 37 === 0).slice(0, 8);
  const posts = publishedPosts(ctx.data).slice(0, 3);
  const body = html`<section class="hero">
  <h1>${settings.siteTitle}</h1>
  <p>${settings.tagline}. Plus de 500 thés et infusions sélectionnés, conseillés et expédiés depuis notre boutique d’Annecy.</p>
  <p><a class="button" href="/produits">Découvrir la boutique</a></p>
</section>
<section aria-labelledby="incontournables">
  <h2 id="incontournables">Nos incontournables</h2>
  <ul class="product-grid">${featured.map(productCard)}</ul>
</section>
<section aria-labelledby="derniers-articles">
  <h2 id="derniers-articles">Derniers articles du blog</h2>
  ${posts.map((post) => postCard(post, 3))}
</section>
<section aria-labelledby="maison">
  <h2 id="maison">Notre maison</h2>
  <img src="/images/boutique-annecy.svg" alt="La boutique des Jardins d’Oléane, vitrine sur la vieille ville d’Annecy" width="480" height="360">
  <p>Depuis notre petite boutique de la vieille ville, nous goûtons chaque récolte avant de la proposer. Livraison offerte dès 49 € d’achat.</p>
</section>`;
  ctx.html(
    200,
    publicPage(ctx, {
      title: `${settings.siteTitle} — ${settings.tagline}`,
      description: HOME_DESCRIPTION,
      canonicalPath: '/',
      active: '/',
      jsonLd: [
        organizationJsonLd(ctx),
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: settings.siteTitle,
          url: `${ctx.origin}/`,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${ctx.origin}/produits?q={search_term_string}`,
            'query-input': 'required name=search_term_string',
          },
        },
      ],
      body,
    }),
  );
}

export function blogIndex(ctx) {
  const posts = publishedPosts(ctx.data);
  const trail = [
    { name: 'Accueil', path: '/' },
    { name: 'Blog', path: '/blog' },
  ];
  ctx.html(
    200,
    publicPage(ctx, {
      title: `Blog : conseils et nouveautés — ${ctx.data.settings.siteTitle}`,
      description: 'Conseils de dégustation, nouveautés et recettes autour du thé et des infusions.',
      canonicalPath: '/blog',
      active: '/blog',
      jsonLd: [breadcrumbJsonLd(ctx, trail)],
      body: html`${breadcrumbNav(trail)}<h1>Le blog des Jardins d’Oléane</h1>
${posts.length ? posts.map((post) => postCard(post)) : html`<p>Aucun article publié pour le moment.</p>`}`,
    }),
  );
}

function commentTree(comments, parentId) {
  const children = comments.filter((c) => c.parentId === parentId);
  if (!children.length) return '';
  return html`<ol>${children.map(
    (c) => html`<li id="comment-${c.id}"><article class="comment" data-comment-id="${c.id}">
  <p class="comment-author"><strong>${c.author}</strong> · <time datetime="${c.date}">${formatDate(c.date)}</time></p>
  <div class="comment-content">${c.content}</div>
</article>${commentTree(comments, c.id)}</li>`,
  )}</ol>`;
}

function commentForm(post, values = {}, errors = {}) {
  return html`<h3 id="laisser-un-commentaire">Laisser un commentaire</h3>
${errorSummary(errors)}
<form method="post" action="/blog/${post.slug}/commentaires" id="commentform" novalidate>
  <p>Votre adresse e-mail ne sera pas publiée. Les champs marqués * sont obligatoires.</p>
  ${textareaField({ id: 'comment', name: 'comment', label: 'Commentaire', value: values.comment, required: true, error: errors.comment, rows: 5 })}
  ${inputField({ id: 'author', name: 'author', label: 'Nom', value: values.author, required: true, error: errors.author, autocomplete: 'name' })}
  ${inputField({ id: 'email', name: 'email', label: 'E-mail', type: 'email', value: values.email, required: true, error: errors.email, autocomplete: 'email' })}
  <p><button type="submit" id="submit-comment">Publier le commentaire</button></p>
</form>`;
}

function findVisiblePost(ctx, slug) {
  const post = ctx.data.posts.find((p) => p.slug === slug);
  // Admins may preview drafts, as in any CMS; visitors only see published articles.
  if (!post || (post.status !== 'publish' && !ctx.isAdmin())) return null;
  return post;
}

function renderArticle(ctx, post, { status = 200, values, errors = {}, messages = [] } = {}) {
  const { settings } = ctx.data;
  const comments = ctx.data.comments
    .filter((c) => c.postId === post.id && c.status === 'approved')
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const path = `/blog/${post.slug}`;
  const trail = [
    { name: 'Accueil', path: '/' },
    { name: 'Blog', path: '/blog' },
    { name: post.title, path },
  ];
  const imageUrl = post.image.url ? new URL(post.image.url, ctx.origin).href : null;
  const description = post.meta.description || null;
  const articleLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: post.title,
    description: description ?? post.excerpt,
    ...(imageUrl && { image: [imageUrl] }),
    datePublished: post.date,
    dateModified: post.modified,
    keywords: post.tags.join(', '),
    articleSection: post.categories.join(', '),
    mainEntityOfPage: ctx.origin + path,
    author: { '@type': 'Organization', name: settings.siteTitle },
    publisher: {
      '@type': 'Organization',
      name: settings.siteTitle,
      logo: `${ctx.origin}/images/jardins-oleane.svg`,
    },
  };
  const others = publishedPosts(ctx.data)
    .filter((p) => p.id !== post.id)
    .slice(0, 3);
  const body = html`${breadcrumbNav(trail)}
${post.status !== 'publish' ? html`<p class="notice notice-info">Aperçu : cet article n’est pas publié.</p>` : ''}
<article class="post" data-post-id="${post.id}">
  <header>
    <h1>${post.title}</h1>
    <p class="post-meta">Publié le <time datetime="${post.date ?? ''}">${formatDate(post.date)}</time> dans ${post.categories.join(', ')}</p>
  </header>
  ${post.image.url ? html`<figure class="featured-image"><img src="${post.image.url}"${optionalAttr('alt', post.image.alt)} width="480" height="360"></figure>` : ''}
  <div class="post-content">${renderRichText(post.content)}</div>
  ${post.tags.length ? html`<p class="tags">Étiquettes : ${post.tags.join(', ')}</p>` : ''}
</article>
<section class="comments" id="commentaires" aria-labelledby="titre-commentaires">
  <h2 id="titre-commentaires">${comments.length} commentaire${comments.length > 1 ? 's' : ''}</h2>
  ${commentTree(comments, null)}
  ${commentForm(post, values, errors)}
</section>
${others.length ? html`<aside aria-labelledby="a-lire-aussi"><h2 id="a-lire-aussi">À lire aussi</h2><ul>${others.map((p) => html`<li><a href="/blog/${p.slug}">${p.title}</a></li>`)}</ul></aside>` : ''}`;
  ctx.html(
    status,
    publicPage(ctx, {
      title: post.meta.title || `${post.title} — ${settings.siteTitle}`,
      description,
      canonicalPath: path,
      ogType: 'article',
      ogImage: post.image.url || null,
      robots: post.status === 'publish' ? null : 'noindex',
      active: '/blog',
      jsonLd: [articleLd, breadcrumbJsonLd(ctx, trail)],
      body,
      messages,
    }),
  );
}

export function article(ctx, { slug }) {
  const post = findVisiblePost(ctx, slug);
  if (!post) return notFound(ctx);
  const messages =
    ctx.query.get('commentaire') === 'en-attente'
      ? [
          {
            type: 'info',
            text: 'Merci ! Votre commentaire est en attente de modération.',
            tag: 'comment-pending',
          },
        ]
      : [];
  renderArticle(ctx, post, { messages });
}

export async function postComment(ctx, { slug }) {
  const post = findVisiblePost(ctx, slug);
  if (post?.status !== 'publish') return notFound(ctx);
  const form = await ctx.readForm();
  const values = {
    author: (form.get('author') ?? '').trim().slice(0, 100),
    email: (form.get('email') ?? '').trim().slice(0, 200),
    comment: (form.get('comment') ?? '').trim().slice(0, 5000),
  };
  const errors = {};
  if (!values.comment) errors.comment = 'Veuillez écrire votre commentaire.';
  if (!values.author) errors.author = 'Veuillez indiquer votre nom.';
  if (!isEmail(values.email)) errors.email = 'Veuillez indiquer une adresse e-mail valide.';
  if (Object.keys(errors).length) return renderArticle(ctx, post, { status: 422, values, errors });

  const needsApproval = ctx.data.settings.commentsRequireApproval;
  const comment = {
    id: ctx.store.nextId('comment'),
    postId: post.id,
    parentId: null,
    author: values.author,
    email: values.email,
    content: values.comment,
    status: needsApproval ? 'pending' : 'approved',
    date: ctx.store.now().toISOString(),
  };
  ctx.data.comments.push(comment);
  ctx.redirect(
    needsApproval
      ? `/blog/${post.slug}?commentaire=en-attente#commentaires`
      : `/blog/${post.slug}#comment-${comment.id}`,
  );
}

const LEGAL_PAGES = {
  'mentions-legales': {
    title: 'Mentions légales',
    description: 'Éditeur, hébergeur et responsable de publication du site Les Jardins d’Oléane.',
    body: () => html`<h2>Éditeur du site</h2>
<p>${COMPANY.legalName}, ${COMPANY.street}, ${COMPANY.postalCode} ${COMPANY.city}. ${COMPANY.registration}. Téléphone : ${COMPANY.phone}. E-mail : ${COMPANY.email}.</p>
<h2>Responsable de la publication</h2>
<p>La gérante de la société (personne fictive).</p>
<h2>Hébergement</h2>
<p>Hébergeur fictif, serveur local de démonstration.</p>
<h2>Propriété intellectuelle</h2>
<p>Les textes et visuels de ce site sont des contenus de démonstration.</p>`,
  },
  cgv: {
    title: 'Conditions générales de vente',
    description: 'Prix, commande, paiement, livraison et droit de rétractation aux Jardins d’Oléane.',
    body: () => html`<h2>Article 1 : objet</h2>
<p>Les présentes conditions régissent les ventes conclues sur ce site de démonstration. Aucune vente n’est réelle.</p>
<h2>Article 2 : prix</h2>
<p>Les prix sont indiqués en euros toutes taxes comprises. Livraison : ${formatPrice(490)}, offerte dès ${formatPrice(4900)} d’achat.</p>
<h2>Article 3 : codes promotionnels</h2>
<p>Un seul code par commande. Chaque code précise sa période de validité, un éventuel montant minimum et un nombre d’utilisations par client.</p>
<h2>Article 4 : droit de rétractation</h2>
<p>Vous disposez de 14 jours à compter de la réception pour exercer votre droit de rétractation, sauf pour les produits descellés qui ne peuvent être renvoyés pour des raisons d’hygiène.</p>
<h2>Article 5 : médiation</h2>
<p>En cas de litige, vous pouvez recourir gratuitement à un médiateur de la consommation.</p>`,
  },
  confidentialite: {
    title: 'Politique de confidentialité',
    description:
      'Quelles données nous collectons, pourquoi, combien de temps, et comment exercer vos droits (RGPD).',
    body: () => html`<h2>Données collectées</h2>
<p>Nom, prénom, adresse e-mail et adresse de livraison pour traiter vos commandes ; nom et e-mail pour les commentaires.</p>
<h2>Données bancaires</h2>
<p>Les numéros de carte, cryptogrammes et IBAN ne sont jamais conservés par ce site.</p>
<h2>Durée de conservation</h2>
<p>Les données de commande sont conservées pendant la durée légale ; les comptes inactifs sont supprimés après 3 ans.</p>
<h2>Vos droits</h2>
<p>Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité. Écrivez-nous à ${COMPANY.email}. Vous pouvez aussi saisir la CNIL.</p>
<h2>Cookies</h2>
<p>Un seul cookie technique sert à conserver votre panier et votre session. Aucun cookie de mesure d’audience ni publicitaire.</p>`,
  },
};

export function legalPage(ctx, slug) {
  const page = LEGAL_PAGES[slug];
  const trail = [
    { name: 'Accueil', path: '/' },
    { name: page.title, path: `/${slug}` },
  ];
  ctx.html(
    200,
    publicPage(ctx, {
      title: `${page.title} — ${ctx.data.settings.siteTitle}`,
      description: page.description,
      canonicalPath: `/${slug}`,
      jsonLd: [breadcrumbJsonLd(ctx, trail)],
      body: html`${breadcrumbNav(trail)}<h1>${page.title}</h1>${page.body()}`,
    }),
  );
}

export function notFound(ctx) {
  ctx.html(
    404,
    publicPage(ctx, {
      title: `Page introuvable — ${ctx.data.settings.siteTitle}`,
      robots: 'noindex',
      body: html`<h1>Page introuvable</h1><p>La page demandée n’existe pas ou n’est plus disponible.</p><p><a href="/">Retour à l’accueil</a></p>`,
    }),
  );
}

export function robotsTxt(ctx) {
  ctx.send(
    200,
    `User-agent: *\nDisallow: /admin\nDisallow: /panier\nDisallow: /commande\nSitemap: ${ctx.origin}/sitemap.xml\n`,
    {
      'Content-Type': 'text/plain; charset=utf-8',
    },
  );
}

export function sitemapXml(ctx) {
  const paths = [
    '/',
    '/blog',
    '/produits',
    ...publishedPosts(ctx.data).map((p) => `/blog/${p.slug}`),
    ...ctx.data.products.map((p) => `/produits/${p.slug}`),
  ];
  const urls = paths.map((p) => html`<url><loc>${ctx.origin}${p}</loc></url>`);
  ctx.send(
    200,
    String(
      html`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`,
    ),
    { 'Content-Type': 'application/xml; charset=utf-8' },
  );
}
