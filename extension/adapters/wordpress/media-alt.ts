/**
 * A media item's text alternative set: in the block editor's media panel through
 * `POST /wp-json/wp/v2/media/<id>` (`alt_text`), or in the media library modal (the same modal
 * the image block opens) through `admin-ajax.php` `action=save-attachment` with `changes[alt]`.
 * The event is a `content.updated` of content type `media`: `featuredImage` carries the
 * file's URL and alt, `images` counts it (one image, missing alt or not).
 */
import { clip, compact, failed, field, isRecord, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef, DerivedEvent } from '../types.ts';
import { isAdminFile, knownMedia, learnFromRest, rememberMedia, renderedText, restRoute } from './lib.ts';

const mediaEvent = (
  id: string,
  media: { url?: string; alt?: string; title?: string; link?: string },
  changed: string[],
): DerivedEvent => {
  const data: ContentRef = compact({
    cms: 'wordpress',
    contentType: 'media',
    id: clip(id, 100),
    title: clip(media.title ?? '', 500),
    link: media.link ? clip(media.link, 2000) : undefined,
    featuredImage: compact({
      url: media.url ? clip(media.url, 2000) : undefined,
      alt: media.alt !== undefined ? clip(media.alt, 500) : undefined,
    }),
    images: { total: 1, missingAlt: media.alt?.trim() ? 0 : 1 },
    changed,
  });
  return { kind: 'content.updated', data };
};

export default registerDetector({
  id: 'wordpress.media-alt',
  adapter: 'wordpress',
  description:
    'Media alt text (and title, caption) set: POST/PUT /wp-json/wp/v2/media/<id> with alt_text (response = the attachment), or admin-ajax.php action=save-attachment with changes[alt] from the media modal.',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@63fed56395f11249e78341de687750e405a77f82:src/wp-includes/rest-api/endpoints/class-wp-rest-attachments-controller.php#L170-L172',
      'WordPress/wordpress-develop@63fed56395f11249e78341de687750e405a77f82:src/wp-includes/rest-api/endpoints/class-wp-rest-attachments-controller.php#L378-L399',
      'WordPress/WordPress@6.1.9:wp-admin/includes/ajax-actions.php#L3075-L3154',
      'WordPress/WordPress@6.1.9:wp-includes/js/media-models.js#L45-L71',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-attachments-controller.php#L149-L224',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-attachments-controller.php#L323-L365',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission)) return [];
    const route = observation.type === 'request' ? restRoute(observation) : undefined;
    if (route) {
      const match = /^\/wp\/v2\/media\/(\d+)$/.exec(route);
      learnFromRest(context.memory, route, submission.response);
      if (!match || submission.method === 'GET' || submission.method === 'DELETE') return [];
      const id = match[1]!;
      const response = isRecord(submission.response) ? submission.response : {};
      const known = knownMedia(context.memory, id);
      const alt = text(response.alt_text) ?? text(submission.fields.alt_text) ?? known?.alt;
      const media = {
        url: text(response.source_url) ?? known?.url,
        alt,
        title: renderedText(response.title) ?? renderedText(submission.fields.title) ?? known?.title,
        link: text(response.link),
      };
      rememberMedia(context.memory, id, media);
      return [
        mediaEvent(
          id,
          compact(media),
          Object.keys(submission.fields).filter((key) => key !== 'id'),
        ),
      ];
    }
    if (
      !isAdminFile(submission.path, 'admin-ajax.php') ||
      text(submission.fields.action) !== 'save-attachment'
    )
      return [];
    // wp_send_json_error(): 200 with success: false (not an attachment, no right to edit it).
    if (isRecord(submission.response) && submission.response.success === false) return [];
    const id = text(submission.fields.id);
    if (!id) return [];
    const alt = text(field(submission.fields, 'changes[alt]'));
    const title = text(field(submission.fields, 'changes[title]'));
    if (alt === undefined && title === undefined) return [];
    const known = knownMedia(context.memory, id);
    const media = { url: known?.url, alt: alt ?? known?.alt, title: title ?? known?.title };
    rememberMedia(context.memory, id, media);
    const changed = [alt !== undefined ? 'alt_text' : '', title !== undefined ? 'title' : ''].filter(Boolean);
    return [mediaEvent(id, compact(media), changed)];
  },
});
