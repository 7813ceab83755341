/**
 * Harmonisation on the station: the page (`/harmonisation`, the grid editor's harmonisation
 * view bundled by harmonisation/view-bundle.ts) and its data (`/api/harmonisation`). Both
 * need a signed-in account and read only the commissions it may see; the data is same-origin
 * only (no CORS header: the session cookie is SameSite=Strict and never leaves the station).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Examiner } from '../accounts/accounts.ts';
import type { Database } from '../db/database.ts';
import { harmonisationSnapshot } from '../harmonisation/snapshot.ts';
import { harmonisationView, stationView } from '../harmonisation/view-bundle.ts';
import { page } from './html.ts';

interface Context {
  db: Database;
  insecureWarning: string | null;
  requireExaminer(request: FastifyRequest, reply: FastifyReply): Promise<Examiner | null>;
}

const harmonisationPage = (examiner: Examiner, warning: string | null) =>
  page({
    title: 'Harmonisation',
    warning,
    user: examiner.displayName,
    theme: 'light',
    head: `<link rel="stylesheet" href="/harmonisation/app.css">
<script type="module" src="/harmonisation/app.js"></script>`,
    body: `<h1>Harmonisation sur la station</h1>
<p>${
      examiner.isAdmin
        ? 'Toutes les évaluations finalisées sur cette station, toutes commissions confondues.'
        : 'Les évaluations finalisées de vos commissions sur cette station.'
    } Vous pouvez y ajouter des fichiers (évaluations, fichiers de preuves, sujets) : un fichier de preuves différent de ce que la station a reçu est signalé.
 · <a href="/commissions">Commissions</a></p>
<ge-harmonisation></ge-harmonisation>`,
  });

export const registerHarmonisationRoutes = (
  app: FastifyInstance,
  { db, insecureWarning, requireExaminer }: Context,
) => {
  app.get('/harmonisation', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(harmonisationPage(examiner, insecureWarning));
  });

  // The view itself holds no data: it is served to anyone, like the pages' other scripts.
  app.get('/harmonisation/:file', async (request, reply) => {
    const name = (request.params as { file: string }).file;
    if (name !== 'app.js' && name !== 'app.css')
      return reply.code(404).send({ ok: false, fr: 'Introuvable.' });
    const view = await harmonisationView();
    return name === 'app.js'
      ? reply.type('text/javascript; charset=utf-8').send(view.js)
      : reply.type('text/css; charset=utf-8').send(view.css);
  });

  // The examiner's live screen (and the fiche), the review's components bundled the same way.
  app.get('/views/:file', async (request, reply) => {
    const match = /^(live|fiche)\.(js|css)$/.exec((request.params as { file: string }).file);
    if (!match) return reply.code(404).send({ ok: false, fr: 'Introuvable.' });
    const view = await stationView(match[1] as 'live' | 'fiche');
    return match[2] === 'js'
      ? reply.type('text/javascript; charset=utf-8').send(view.js)
      : reply.type('text/css; charset=utf-8').send(view.css);
  });

  app.get('/api/harmonisation', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    reply.header('cache-control', 'no-store');
    return harmonisationSnapshot(db, examiner, request.host);
  });
};
