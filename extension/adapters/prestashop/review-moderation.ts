/**
 * Product reviews moderated in the productcomments module (Modules › Product Comments ›
 * Configure). Its actions are plain links — GET navigations, not state-changing requests — so
 * they are derived from the link followed and the page that results:
 * - approve: `index.php?controller=AdminModules&configure=productcomments&approveComment=<id>`,
 *   answered by the module page itself (no redirect): the loaded page's URL says it;
 * - delete (HelperList action, after a confirm()): `…&configure=productcomments
 *   &deleteproductcomments&id_product_comment=<id>` (older versions `deleteComment=<id>`), which
 *   redirects to the module page on success and re-renders it with « The comment cannot be
 *   deleted » otherwise: the link followed, then a module page without an error, says it.
 * The moderation settings (`submitModerate`, `PRODUCT_COMMENTS_MODERATE`…) are a module
 * configuration save: prestashop.module-config reports them (area `module:productcomments`).
 * A reload of the same approve link is not a second moderation.
 */
import { queryValue, urlParts } from '../lib/fields.ts';
import { linkAction } from '../lib/link-action.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent, Memory } from '../types.ts';

const SEEN_KEY = 'prestashop:reviews-moderated';
const PENDING_KEY = 'prestashop:review-link';

type Action = 'approve' | 'delete';

const isModulePage = (query: Readonly<Record<string, string>>) =>
  queryValue(query, 'controller')?.toLowerCase() === 'adminmodules' &&
  queryValue(query, 'configure') === 'productcomments';

/** The action a module URL asks for, if any. */
const actionOf = (url: string): { action: Action; id: string } | undefined => {
  const { query } = urlParts(url);
  if (!isModulePage(query)) return undefined;
  const approve = queryValue(query, 'approveComment');
  if (approve && /^\d+$/.test(approve)) return { action: 'approve', id: approve };
  const remove =
    queryValue(query, 'deleteComment') ??
    (queryValue(query, 'deleteproductcomments') !== undefined
      ? queryValue(query, 'id_product_comment')
      : undefined);
  if (remove && /^\d+$/.test(remove)) return { action: 'delete', id: remove };
  return undefined;
};

const moderated = (memory: Memory, action: Action, id: string): DerivedEvent[] => {
  const done = new Set(memory.get<string[]>(SEEN_KEY) ?? []);
  if (done.has(`${action}:${id}`)) return [];
  done.add(`${action}:${id}`);
  memory.set(SEEN_KEY, [...done].slice(-200));
  return [{ kind: 'comment.moderated', data: { commentId: `productcomments:${id}`, action } }];
};

export default registerDetector({
  id: 'prestashop.review-moderation',
  adapter: 'prestashop',
  description:
    'Product reviews moderated (productcomments GET links): approveComment=<id> read from the page it loads; deleteproductcomments&id_product_comment=<id> (or deleteComment=<id>) from the link followed and the module page that results without an error.',
  observes: ['page', 'link'],
  source: {
    product: 'PrestaShop productcomments',
    versions: ['6.0 (PrestaShop 1.7.7+, 8.x)'],
    files: [
      'PrestaShop/productcomments@v6.0.3:productcomments.php#L177-L272',
      'PrestaShop/productcomments@v6.0.3:productcomments.php#L500-L508',
    ],
  },
  detect(observation, { memory }) {
    const done = linkAction(observation, memory, PENDING_KEY, actionOf, (url) =>
      isModulePage(urlParts(url).query),
    );
    return done ? moderated(memory, done.action, done.id) : [];
  },
});
