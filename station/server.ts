/**
 * The station's HTTP server (Fastify 5): health, the ingest API for workstations, the
 * examiner's pages and their API. Bodies are read as text (the ingest signature covers the
 * exact bytes) and parsed by each route.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_BATCH_BYTES } from '../shared/station/protocol.ts';
import type { Database } from './db/database.ts';
import { audit } from './ingest/audit.ts';
import { ingestBatch, pruneNonces } from './ingest/ingest.ts';
import { pair } from './ingest/pairing.ts';
import { refusal } from './ingest/refusals.ts';
import { createHub, type Hub } from './live/hub.ts';
import { registerExaminerRoutes } from './web/routes.ts';

export interface StationOptions {
  db: Database;
  /** Shown on every examiner page when HTTP is plain on a network address. */
  insecureWarning?: string | null;
  https?: { cert: Buffer; key: Buffer } | null;
  logger?: boolean;
  version?: string;
}

export interface Station {
  app: FastifyInstance;
  hub: Hub;
  close(): Promise<void>;
}

export const createStation = async (options: StationOptions): Promise<Station> => {
  const { db } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BATCH_BYTES,
    ...(options.https ? { https: options.https } : {}),
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;
  const hub = createHub(db);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      await audit(db, 'refused:too-large', request.ip, request.url);
      const outcome = refusal('too-large');
      return reply.code(outcome.status).send(outcome.body);
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) console.error('[station]', error);
    return reply
      .code(status)
      .send({ ok: false, code: 'error', fr: 'Erreur de la station.', en: error.message });
  });

  // Workstations call from an extension origin: the ingest API is open to any origin (it is
  // authenticated by its signature, never by cookies), the examiner's API is not.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/pair') && !request.url.startsWith('/api/ingest')) return;
    reply.header('access-control-allow-origin', '*');
    reply.header(
      'access-control-allow-headers',
      'content-type, x-temoin-session, x-temoin-timestamp, x-temoin-nonce, x-temoin-signature',
    );
    reply.header('access-control-allow-methods', 'POST');
    if (request.method === 'OPTIONS') return reply.code(204).send();
  });
  app.options('/api/pair', async (_request, reply) => reply.code(204).send());
  app.options('/api/ingest', async (_request, reply) => reply.code(204).send());

  app.get('/health', async () => {
    const started = Date.now();
    await db.query('select 1');
    return {
      ok: true,
      service: 'temoin-station',
      version: options.version ?? '0',
      database: db.kind,
      dbMs: Date.now() - started,
      dbBytes: await db.size(),
    };
  });

  app.post('/api/pair', async (request, reply) => {
    let input: unknown;
    try {
      input = JSON.parse(String(request.body ?? ''));
    } catch {
      const outcome = refusal('malformed-json');
      return reply.code(outcome.status).send(outcome.body);
    }
    const outcome = await pair(db, input, request.ip);
    return reply.code(outcome.status).send(outcome.body);
  });

  app.post('/api/ingest', async (request, reply) => {
    const outcome = await ingestBatch(
      db,
      { headers: request.headers, body: String(request.body ?? ''), remote: request.ip },
      (stored) => void hub.stored(stored).catch((error: unknown) => console.error('[station] live', error)),
    );
    if (outcome.status === 507)
      hub.failed(
        'La station ne peut plus enregistrer (disque plein ?) : les postes gardent tout et renverront.',
      );
    return reply.code(outcome.status).send(outcome.body);
  });

  registerExaminerRoutes(app, { db, hub, insecureWarning: options.insecureWarning ?? null });

  const ticker = setInterval(() => void hub.tick().catch(() => undefined), 2_000);
  const pruner = setInterval(() => void pruneNonces(db).catch(() => undefined), 5 * 60_000);
  ticker.unref();
  pruner.unref();

  return {
    app,
    hub,
    async close() {
      clearInterval(ticker);
      clearInterval(pruner);
      await app.close();
    },
  };
};
