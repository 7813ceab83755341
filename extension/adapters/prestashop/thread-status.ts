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
import { linkAction } from '../lib/link-action.ts';
import { registerDetector } from '../registry.ts';

const STATUS: Readonly<Record<string, string>> = {
  '1': 'open',
  '2': 'closed',
  '3': 'pending1',
  '4': 'pending2',
};
const SEEN_KEY = 'prestashop:thread-status:';
const PENDING_KEY = 'prestashop:thread-status-link';

const isThreadsPage = (url: string) =>
  queryValue(urlParts(url).query, 'controller')?.toLowerCase() === 'admincustomerthreads';

const asked = (url: string) => {
  if (!isThreadsPage(url)) return undefined;
  const { query } = urlParts(url);
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
      'PrestaShop/PrestaShop@22f3d39afec814ee0b38149bf9311005152b88b9:admin-dev/themes/default/template/controllers/customer_threads/helpers/view/view.tpl#L40-L49',
      'PrestaShop/PrestaShop@22f3d39afec814ee0b38149bf9311005152b88b9:admin-dev/themes/default/template/controllers/customer_threads/helpers/view/view.tpl#L100-L123',
      'PrestaShop/PrestaShop@562a231fec18a928e4a601860416fe11af274672:controllers/admin/AdminCustomerThreadsController.php#L310-L511',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/customer_threads/helpers/view/view.tpl#L40-L49',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCustomerThreadsController.php#L324-L334',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCustomerThreadsController.php#L678-L724',
    ],
  },
  detect(observation, { memory }) {
    const set = linkAction(observation, memory, PENDING_KEY, asked, isThreadsPage);
    if (!set) return [];
    if (memory.get<string>(SEEN_KEY + set.threadId) === set.status) return [];
    memory.set(SEEN_KEY + set.threadId, set.status);
    return settingsChanged('customer-thread', { threadId: set.threadId, status: set.status });
  },
});
