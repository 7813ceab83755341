/**
 * The demo site's settings (`POST /admin/reglages`: `site_title`, `tagline`,
 * `comments_require_approval=1`), reported under WordPress's option names and areas
 * (`general`: `blogname`, `blogdescription`; `discussion`: `comment_moderation`) so that the
 * same evidence rules read both sites.
 */
import { failed, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';

export default registerDetector({
  id: 'demo.settings-form',
  adapter: 'demo',
  description:
    'Settings saved on the demo site: POST /admin/reglages (site_title, tagline, comments_require_approval) as settings.changed general {blogname, blogdescription} and discussion {comment_moderation}.',
  observes: ['request', 'form'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/admin.mjs (settingsPage, settingsSave)'],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (!/^\/admin\/reglages\/?$/.test(submission.path)) return [];
    const { fields } = submission;
    const title = text(fields.site_title)?.trim();
    if (!title) return [];
    const events: DerivedEvent[] = [
      {
        kind: 'settings.changed',
        data: {
          area: 'general',
          changes: {
            blogname: title.slice(0, 100),
            blogdescription: (text(fields.tagline) ?? '').trim().slice(0, 200),
          },
        },
      },
      {
        kind: 'settings.changed',
        data: {
          area: 'discussion',
          changes: { comment_moderation: text(fields.comments_require_approval) === '1' },
        },
      },
    ];
    return events;
  },
});
