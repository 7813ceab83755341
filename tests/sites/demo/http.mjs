// Request/response plumbing: a per-request context with body parsing, cookies, the cookie
// session and response helpers. Only node:http primitives, no framework.
import { createSession } from './state.mjs';

export const SESSION_COOKIE = 'jdo_session';
const MAX_BODY_BYTES = 1024 * 1024;

/** An error that maps to an HTTP status; its message is meant for the client (French). */
export class HttpError extends Error {
  constructor(status, message, code = 'error') {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function parseCookies(header = '') {
  const cookies = {};
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // Ignore malformed cookies rather than failing the whole request.
    }
  }
  return cookies;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'Requête trop volumineuse.', 'payload_too_large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sessionCookie(id) {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
}

export function createContext(req, res, store) {
  const host = req.headers.host || '127.0.0.1';
  const url = new URL(req.url, `http://${host}`);
  const cookies = parseCookies(req.headers.cookie);
  const setCookies = [];

  const ctx = {
    req,
    res,
    store,
    url,
    query: url.searchParams,
    origin: `http://${host}`,
    get data() {
      return store.data;
    },

    /** The visitor's session if they already have one; never creates one. */
    peekSession() {
      const id = cookies[SESSION_COOKIE];
      return (id && store.sessions.get(id)) || null;
    },

    /** The visitor's session, created (and its cookie set) on first need. */
    session() {
      const existing = ctx.peekSession();
      if (existing) return existing;
      const session = createSession();
      store.sessions.set(session.id, session);
      cookies[SESSION_COOKIE] = session.id;
      setCookies.push(sessionCookie(session.id));
      return session;
    },

    /** New session id after login, keeping the cart: prevents session fixation. */
    rotateSession() {
      const previous = ctx.peekSession();
      const next = createSession();
      if (previous) {
        next.cart = previous.cart;
        next.voucherCode = previous.voucherCode;
        next.customerEmail = previous.customerEmail;
        store.sessions.delete(previous.id);
      }
      store.sessions.set(next.id, next);
      cookies[SESSION_COOKIE] = next.id;
      setCookies.push(sessionCookie(next.id));
      return next;
    },

    isAdmin() {
      return ctx.peekSession()?.user === 'admin';
    },

    flash(type, text, tag) {
      ctx.session().flash.push({ type, text, tag });
    },

    takeFlash() {
      const session = ctx.peekSession();
      if (!session || session.flash.length === 0) return [];
      const messages = session.flash;
      session.flash = [];
      return messages;
    },

    async readForm() {
      return new URLSearchParams(await readBody(req));
    },

    async readJson() {
      const type = req.headers['content-type'] || '';
      // Requiring a JSON content type also blocks cross-site form posts to the admin API
      // (they cannot set it without a CORS preflight), which is our CSRF protection.
      if (!type.startsWith('application/json')) {
        throw new HttpError(415, 'Le corps de la requête doit être du JSON.', 'unsupported_media_type');
      }
      const text = await readBody(req);
      try {
        return text ? JSON.parse(text) : {};
      } catch {
        throw new HttpError(400, 'JSON invalide.', 'invalid_json');
      }
    },

    send(status, body, headers = {}) {
      const all = {
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'same-origin',
        ...headers,
      };
      if (setCookies.length) all['Set-Cookie'] = setCookies;
      res.writeHead(status, all);
      res.end(req.method === 'HEAD' ? undefined : body);
    },

    html(status, markup) {
      ctx.send(status, String(markup), { 'Content-Type': 'text/html; charset=utf-8' });
    },

    json(status, value) {
      ctx.send(status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
    },

    redirect(location, status = 303) {
      ctx.send(status, '', { Location: location });
    },
  };
  return ctx;
}
