/**
 * A candidate's exam on a real WordPress 6.1 (tests/sites/wordpress), recorded by the built
 * extension in Chromium: log in, publish an article with a slug, an excerpt and an image with
 * its alt text, publish a page, approve a pending comment, reply to a comment, change the
 * tagline, require manual approval of comments. Then the examiner exports the bundle.
 *
 * Three parts, in order:
 *  1. the candidate's actions — each one also checks that the site really did it;
 *  2. what the bundle must hold today: it parses, its chain verifies, and it has the network
 *     requests of every state-changing action (capture);
 *  3. the semantic events the WordPress adapter must derive from them (issue 5). Written now;
 *     they pass once the adapter is wired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOf, requestTests } from './support/bundle.ts';
import { type Exam, type ExportedBundle, foldOverlay, SUBJECTS, startExam, step } from './support/exam.ts';
import { writePng } from './support/png.ts';
import { type WordPressSite, wordpressSite } from './support/sites.ts';
import {
  addImage,
  approveComment,
  changeTagline,
  logIn,
  openEditor,
  postPublicComment,
  publish,
  replyToComment,
  requireCommentApproval,
  saveDraft,
  setSlugAndExcerpt,
  writeTitleAndText,
} from './support/wordpress.ts';

const ARTICLE = {
  title: 'Portes ouvertes de l’atelier',
  text: 'Venez découvrir nos réalisations en chêne massif le samedi 6 avril.',
  slug: 'portes-ouvertes-atelier',
  excerpt: 'Visite de l’atelier, démonstrations et conseils le samedi 6 avril.',
  alt: 'Établi en chêne dans l’atelier de Villeurbanne',
};
const PAGE = { title: 'Nos réalisations', text: 'Cuisines, escaliers et agencements réalisés depuis 1987.' };
const REPLY = 'Merci Claire, au plaisir de vous accueillir à l’atelier !';
const TAGLINE = 'Cuisines et escaliers sur mesure à Villeurbanne';
const NEW_COMMENT = 'Bonjour à tous, les portes ouvertes ont lieu samedi de 10 h à 18 h, sans inscription.';

let site: WordPressSite;
let exam: Exam | undefined;
let exported: ExportedBundle | undefined;
const done: { postId?: number; pageId?: number; mediaId?: number } = {};

const pendingComment = () => site.comments.pending[0]!;
const repliedComment = () => site.comments.approved[0]!;
const rest = async (path: string) => {
  const response = await fetch(`${site.url}/wp-json/wp/v2${path}`);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};
const bundleOrFail = () => {
  if (!exported?.bundle) throw new Error('no valid bundle was exported (see the export step)');
  return exported.bundle;
};

beforeAll(async () => {
  site = await wordpressSite();
  exam = await startExam(site.url, SUBJECTS.wordpress);
});
afterAll(async () => {
  await exam?.close();
});

describe('WordPress 6.1 — the candidate at work', () => {
  it('logs in to the back office', () =>
    step(exam, 'wp-login', async () => {
      const page = exam!.page;
      await logIn(page, site);
      await foldOverlay(page);
      expect(page.url()).toContain('/wp-admin/');
    }));

  it('publishes an article with a slug, an excerpt and an image with its alt text', () =>
    step(exam, 'wp-article', async () => {
      const page = exam!.page;
      await openEditor(page, site, 'post');
      await writeTitleAndText(page, ARTICLE.title, ARTICLE.text);
      const image = await addImage(page, writePng('atelier'), ARTICLE.alt);
      expect(image.alt).toBe(ARTICLE.alt);
      done.mediaId = image.id;
      expect(await saveDraft(page)).toBe(200);
      expect(await setSlugAndExcerpt(page, ARTICLE.slug, ARTICLE.excerpt)).toEqual({
        slug: ARTICLE.slug,
        excerpt: ARTICLE.excerpt,
      });
      const { status, post } = await publish(page, 'posts');
      expect(status).toBe(200);
      expect(post).toMatchObject({
        status: 'publish',
        slug: ARTICLE.slug,
        excerpt: { raw: ARTICLE.excerpt },
      });
      expect(post.content.raw).toContain(`alt="${ARTICLE.alt}"`);
      done.postId = post.id;
      // The public site serves it.
      const published = await rest(`/posts/${post.id}`);
      expect(published.status).toBe(200);
      expect(published.json.slug).toBe(ARTICLE.slug);
    }));

  it('publishes a page', () =>
    step(exam, 'wp-page', async () => {
      const page = exam!.page;
      await openEditor(page, site, 'page');
      await writeTitleAndText(page, PAGE.title, PAGE.text);
      const { status, post } = await publish(page, 'pages');
      expect(status).toBe(200);
      expect(post.status).toBe('publish');
      done.pageId = post.id;
      expect((await rest(`/pages/${post.id}`)).status).toBe(200);
    }));

  it('approves the pending comment', () =>
    step(exam, 'wp-approve', async () => {
      const comment = pendingComment();
      expect((await rest(`/comments/${comment.id}`)).status).not.toBe(200); // hidden while pending
      const { status, body } = await approveComment(exam!.page, site, comment.id);
      expect(status).toBe(200);
      expect(body).toContain(`dim-comment_${comment.id}`);
      expect((await rest(`/comments/${comment.id}`)).status).toBe(200);
    }));

  it('replies to a comment', () =>
    step(exam, 'wp-reply', async () => {
      const comment = repliedComment();
      const { status, body } = await replyToComment(exam!.page, site, comment.id, REPLY);
      expect(status).toBe(200);
      expect(body).toContain('replyto-comment');
      const replies = await fetch(`${site.url}/wp-json/wp/v2/comments?parent=${comment.id}`);
      const list = (await replies.json()) as { content: { rendered: string } }[];
      expect(list.map((c) => c.content.rendered).join('\n')).toContain('au plaisir de vous accueillir');
    }));

  it('posts a new comment under the article through its public form', () =>
    step(exam, 'wp-public-comment', async () => {
      expect(done.postId).toBeDefined();
      // wp-comments-post.php answers a comment it took with a redirect to it.
      expect(await postPublicComment(exam!.page, site, done.postId!, NEW_COMMENT)).toBe(302);
      const comments = await fetch(`${site.url}/wp-json/wp/v2/comments?post=${done.postId}`);
      const list = (await comments.json()) as { content: { rendered: string } }[];
      expect(list.map((c) => c.content.rendered).join('\n')).toContain('sans inscription');
    }));

  it('changes the tagline', () =>
    step(exam, 'wp-tagline', async () => {
      expect(await changeTagline(exam!.page, site, TAGLINE)).toBe(true);
      const home = await (await fetch(`${site.url}/`)).text();
      expect(home).toContain(TAGLINE);
    }));

  it('requires manual approval of comments', () =>
    step(exam, 'wp-moderation', async () => {
      expect(await requireCommentApproval(exam!.page, site)).toEqual({ updated: true, checked: true });
    }));

  it('the examiner ends the session and exports the bundle', async () => {
    if (!exam) throw new Error('the exam session did not start');
    exported = await exam.finish('wordpress');
    expect(exported.parsed.ok).toBe(true);
  });
});

describe('WordPress — what the bundle holds today (capture)', () => {
  it('parses as a bundle', () => {
    expect(exported, 'no bundle exported').toBeDefined();
    expect(exported!.parsed.ok ? [] : exported!.parsed.problems).toEqual([]);
  });

  it('has a hash chain that verifies', () => {
    expect(exported?.chain).toMatchObject({ ok: true });
  });

  it('records the session on the WordPress origin', () => {
    const bundle = bundleOrFail();
    expect(bundle.session).toMatchObject({ status: 'ended', candidate: { number: '42' } });
    expect(bundle.session.referenceOrigins).toContain(site.url);
    expect(bundle.events[0]?.kind).toBe('session.started');
    expect(bundle.events.at(-1)?.kind).toBe('session.ended');
  });

  const expectRequest = requestTests(bundleOrFail);

  expectRequest('the login (POST /wp-login.php)', () => ({ methods: ['POST'], path: /^\/wp-login\.php$/ }));
  expectRequest('the image upload (POST /wp-json/wp/v2/media)', () => ({
    methods: ['POST'],
    path: /^\/wp-json\/wp\/v2\/media\/?$/,
  }));
  expectRequest(
    'the article draft and publication (REST posts/<id>, POST or PUT)',
    () => ({
      methods: ['POST', 'PUT'],
      path: new RegExp(`^/wp-json/wp/v2/posts/${done.postId ?? '\\d+'}$`),
    }),
    2,
  );
  expectRequest('the article publication carrying status=publish', () => ({
    methods: ['POST', 'PUT'],
    path: new RegExp(`^/wp-json/wp/v2/posts/${done.postId ?? '\\d+'}$`),
    field: ['status', 'publish'],
  }));
  expectRequest('the page publication (REST pages/<id>, POST or PUT)', () => ({
    methods: ['POST', 'PUT'],
    path: new RegExp(`^/wp-json/wp/v2/pages/${done.pageId ?? '\\d+'}$`),
  }));
  expectRequest('the comment approval (admin-ajax.php action=dim-comment)', () => ({
    methods: ['POST'],
    path: /^\/wp-admin\/admin-ajax\.php$/,
    field: ['action', 'dim-comment'],
  }));
  expectRequest('the reply (admin-ajax.php action=replyto-comment)', () => ({
    methods: ['POST'],
    path: /^\/wp-admin\/admin-ajax\.php$/,
    field: ['action', 'replyto-comment'],
  }));
  expectRequest('the tagline (POST options.php, option_page=general)', () => ({
    methods: ['POST'],
    path: /^\/wp-admin\/options\.php$/,
    field: ['option_page', 'general'],
  }));
  expectRequest('manual approval (POST options.php, option_page=discussion)', () => ({
    methods: ['POST'],
    path: /^\/wp-admin\/options\.php$/,
    field: ['option_page', 'discussion'],
  }));
});

describe('WordPress — semantic events from the adapter (issue 5)', () => {
  it('content.published: the article, with its slug, excerpt and an image that has its alt', () => {
    expect(eventsOf(bundleOrFail(), 'content.published')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          cms: 'wordpress',
          contentType: 'post',
          id: String(done.postId),
          title: ARTICLE.title,
          slug: ARTICLE.slug,
          status: 'publish',
          excerpt: ARTICLE.excerpt,
          images: { total: 1, missingAlt: 0 },
        }),
      }),
    );
  });

  it('content.published: the page', () => {
    expect(eventsOf(bundleOrFail(), 'content.published')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          cms: 'wordpress',
          contentType: 'page',
          id: String(done.pageId),
          title: PAGE.title,
          status: 'publish',
        }),
      }),
    );
  });

  it('comment.moderated: the pending comment approved', () => {
    expect(eventsOf(bundleOrFail(), 'comment.moderated')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({ commentId: String(pendingComment().id), action: 'approve' }),
      }),
    );
  });

  it('comment.replied: the reply with its text', () => {
    expect(eventsOf(bundleOrFail(), 'comment.replied')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({ parentId: String(repliedComment().id), text: REPLY }),
      }),
    );
  });

  it('comment.posted: the new comment, not a reply, with its text', () => {
    expect(eventsOf(bundleOrFail(), 'comment.posted')).toContainEqual(
      expect.objectContaining({
        data: expect.objectContaining({ postId: String(done.postId), text: NEW_COMMENT }),
      }),
    );
    expect(eventsOf(bundleOrFail(), 'comment.replied').map((e) => e.data.text)).not.toContain(NEW_COMMENT);
  });

  it('settings.changed: the tagline', () => {
    const changes = eventsOf(bundleOrFail(), 'settings.changed').map((e) => e.data.changes);
    expect(changes).toContainEqual(expect.objectContaining({ blogdescription: TAGLINE }));
  });

  it('settings.changed: comments must be approved manually', () => {
    const values = eventsOf(bundleOrFail(), 'settings.changed')
      .map((e) => e.data.changes)
      .filter((changes) => 'comment_moderation' in changes)
      .map((changes) => changes.comment_moderation);
    expect(values.length, 'no settings.changed event with comment_moderation').toBeGreaterThan(0);
    expect([1, '1', true]).toContain(values.at(-1));
  });
});
