/**
 * One session where each library rule holds and one where it does not — the tests of the
 * library, as data, so that the meta-test can check every entry has them.
 */
import type { CaptureEvent } from '../../schema/event.ts';
import { events, post } from '../fixtures.ts';
import type { LibraryId, LibraryParams } from './index.ts';

export interface LibraryCase<K extends LibraryId = LibraryId> {
  params?: LibraryParams[K];
  /** A session where the rule holds. */
  match: CaptureEvent[];
  /** A session where it does not, and why. */
  miss: { why: string; events: CaptureEvent[] };
}

/** Variables of the subject the cases run in. */
export const CASE_VARIABLES = { keyword: 'thé vert bio', voucher: 'OLEANE5', product: 'Gyokuro bio' };

const META_150 =
  'Découvrez notre thé vert bio de première récolte : six thés sélectionnés au Japon et en Chine, goûtés et analysés, à infuser à 70 °C.';
/** A real article body: two intertitles, a list, the code, varied sentences. */
const BODY = [
  '<p>Le printemps revient avec notre gamme de thé vert bio, cueillie à la main au Japon et en Chine.</p>',
  '<h2>Des feuilles fraîches et parfumées</h2>',
  '<p>Chaque récolte est goûtée par notre équipe avant d’entrer en boutique, pour sa douceur et ses notes végétales.</p>',
  '<h2>Bien infuser votre thé</h2>',
  '<ul><li>Eau à 70 °C</li><li>3 g pour 20 cl</li><li>Deux minutes d’infusion</li></ul>',
  '<p>Venez à notre atelier de dégustation : avec le code OLEANE5, profitez de 5 % sur la gamme jusqu’au 30 avril.</p>',
].join('');
const article = (fields: Parameters<typeof post>[0] = {}) =>
  post({
    title: 'Notre Thé Vert Bio de printemps',
    slug: 'the-vert-bio-printemps',
    seo: { metaDescription: META_150 },
    images: { total: 2, missingAlt: 0 },
    wordCount: 210,
    text: BODY,
    ...fields,
  });
const page = (title: string) => post({ contentType: 'page', id: '90', title, slug: 'page' });
const product = (fields: Record<string, unknown> = {}) => ({
  productId: '22',
  name: 'Gyokuro bio – vrac 100 g',
  price: 18.5,
  stock: 40,
  category: 'Thés verts',
  shortDescriptionLength: 240,
  metaTitle: 'Gyokuro bio',
  metaDescription: 'Thé vert bio japonais ombré.',
  ...fields,
});

export const CASES: { [K in LibraryId]: LibraryCase<K> } = {
  'article.published': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'publié puis dépublié',
      events: events((s) => {
        s.add('content.published', article());
        s.add('content.unpublished', article({ status: 'draft' }));
      }),
    },
  },
  'article.keywordInTitle': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'mot-clé retiré du titre par une mise à jour',
      events: events((s) => {
        s.add('content.published', article());
        s.add('content.updated', article({ title: 'Nos thés de printemps' }));
      }),
    },
  },
  'article.keywordInSlug': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'slug sans le mot-clé',
      events: events((s) => s.add('content.published', article({ slug: 'printemps' }))),
    },
  },
  'article.keywordInMetaDescription': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'méta-description absente',
      events: events((s) => s.add('content.published', article({ seo: {} }))),
    },
  },
  'article.metaDescriptionLength': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'méta-description trop courte',
      events: events((s) =>
        s.add('content.published', article({ seo: { metaDescription: 'Thé vert bio.' } })),
      ),
    },
  },
  'article.imagesWithAlt': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'une image sans alt',
      events: events((s) => s.add('content.published', article({ images: { total: 2, missingAlt: 1 } }))),
    },
  },
  'article.wordsAtLeast': {
    match: events((s) => s.add('content.published', article())),
    miss: { why: '90 mots', events: events((s) => s.add('content.published', article({ wordCount: 90 }))) },
  },
  'article.structured': {
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'un seul bloc de texte, sans intertitre ni liste',
      events: events((s) =>
        s.add(
          'content.published',
          article({ text: '<p>Notre thé vert bio de printemps est arrivé en boutique.</p>' }),
        ),
      ),
    },
  },
  'article.mentions': {
    params: { values: '{{voucher}} ; 30 avril' },
    match: events((s) => s.add('content.published', article())),
    miss: {
      why: 'la date de fin de l’offre manque',
      events: events((s) =>
        s.add(
          'content.published',
          article({ text: '<p>Profitez du code OLEANE5 sur toute la gamme de printemps.</p>' }),
        ),
      ),
    },
  },
  'page.published': {
    params: { title: 'Qui sommes-nous' },
    match: events((s) => s.add('content.published', page('Qui sommes-nous ?'))),
    miss: {
      why: 'un article, pas une page',
      events: events((s) => s.add('content.published', article({ title: 'Qui sommes-nous' }))),
    },
  },
  'comment.replied': {
    match: events((s) =>
      s.add('comment.replied', { commentId: '31', parentId: '30', text: 'Merci pour votre retour, Léa !' }),
    ),
    miss: {
      why: 'réponse d’un mot',
      events: events((s) => s.add('comment.replied', { commentId: '31', parentId: '30', text: 'Merci' })),
    },
  },
  'comment.moderated': {
    match: events((s) => s.add('comment.moderated', { commentId: '30', action: 'approve' })),
    miss: {
      why: 'approuvé puis mis à la corbeille',
      events: events((s) => {
        s.add('comment.moderated', { commentId: '30', action: 'approve' });
        s.add('comment.moderated', { commentId: '30', action: 'trash' });
      }),
    },
  },
  'settings.manualApproval': {
    match: events((s) =>
      s.add('settings.changed', { area: 'discussion', changes: { comment_moderation: '1' } }),
    ),
    miss: {
      why: 'activée puis désactivée',
      events: events((s) => {
        s.add('settings.changed', { area: 'discussion', changes: { comment_moderation: '1' } });
        s.add('settings.changed', {
          area: 'discussion',
          changes: { comment_moderation: '0', comments_notify: '1' },
        });
      }),
    },
  },
  'settings.taglineChanged': {
    params: { contains: 'Annecy' },
    match: events((s) =>
      s.add('settings.changed', {
        area: 'general',
        changes: { blogdescription: 'Thés et infusions à Annecy' },
      }),
    ),
    miss: {
      why: 'slogan sans le texte demandé',
      events: events((s) =>
        s.add('settings.changed', { area: 'general', changes: { blogdescription: 'Un site WordPress' } }),
      ),
    },
  },
  'privacy.policyPageSet': {
    match: events((s) =>
      s.add('settings.changed', { area: 'privacy', changes: { wp_page_for_privacy_policy: '3' } }),
    ),
    miss: {
      why: 'aucune page choisie',
      events: events((s) =>
        s.add('settings.changed', { area: 'privacy', changes: { wp_page_for_privacy_policy: '0' } }),
      ),
    },
  },
  'privacy.policyPagePublished': {
    match: events((s) => s.add('content.published', page('Politique de confidentialité'))),
    miss: {
      why: 'une autre page',
      events: events((s) => s.add('content.published', page('Mentions légales'))),
    },
  },
  'voucher.created': {
    params: { percent: '5 %' },
    match: events((s) => s.add('commerce.voucherCreated', { code: 'oleane5', reductionPercent: 5 })),
    miss: {
      why: 'bon code, mauvaise valeur',
      events: events((s) => s.add('commerce.voucherCreated', { code: 'OLEANE5', reductionPercent: 10 })),
    },
  },
  'note.cartTotals': {
    params: { questionId: 'q3', percent: 5 },
    match: events((s) =>
      s.add('task.noteSaved', {
        questionId: 'q3',
        text: 'Gyokuro au panier : total avant le code 9,90 €, après OLEANE5 9,41 €.',
        length: 70,
      }),
    ),
    miss: {
      why: 'totaux relevés faux',
      events: events((s) =>
        s.add('task.noteSaved', {
          questionId: 'q3',
          text: 'Avant 9,90 €, après 9,50 €. Ça marche.',
          length: 38,
        }),
      ),
    },
  },
  'voucher.oncePerCustomer': {
    match: events((s) => s.add('commerce.voucherCreated', { code: 'OLEANE5', quantityPerUser: 1 })),
    miss: {
      why: 'trois utilisations par client',
      events: events((s) => s.add('commerce.voucherCreated', { code: 'OLEANE5', quantityPerUser: 3 })),
    },
  },
  'voucher.testedInCart': {
    match: events((s) => s.add('commerce.voucherApplied', { code: 'OLEANE5', accepted: true })),
    miss: {
      why: 'code refusé',
      events: events((s) => s.add('commerce.voucherApplied', { code: 'OLEANE5', accepted: false })),
    },
  },
  'order.placedWithVoucher': {
    match: events((s) =>
      s.add('commerce.orderPlaced', { orderId: 'A1', total: 35, itemCount: 2, voucherCodes: ['OLEANE5'] }),
    ),
    miss: {
      why: 'commande sans code',
      events: events((s) =>
        s.add('commerce.orderPlaced', { orderId: 'A1', total: 37, itemCount: 2, voucherCodes: [] }),
      ),
    },
  },
  'product.saved': {
    params: { name: '{{product}}' },
    match: events((s) => s.add('commerce.productSaved', product())),
    miss: {
      why: 'sans méta-description',
      events: events((s) => s.add('commerce.productSaved', product({ metaDescription: undefined }))),
    },
  },
  'product.shortDescriptionLength': {
    match: events((s) => s.add('commerce.productSaved', product())),
    miss: {
      why: 'description courte de 120 caractères',
      events: events((s) => s.add('commerce.productSaved', product({ shortDescriptionLength: 120 }))),
    },
  },
  'product.keywordInShortDescription': {
    params: { name: '{{product}}' },
    match: events((s) =>
      s.add(
        'commerce.productSaved',
        product({ shortDescription: 'Un Gyokuro ombré de Yame, thé vert bio doux et umami, sans amertume.' }),
      ),
    ),
    miss: {
      why: 'résumé sans l’expression clé',
      events: events((s) =>
        s.add(
          'commerce.productSaved',
          product({ shortDescription: 'Un Gyokuro ombré de Yame, doux et umami, sans amertume.' }),
        ),
      ),
    },
  },
  'note.written': {
    params: { questionId: 'q5', minWords: 20, values: 'conversion ; marge' },
    match: events((s) =>
      s.add('task.noteSaved', {
        questionId: 'q5',
        text: 'Je propose de mettre en avant le Gyokuro et le Sencha : leur taux de conversion dépasse 4 % et leur marge reste la plus forte de la gamme, avec un stock suffisant pour tenir toute l’opération.',
        length: 190,
      }),
    ),
    miss: {
      why: 'notes d’une autre question',
      events: events((s) =>
        s.add('task.noteSaved', {
          questionId: 'q3',
          text: 'Je propose de mettre en avant le Gyokuro et le Sencha : leur taux de conversion dépasse 4 % et leur marge reste la plus forte de la gamme, avec un stock suffisant pour tenir toute l’opération.',
          length: 190,
        }),
      ),
    },
  },
};
