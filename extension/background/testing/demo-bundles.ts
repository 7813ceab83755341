/**
 * Real evidence bundles for tests: a short session on each demo subject, recorded and exported
 * by the real session service (recorder, chain, semantic layer, export) over fake-indexeddb.
 * Callers import 'fake-indexeddb/auto' first.
 */
import {
  createTestService,
  TEST_ORIGIN as DEMO_ORIGIN,
  type DemoSubjectId,
  demoPackageText,
} from './service.ts';

export type { DemoSubjectId };

const PIN = '24681357';

const seo = (title: string, h1: string) => ({
  title,
  metaDescription: `${title} — Les Jardins d’Oléane`,
  robots: null,
  canonical: null,
  lang: 'fr',
  headings: [{ level: 1, text: h1 }],
  images: { total: 2, missingAlt: 1, emptyAlt: 0 },
  links: { internal: 12, external: 1 },
  openGraph: {},
  jsonLdTypes: [],
  wordCount: 240,
});

/** Records a short, varied session on one demo subject and returns the exported file's text. */
export const exportDemoBundle = async (id: DemoSubjectId): Promise<string> => {
  const env = await createTestService('demo-bundle');
  const ask = async (message: unknown, path = '/') => {
    const answer = (await env.ask(message, `${DEMO_ORIGIN}${path}`)) as { ok: boolean; text?: string };
    if (!answer.ok) throw new Error(`${JSON.stringify(message).slice(0, 80)}: ${JSON.stringify(answer)}`);
    return answer;
  };
  await ask({ type: 'pin.set', next: PIN });
  await ask({ type: 'package.import', text: demoPackageText(id) });
  await ask({ type: 'session.start', candidate: { number: '02412345678' }, pin: PIN, browser: 'test' });
  const shop = id === 'demo-ecommerce-a';
  let n = 0;
  const event = (kind: string, path: string, data: Record<string, unknown>, trusted = true) => {
    env.advance(7_000);
    n += 1;
    return {
      id: `ev-${id}-${String(n).padStart(4, '0')}`,
      kind,
      time: env.now(),
      url: `${DEMO_ORIGIN}${path}`,
      trusted,
      data,
    };
  };
  await ask({ type: 'overlay.toggled', visible: true, trusted: true });
  await ask({ type: 'overlay.activeQuestion', questionId: 'q1' });
  await ask({ type: 'task.setStatus', questionId: 'q1', status: 'doing', trusted: true });
  const admin = shop ? '/admin/cart-rules/new' : '/wp-admin/post-new.php';
  await ask({
    type: 'capture.events',
    events: [
      event('nav.visited', '/', { title: 'Les Jardins d’Oléane', via: 'load' }),
      event('page.seo', '/', seo('Les Jardins d’Oléane', 'Thés et infusions bio')),
      event('nav.visited', admin, { title: 'Administration', via: 'load', referrer: `${DEMO_ORIGIN}/` }),
      event('ui.clicked', admin, {
        role: 'button',
        name: 'Enregistrer',
        tag: 'button',
        selector: 'form > button',
      }),
      event('ui.changed', admin, {
        name: 'title',
        type: 'text',
        value: 'Thé vert bio : la récolte de printemps',
        length: 38,
      }),
      event('ui.changed', admin, { name: 'password', type: 'password', masked: true, length: 9 }),
      event('form.submitted', admin, {
        action: `${DEMO_ORIGIN}${admin}`,
        method: 'POST',
        fields: shop
          ? [
              { name: 'code', type: 'text', value: 'OLEANE5', length: 7 },
              { name: 'reduction_percent', type: 'number', value: '5', length: 1 },
            ]
          : [
              {
                name: 'post_title',
                type: 'text',
                value: 'Thé vert bio : la récolte de printemps',
                length: 38,
              },
              {
                name: 'content',
                type: 'textarea',
                value: 'Le thé vert bio « récolte de printemps » est arrivé.',
                length: 52,
              },
            ],
      }),
      event('nav.visited', '/blog/', { title: 'Blog — « guillemets » et \\ barres', via: 'history' }),
      event(
        'ui.clicked',
        '/blog/',
        { role: 'link', name: 'Lire 😀', tag: 'a', selector: 'main a', href: `${DEMO_ORIGIN}/blog/1` },
        false,
      ),
    ],
  });
  await ask({
    type: 'task.saveNote',
    questionId: 'q1',
    text: 'Article publié, mot-clé « thé vert bio ».\nÀ relire.',
    trusted: true,
  });
  await ask({ type: 'task.setStatus', questionId: 'q1', status: 'done', trusted: true });
  env.advance(60_000);
  await ask({ type: 'session.end', pin: PIN });
  const exported = await ask({ type: 'session.export' });
  env.db.close();
  // The text exactly as the popup saves it.
  return exported.text!;
};
