// Optional test-only preload (start.sh adds it when EVERSHOP_DISABLE_RATE_LIMIT=1):
//   NODE_OPTIONS="--import ./no-ratelimit.mjs"
// EverShop 2.2.1 rate-limits per IP unless NODE_ENV=test, and `evershop start` forces
// NODE_ENV=production: admin/customer login POSTs 8 per 15 min, /api/* 120/min, pages 300/min.
// A test suite that logs in more than 8 times in 15 minutes gets HTTP 429. This loader hook
// swaps modules/base/services/rateLimit.js for a pass-through; nothing on disk is changed.
import { register } from 'node:module';

const hooks = `
export async function load(url, context, nextLoad) {
  if (url.endsWith('/@evershop/evershop/dist/modules/base/services/rateLimit.js')) {
    return { format: 'module', shortCircuit: true, source:
      "export function classifyRequest() { return 'exempt'; }\\n" +
      "export function rateLimiter(request, response, next) { next(); }\\n" };
  }
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
