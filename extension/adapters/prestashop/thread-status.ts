/**
 * A customer-service thread's status set (open, closed, pending 1, pending 2) in the legacy
 * AdminCustomerThreads page of 1.7.8 (the 8.x list keeps it): the status buttons are links,
 * `index.php?controller=AdminCustomerThreads&id_customer_thread=<id>&viewcustomer_thread
 * &setstatus=<1|2|3|4>`, so a GET navigation: read from the page the link loads, unless that
 * page shows an error. 1 open, 2 closed, 3 pending 1, 4 pending 2 (the controller's
 * `$status_array`).
 */
import { settingsChanged } from '../lib/events.ts';
import { queryValue, urlParts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { LinkObservation, PageObservation } from '../types.ts';

const STATUS: Readonly<Record<string, string>> = {
  '1': 'open',
  '2': 'closed',
  '3': 'pending1',
  '4': 'pending2',
};
const SEEN_KEY = 'prestashop:thread-status:';
const PENDING_KEY = 'prestashop:thread-status-link';
const WAIT_MS = 60_000;

const asked = (url: string) => {
  const { query } = urlParts(url);
  if (queryValue(query, 'controller')?.toLowerCase() !== 'admincustomerthreads') return undefined;
  const status = STATUS[queryValue(query, 'setstatus') ?? ''];
  const threadId = queryValue(query, 'id_customer_thread');
  return status && threadId ? { status, threadId } : undefined;
};

export default registerDetector({
  id: 'prestashop.thread-status',
  adapter: 'prestashop',
  description:
    'Customer-service thread status set: the AdminCustomerThreads link id_customer_thread=<id>&setstatus=<1-4> (open, closed, pending1, pending2), read from the page it loads or from the link followed and the thread page that results, unless it shows an error.',
  observes: ['page', 'link'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@1.7.8.10:controllers/admin/AdminCustomerThreadsController.php',
      'PrestaShop/PrestaShop@1.7.8.10:admin-dev/themes/default/template/controllers/customer_threads/helpers/view/view.tpl',
    ],
  },
  detect(observation, { memory }) {
    if (observation.type === 'link') {
      const link = asked((observation as LinkObservation).href);
      if (link) memory.set(PENDING_KEY, { ...link, time: observation.time });
      return [];
    }
    const page = observation as PageObservation;
    const { query } = urlParts(page.url);
    if (queryValue(query, 'controller')?.toLowerCase() !== 'admincustomerthreads') return [];
    const pending = memory.get<{ status: string; threadId: string; time: number }>(PENDING_KEY);
    memory.delete(PENDING_KEY);
    if (page.markup?.notices?.some((notice) => notice.kind === 'error')) return [];
    const set =
      asked(page.url) ??
      (pending && page.time >= pending.time && page.time - pending.time <= WAIT_MS ? pending : undefined);
    if (!set) return [];
    if (memory.get<string>(SEEN_KEY + set.threadId) === set.status) return [];
    memory.set(SEEN_KEY + set.threadId, set.status);
    return settingsChanged('customer-thread', { threadId: set.threadId, status: set.status });
  },
});
