/**
 * A candidate's actions on the demo site's back office, done as a person does them: typing in
 * labelled fields and clicking buttons (long texts are pasted, as candidates paste annexes).
 */
import type { Page } from 'puppeteer-core';
import { PLAIN_ARTICLE } from '../../labelled/texts.ts';

const type = async (page: Page, selector: string, text: string) => {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
};

/** Pastes a long text: sets the value and fires the events a paste fires. */
const paste = async (page: Page, selector: string, text: string) => {
  await page.click(selector);
  await page.$eval(
    selector,
    (node, value) => {
      const field = node as HTMLTextAreaElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    text,
  );
};

export const logIn = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/login`);
  await type(page, '#username', 'admin');
  await type(page, '#password', 'demo-admin');
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
};

export interface Article {
  title: string;
  slug?: string;
  excerpt?: string;
  content: string;
  metaTitle?: string;
  metaDescription?: string;
  focusKeyword?: string;
  imageUrl?: string;
  imageAlt?: string;
}

/** Waits until the element shows a text containing `text` (a notice after a save). */
export const waitForMessage = (page: Page, selector: string, text: string) =>
  page.waitForFunction(
    (sel: string, expected: string) => document.querySelector(sel)?.textContent?.includes(expected) ?? false,
    { polling: 100, timeout: 15_000 },
    selector,
    text,
  );

export const publishArticle = async (page: Page, site: string, article: Article) => {
  await page.goto(`${site}/admin/articles/new`);
  await type(page, '#post-title', article.title);
  if (article.slug) await type(page, '#post-slug', article.slug);
  if (article.excerpt) await type(page, '#post-excerpt', article.excerpt);
  await paste(page, '#post-content', article.content);
  if (article.metaTitle) await type(page, '#post-meta-title', article.metaTitle);
  if (article.metaDescription) await type(page, '#post-meta-description', article.metaDescription);
  if (article.focusKeyword) await type(page, '#post-focus-keyword', article.focusKeyword);
  if (article.imageUrl) await type(page, '#post-image-url', article.imageUrl);
  if (article.imageAlt) await type(page, '#post-image-alt', article.imageAlt);
  await page.click('#publish');
  await waitForMessage(page, '#editor-message', 'publié');
};

const commentRow = (author: string) => `xpath///tr[@data-comment-id][.//*[contains(text(), "${author}")]]`;

export const approveComment = async (page: Page, site: string, author: string) => {
  await page.goto(`${site}/admin/commentaires`);
  const row = await page.waitForSelector(commentRow(author));
  await (await row!.$('button[data-action=approve]'))!.click();
  await page.waitForFunction(
    (el: Element) => el.getAttribute('data-status') === 'approved',
    { polling: 100, timeout: 15_000 },
    row!,
  );
};

/** Moderation screen (optionally filtered by status): one button on the row of `author`. */
export const moderateComment = async (
  page: Page,
  site: string,
  author: string,
  action: string,
  filter = '',
) => {
  await page.goto(`${site}/admin/commentaires${filter ? `?statut=${filter}` : ''}`);
  const row = await page.waitForSelector(commentRow(author));
  await (await row!.$(`button[data-action=${action}]`))!.click();
  await waitForMessage(page, '#moderation-message', author);
};

export const replyToComment = async (page: Page, site: string, author: string, text: string) => {
  await page.goto(`${site}/admin/commentaires`);
  const row = await page.waitForSelector(commentRow(author));
  await (await row!.$('button[data-reply-toggle]'))!.click();
  const field = await row!.waitForSelector('textarea');
  await field!.type(text);
  await (await row!.$('button[type=submit]'))!.click();
  await waitForMessage(page, '#moderation-message', 'ponse');
};

export const saveSettings = async (
  page: Page,
  site: string,
  settings: { tagline?: string; manualApproval?: boolean },
) => {
  await page.goto(`${site}/admin/reglages`);
  if (settings.tagline !== undefined) await type(page, '#tagline', settings.tagline);
  if (settings.manualApproval !== undefined) {
    const checked = await page.$eval(
      '#comments_require_approval',
      (box) => (box as HTMLInputElement).checked,
    );
    // Ticking it off and on again saves it as the subject asks, even when the seed has it on.
    if (checked) await page.click('#comments_require_approval');
    if (settings.manualApproval) await page.click('#comments_require_approval');
  }
  await Promise.all([page.waitForNavigation(), page.click('#save-settings')]);
};

/**
 * The article a careful candidate writes for the demo WordPress subject: the annex reformulated
 * in four varied paragraphs mentioning the keyword. (It used to be one sentence repeated twelve
 * times — filler, which the rules now rightly cap at I.)
 */
export const ARTICLE_TEXT = PLAIN_ARTICLE;

/**
 * A thorough candidate on the demo WordPress subject: the article with keyword, slug, SEO
 * fields and an image with alt (q1), the pending comment approved and answered (q2), a tagline
 * mentioning Annecy and manual approval of comments (q3).
 */
export const thoroughCandidate = async (page: Page, site: string) => {
  await logIn(page, site);
  await publishArticle(page, site, {
    title: 'Thé vert bio : bien le choisir et l’infuser',
    slug: 'the-vert-bio-choisir-infuser',
    excerpt: 'Nos conseils pour choisir et infuser un thé vert bio.',
    content: ARTICLE_TEXT,
    metaTitle: 'Thé vert bio : choisir et infuser',
    metaDescription:
      'Découvrez comment choisir et infuser votre thé vert bio : températures, temps et origines sélectionnées par Les Jardins d’Oléane.',
    focusKeyword: 'thé vert bio',
    imageUrl: '/images/the-vert.svg',
    imageAlt: 'Tasse de thé vert bio fumante',
  });
  await approveComment(page, site, 'Julien');
  await replyToComment(
    page,
    site,
    'Julien',
    'Bonjour Julien, pour le matcha nous conseillons une eau plus douce, autour de 75 degrés, fouettée sans bouillir : la poudre garde ainsi toute sa douceur et sa belle couleur verte.',
  );
  await saveSettings(page, site, { tagline: 'Thés bio choisis à Annecy', manualApproval: true });
};
