/**
 * Compétences opérationnelles for WordPress subjects (session 2025: WordPress 6.6, Astra theme,
 * Spectra blocks, Yoast SEO), drawn from the functionality annexes and past national subjects.
 * Each entry names the capture-event kinds that can show the competence was used; semantic
 * kinds come first, low-level ones (`net.request`, `form.submitted`…) are the fallback where the
 * adapters have no semantic detector.
 */
import type { Catalogue } from '../schema/catalogue.ts';

export const WORDPRESS_CATALOGUE = {
  format: 'temoin.catalogue/1',
  id: 'wordpress-2025',
  title: 'Compétences opérationnelles WordPress — session 2025',
  cms: 'wordpress',
  session: '2025',
  entries: [
    {
      id: 'wp.post.publish',
      label: 'Créer et publier un article',
      description:
        'Rédiger un article structuré (titres, paragraphes, listes) à partir d’une annexe, puis le publier.',
      evidenceKinds: ['content.published', 'net.request'],
      criteria: ['C1', 'C4'],
    },
    {
      id: 'wp.post.edit',
      label: 'Modifier et mettre à jour un article existant',
      description: 'Corriger ou enrichir un article déjà publié et enregistrer la mise à jour.',
      evidenceKinds: ['content.updated', 'net.request'],
      criteria: ['C1', 'C4'],
    },
    {
      id: 'wp.post.schedule',
      label: 'Programmer ou dépublier une publication',
      description: 'Choisir la date de publication, programmer un article ou le repasser en brouillon.',
      evidenceKinds: ['content.updated', 'content.unpublished', 'net.request'],
      criteria: ['C4'],
    },
    {
      id: 'wp.page.create',
      label: 'Créer et publier une page',
      description: 'Créer une page statique (présentation, contact, événement) et la publier.',
      evidenceKinds: ['content.published', 'net.request'],
      criteria: ['C1', 'C3'],
    },
    {
      id: 'wp.page.about',
      label: 'Compléter la page « Qui sommes-nous ? » ou les mentions légales',
      description: 'Compléter une page institutionnelle avec les informations de l’entreprise.',
      evidenceKinds: ['content.updated', 'content.published'],
      criteria: ['C1', 'C7'],
    },
    {
      id: 'wp.privacy.policy',
      label: 'Générer et publier la page de politique de confidentialité',
      description:
        'Réglages › Confidentialité : créer ou choisir la page de politique de confidentialité, la compléter et la publier.',
      evidenceKinds: ['content.published', 'content.updated', 'settings.changed'],
      criteria: ['C7'],
    },
    {
      id: 'wp.post.taxonomy',
      label: 'Gérer les catégories et les étiquettes',
      description: 'Créer une catégorie ou une étiquette et l’associer à un article.',
      evidenceKinds: ['content.published', 'content.updated', 'net.request'],
      criteria: ['C2', 'C3'],
    },
    {
      id: 'wp.media.featuredImage',
      label: 'Définir l’image mise en avant et son texte alternatif',
      description: 'Choisir l’image mise en avant d’un article et renseigner un texte alternatif descriptif.',
      evidenceKinds: ['content.published', 'content.updated', 'page.seo'],
      criteria: ['C1', 'C2'],
    },
    {
      id: 'wp.media.library',
      label: 'Gérer la médiathèque',
      description: 'Téléverser un média, renseigner son titre, sa légende et son texte alternatif.',
      evidenceKinds: ['net.request', 'form.submitted', 'ui.changed'],
      criteria: ['C1', 'C3'],
    },
    {
      id: 'wp.seo.yoast',
      label: 'Optimiser le référencement avec Yoast SEO',
      description: 'Renseigner le titre SEO, la méta description et la requête cible d’un contenu.',
      evidenceKinds: ['content.published', 'content.updated', 'page.seo'],
      criteria: ['C2'],
    },
    {
      id: 'wp.seo.slugExcerpt',
      label: 'Personnaliser le slug (permalien) et l’extrait',
      description: 'Adapter l’adresse d’un contenu à la requête cible et rédiger un extrait.',
      evidenceKinds: ['content.published', 'content.updated', 'page.seo'],
      criteria: ['C2'],
    },
    {
      id: 'wp.comment.moderate',
      label: 'Modérer les commentaires',
      description:
        'Approuver, désapprouver, marquer comme indésirable ou mettre à la corbeille un commentaire.',
      evidenceKinds: ['comment.moderated'],
      criteria: ['C5'],
    },
    {
      id: 'wp.comment.reply',
      label: 'Répondre à un commentaire',
      description: 'Répondre à un internaute au nom de l’entreprise, sur un ton adapté.',
      evidenceKinds: ['comment.replied', 'comment.posted'],
      criteria: ['C3', 'C5'],
    },
    {
      id: 'wp.settings.discussion',
      label: 'Paramétrer les réglages de discussion',
      description:
        'Réglages › Discussion : approbation manuelle des commentaires, conditions de publication, notifications.',
      evidenceKinds: ['settings.changed', 'form.submitted'],
      criteria: ['C5', 'C7'],
    },
    {
      id: 'wp.settings.reading',
      label: 'Définir une page d’accueil statique (réglages de lecture)',
      description: 'Réglages › Lecture : choisir la page d’accueil et la page des articles.',
      evidenceKinds: ['settings.changed', 'form.submitted'],
      criteria: ['C3'],
    },
    {
      id: 'wp.settings.identity',
      label: 'Modifier l’identité du site (titre, slogan, logo, icône)',
      description: 'Réglages › Général ou Personnaliser › Identité du site.',
      evidenceKinds: ['settings.changed', 'form.submitted', 'net.request'],
      criteria: ['C2', 'C3'],
    },
    {
      id: 'wp.menu.edit',
      label: 'Gérer les menus',
      description: 'Ajouter, ordonner ou renommer une entrée de menu et l’affecter à un emplacement.',
      evidenceKinds: ['net.request', 'form.submitted', 'settings.changed'],
      criteria: ['C3'],
    },
    {
      id: 'wp.block.contactForm',
      label: 'Ajouter un formulaire de contact ou d’inscription à la newsletter',
      description: 'Insérer un bloc ou un widget de formulaire et vérifier son envoi.',
      evidenceKinds: ['content.updated', 'net.request', 'form.submitted'],
      criteria: ['C3', 'C7'],
    },
    {
      id: 'wp.block.map',
      label: 'Insérer une carte',
      description: 'Ajouter un bloc carte indiquant l’adresse du point de vente.',
      evidenceKinds: ['content.updated', 'content.published', 'net.request'],
      criteria: ['C3'],
    },
    {
      id: 'wp.block.social',
      label: 'Ajouter des icônes de réseaux sociaux',
      description: 'Insérer un bloc ou un widget d’icônes renvoyant vers les réseaux de l’entreprise.',
      evidenceKinds: ['content.updated', 'net.request'],
      criteria: ['C3'],
    },
    {
      id: 'wp.block.banner',
      label: 'Créer une bannière ou un bloc de mise en avant',
      description: 'Mettre en avant une offre ou un événement par une bannière (image, texte, bouton).',
      evidenceKinds: ['content.updated', 'content.published', 'net.request'],
      criteria: ['C1', 'C3'],
    },
    {
      id: 'wp.breadcrumb',
      label: 'Activer le fil d’Ariane',
      description: 'Activer et afficher le fil d’Ariane (thème ou extension SEO).',
      evidenceKinds: ['settings.changed', 'net.request'],
      criteria: ['C2', 'C3'],
    },
    {
      id: 'wp.user.create',
      label: 'Créer un utilisateur avec un rôle',
      description: 'Ajouter un compte et lui attribuer le rôle adapté (auteur, éditeur…).',
      evidenceKinds: ['form.submitted', 'net.request'],
      criteria: ['C3', 'C7'],
    },
    {
      id: 'wp.post.author',
      label: 'Changer l’auteur d’un article',
      description: 'Attribuer un article à un autre utilisateur.',
      evidenceKinds: ['content.updated', 'net.request'],
      criteria: ['C3'],
    },
    {
      id: 'wp.site.check',
      label: 'Contrôler le rendu public du site',
      description:
        'Consulter les pages publiques comme un internaute : affichage, images, liens, référencement.',
      evidenceKinds: ['nav.visited', 'page.seo'],
      criteria: ['C5'],
    },
  ],
} satisfies Catalogue;
