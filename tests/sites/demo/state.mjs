// In-memory state of one demo-site instance: the seeded data plus the cookie sessions.
// Each `startDemoSite()` call owns its store, so parallel test files never share state.
import { randomBytes } from 'node:crypto';
import { createSeedData } from './seed.mjs';

let seedTemplate;

function freshData() {
  // The seed is built once per process; each reset gets a deep clone so mutations made
  // through one instance or test never leak into the template.
  seedTemplate ??= createSeedData();
  return structuredClone(seedTemplate);
}

export function createSession() {
  return {
    id: randomBytes(18).toString('base64url'),
    user: null,
    cart: [],
    voucherCode: null,
    customerEmail: null,
    flash: [],
  };
}

/** `now` is injectable so tests can move the clock across voucher validity windows. */
export function createStore({ now = () => new Date() } = {}) {
  const store = {
    data: freshData(),
    sessions: new Map(),
    now,
    reset() {
      store.data = freshData();
      store.sessions.clear();
    },
    nextId(kind) {
      const id = store.data.counters[kind];
      store.data.counters[kind] = id + 1;
      return id;
    },
  };
  return store;
}

/** Counts for `GET /__state`: enough to assert on, and nothing sensitive. */
export function summarizeState(store) {
  const { posts, comments, products, vouchers, orders, customers, settings } = store.data;
  const commentCounts = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const comment of comments) commentCounts[comment.status] += 1;
  return {
    posts: posts.length,
    publishedPosts: posts.filter((p) => p.status === 'publish').length,
    draftPosts: posts.filter((p) => p.status === 'draft').length,
    comments: { total: comments.length, ...commentCounts },
    products: products.length,
    outOfStockProducts: products.filter((p) => p.stock === 0).length,
    vouchers: vouchers.length,
    voucherCodes: vouchers.map((v) => v.code),
    orders: orders.length,
    orderIds: orders.map((o) => o.id),
    customers: customers.length,
    sessions: store.sessions.size,
    settings: { ...settings },
  };
}

/** Everything the server holds, serialised: lets tests prove that no secret was kept. */
export function dumpState(store) {
  return JSON.stringify({ data: store.data, sessions: [...store.sessions.values()] });
}
