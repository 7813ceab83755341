/**
 * A candidate's actions in WordPress 6.1's back office (Debian's package), with the selectors
 * that are stable there: classes and ids, never labels (the admin is half French, half English).
 * Each action waits for the request that does the work and returns what the site answered.
 */
import type { ElementHandle, HTTPResponse, Page } from 'puppeteer-core';
import type { WordPressSite } from './sites.ts';

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: WordPress's global `wp` has no types here.
    wp: any;
  }
}

const SEL = {
  adminBar: '#wpadminbar',
  editorLayout: '.edit-post-layout',
  title: '.editor-post-title__input',
  welcomeGuide: '.edit-post-welcome-guide',
  modalClose: '.components-modal__header button',
  sidebar: '.interface-complementary-area.edit-post-sidebar',
  settingsToggle: '.interface-pinned-items > button:first-child',
  sidebarTabs: '.edit-post-sidebar__panel-tab',
  inserterToggle: '.edit-post-header-toolbar__inserter-toggle',
  inserterSearch: '.block-editor-inserter__search input',
  imageItem: '.editor-block-list-item-image',
  uploadButton: '.block-editor-media-placeholder__upload-button',
  uploadedImage: '.wp-block-image img[src*="/wp-content/uploads/"]',
  inspectorTextarea: '.block-editor-block-inspector .components-textarea-control__input',
  saveDraft: '.editor-post-save-draft',
  savedState: '.editor-post-saved-state.is-saved',
  urlToggle: '.edit-post-post-url__toggle',
  urlInput: '.editor-post-url input',
  excerptTextarea: '.editor-post-excerpt__textarea textarea',
  publishToggle: '.editor-post-publish-panel__toggle',
  publishConfirm: '.editor-post-publish-panel__header-publish-button button',
  postPublished: '.post-publish-panel__postpublish',
};

const isSave = (type: 'posts' | 'pages') => (response: HTTPResponse) =>
  new RegExp(`/wp-json/wp/v2/${type}/\\d+`).test(response.url()) &&
  response.request().method() === 'POST' &&
  !/autosaves/.test(response.url());

const isAjax = (action: string) => (response: HTTPResponse) =>
  response.url().includes('/wp-admin/admin-ajax.php') &&
  response.request().method() === 'POST' &&
  (response.request().postData() ?? '').includes(`action=${action}`);

/**
 * Fills in and submits wp-login.php as a person would, and waits for the back office.
 * wp-login.php moves the focus to the user field and selects it 200 ms after it loads
 * (`wp_attempt_focus`, WordPress/wordpress-develop@6.1.1:src/wp-login.php): typing the password
 * before that timer fires sends the rest of it into the user field, and the login fails under
 * load. So wait for that focus first, type, and check what the fields hold before submitting.
 */
export const submitLogin = async (page: Page, site: WordPressSite, delay = 0) => {
  await page.waitForSelector('#user_login');
  await page
    .waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 5_000 })
    .catch(() => undefined); // a login page without that script (a plugin's) still works below
  await page.type('#user_login', site.admin.user, { delay });
  await page.type('#user_pass', site.admin.password, { delay });
  const typed = await page.evaluate(() => [
    (document.querySelector('#user_login') as HTMLInputElement).value,
    (document.querySelector('#user_pass') as HTMLInputElement).value,
  ]);
  if (typed[0] !== site.admin.user || typed[1] !== site.admin.password)
    throw new Error(
      `wp-login.php: the fields hold « ${typed[0]} » and ${typed[1].length} characters of password`,
    );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  const admin = await page.waitForSelector(SEL.adminBar, { timeout: 10_000 }).catch(() => null);
  if (!admin) {
    const error = await page.$eval('#login_error', (node) => node.textContent?.trim()).catch(() => undefined);
    throw new Error(
      `WordPress did not open its back office after login (${page.url()})${error ? `: ${error}` : ''}`,
    );
  }
};

export const logIn = async (page: Page, site: WordPressSite) => {
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await submitLogin(page, site);
};

/** Opens the block editor on a new post or page; closes the welcome guide of a first visit. */
export const openEditor = async (page: Page, site: WordPressSite, type: 'post' | 'page') => {
  await page.goto(`${site.url}/wp-admin/post-new.php${type === 'page' ? '?post_type=page' : ''}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForSelector(SEL.editorLayout);
  await page.waitForSelector(SEL.title, { visible: true });
  const guide = await page.evaluate(() =>
    window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'),
  );
  if (guide) {
    await page.waitForSelector(SEL.welcomeGuide, { timeout: 10_000 });
    await page.click(SEL.modalClose);
    await page.waitForSelector(SEL.welcomeGuide, { hidden: true });
  }
};

export const writeTitleAndText = async (page: Page, title: string, text: string) => {
  await page.click(SEL.title);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter'); // a new paragraph block
  await page.keyboard.type(text);
};

const openSidebar = async (page: Page, tab: 'document' | 'block') => {
  if (!(await page.$(SEL.sidebar))) {
    await page.click(SEL.settingsToggle);
    await page.waitForSelector(SEL.sidebar);
  }
  const tabs = await page.$$(SEL.sidebarTabs);
  const wanted = tabs[tab === 'document' ? 0 : 1];
  if (wanted) await wanted.click();
};

/**
 * Clicks Upload until the browser opens its file chooser. On a loaded machine the block's
 * placeholder can still be settling when the button shows: a click then lands on a button
 * React is about to replace, and no chooser ever opens (seen under load: 30 s, then the whole
 * session's later steps lost). A candidate clicks again; so does this.
 */
const openFileChooser = async (page: Page, button: ElementHandle<Element>) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 8_000 }), button.click()]);
      return chooser;
    } catch (error) {
      if (attempt >= 4) throw error;
      const again = await page.waitForSelector(SEL.uploadButton, { visible: true });
      if (again) button = again;
    }
  }
};

/** Inserter → Image block → Upload (a real file chooser) → alt text in the block's settings. */
export const addImage = async (page: Page, file: string, alt: string) => {
  await page.click(SEL.inserterToggle);
  await page.waitForSelector(SEL.inserterSearch, { visible: true });
  await page.type(SEL.inserterSearch, 'image');
  await page.waitForSelector(SEL.imageItem, { visible: true });
  await page.click(SEL.imageItem);
  const upload = await page.waitForSelector(SEL.uploadButton, { visible: true });
  const uploaded = page.waitForResponse(
    (r) => r.url().includes('/wp-json/wp/v2/media') && r.request().method() === 'POST',
    { timeout: 30_000 },
  );
  const chooser = await openFileChooser(page, upload!);
  await chooser.accept([file]);
  const media = await uploaded;
  if (media.status() !== 201)
    throw new Error(`media upload answered ${media.status()}: ${await media.text()}`);
  await page.waitForSelector(SEL.uploadedImage, { timeout: 30_000 });
  await openSidebar(page, 'block');
  const altInput = await page.waitForSelector(SEL.inspectorTextarea, { visible: true });
  await altInput!.click();
  await page.keyboard.type(alt);
  return page.evaluate(() => {
    const block = window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((b: { name: string }) => b.name === 'core/image');
    return {
      id: block?.attributes.id as number,
      url: block?.attributes.url as string,
      alt: block?.attributes.alt as string,
    };
  });
};

/** In 6.1 the slug is editable only once the auto-draft was saved: save a draft first. */
export const saveDraft = async (page: Page) => {
  const saved = page.waitForResponse(isSave('posts'));
  await page.click(SEL.saveDraft);
  const response = await saved;
  await page.waitForSelector(SEL.savedState);
  return response.status();
};

export const setSlugAndExcerpt = async (page: Page, slug: string, excerpt: string) => {
  await openSidebar(page, 'document');
  await page.click(SEL.urlToggle);
  const input = await page.waitForSelector(SEL.urlInput);
  await input!.click({ count: 3 });
  await page.keyboard.type(slug);
  await page.keyboard.press('Tab'); // the slug is committed on blur
  await page.keyboard.press('Escape');
  const opened = await page.evaluate(() => {
    const toggle = [...document.querySelectorAll<HTMLButtonElement>('.components-panel__body-toggle')].find(
      (b) => /excerpt|extrait/i.test(b.textContent ?? ''),
    );
    if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    return !!toggle;
  });
  if (!opened) throw new Error('no Excerpt panel in the document sidebar');
  await page.waitForSelector(SEL.excerptTextarea);
  await page.click(SEL.excerptTextarea);
  await page.keyboard.type(excerpt);
  return page.evaluate(() => {
    const editor = window.wp.data.select('core/editor');
    return { slug: editor.getEditedPostAttribute('slug'), excerpt: editor.getEditedPostAttribute('excerpt') };
  });
};

/** Publish → confirm in the pre-publish panel; returns the saved post as the REST API sent it. */
export const publish = async (page: Page, type: 'posts' | 'pages') => {
  await page.click(SEL.publishToggle);
  await page.waitForSelector(SEL.publishConfirm, { visible: true });
  const saved = page.waitForResponse(isSave(type));
  await page.click(SEL.publishConfirm);
  const response = await saved;
  const post = (await response.json()) as {
    id: number;
    status: string;
    slug: string;
    link: string;
    excerpt: { raw: string };
    content: { raw: string };
  };
  await page.waitForSelector(SEL.postPublished);
  return { status: response.status(), post };
};

const commentRow = (id: number) => `#the-comment-list tr#comment-${id}`;

/** edit-comments.php, pending comments: hover the row, click « Approve » (AJAX dim-comment). */
export const approveComment = async (page: Page, site: WordPressSite, id: number) => {
  await page.goto(`${site.url}/wp-admin/edit-comments.php?comment_status=moderated`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForSelector(`${commentRow(id)}.unapproved`);
  await page.hover(commentRow(id)); // row actions show on hover
  const done = page.waitForResponse(isAjax('dim-comment'));
  await page.click(`${commentRow(id)} .row-actions .approve a.vim-a`);
  const response = await done;
  return { status: response.status(), body: await response.text() };
};

/** edit-comments.php: hover the row, « Reply », type, « Approve and Reply »/« Reply » (AJAX replyto-comment). */
export const replyToComment = async (page: Page, site: WordPressSite, id: number, text: string) => {
  await page.goto(`${site.url}/wp-admin/edit-comments.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(commentRow(id));
  await page.hover(commentRow(id));
  await page.click(`${commentRow(id)} .row-actions .reply button.vim-r`);
  await page.waitForSelector('#replycontent', { visible: true });
  await page.type('#replycontent', text);
  const done = page.waitForResponse(isAjax('replyto-comment'));
  await page.click('#replysubmit button.save');
  const response = await done;
  await page.waitForSelector('#replyrow', { hidden: true }).catch(() => undefined);
  return { status: response.status(), body: await response.text() };
};

/**
 * A new comment through a post's public form (comment_form(): textarea#comment, input#submit,
 * posted to wp-comments-post.php), as the logged-in candidate: what a candidate does who
 * answers an internaut under the article instead of with « Répondre ».
 */
export const postPublicComment = async (page: Page, site: WordPressSite, postId: number, text: string) => {
  await page.goto(`${site.url}/?p=${postId}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('textarea#comment');
  await page.type('textarea#comment', text);
  const posted = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/wp-comments-post.php'),
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
  return (await posted).status();
};

const submitSettings = async (page: Page) => {
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
  return !!(await page.$('#setting-error-settings_updated'));
};

/** Réglages › Général: the tagline (blogdescription), saved through options.php. */
export const changeTagline = async (page: Page, site: WordPressSite, tagline: string) => {
  await page.goto(`${site.url}/wp-admin/options-general.php`, { waitUntil: 'domcontentloaded' });
  const input = await page.waitForSelector('#blogdescription');
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(tagline);
  return submitSettings(page);
};

/** Réglages › Discussion: « Comment must be manually approved » (comment_moderation). */
export const requireCommentApproval = async (page: Page, site: WordPressSite) => {
  await page.goto(`${site.url}/wp-admin/options-discussion.php`, { waitUntil: 'domcontentloaded' });
  const box = await page.waitForSelector('#comment_moderation');
  if (!(await box!.evaluate((node) => (node as HTMLInputElement).checked))) await box!.click();
  const updated = await submitSettings(page);
  const checked = await page.$eval('#comment_moderation', (node) => (node as HTMLInputElement).checked);
  return { updated, checked };
};
