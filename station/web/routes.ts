/**
 * The examiner's side: login (a cookie, SameSite=Strict), the commissions page (an
 * administrator creates commissions and accounts; an examiner sees only theirs), the live
 * examiner screen and its API (SSE stream, draft changes, markers, finalise, exports).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sealBundle } from '../../shared/bundle/seal.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { compareWithStation } from '../../shared/station/compare.ts';
import { RECEIPT_FORMAT, type StationReceipt } from '../../shared/station/receipt.ts';
import {
  createExaminer,
  type Examiner,
  examinerForToken,
  listExaminers,
  login,
  logout,
} from '../accounts/accounts.ts';
import {
  type Commission,
  canSee,
  commissionById,
  commissionsFor,
  createCommission,
} from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import { storedEvents } from '../ingest/ingest.ts';
import {
  addMarker,
  assessmentOf,
  changeDraft,
  type DraftChange,
  finaliseDraft,
  stationBundle,
} from '../live/drafts.ts';
import type { Hub, HubMessage } from '../live/hub.ts';
import { clientAsset } from './assets.ts';
import { registerHarmonisationRoutes } from './harmonisation-routes.ts';
import { commissionsPage, examinerPage, fichesPage, loginPage } from './views.ts';

const COOKIE = 'temoin_station';

interface Context {
  db: Database;
  hub: Hub;
  insecureWarning: string | null;
}

const cookieOf = (request: FastifyRequest): string | undefined =>
  /(?:^|;\s*)temoin_station=([0-9a-f]{64})/.exec(request.headers.cookie ?? '')?.[1];

const jsonBody = (request: FastifyRequest): Record<string, unknown> | null => {
  try {
    const value = JSON.parse(String(request.body ?? '')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
};

const fail = (reply: FastifyReply, status: number, fr: string) => reply.code(status).send({ ok: false, fr });

export const registerExaminerRoutes = (app: FastifyInstance, { db, hub, insecureWarning }: Context) => {
  const who = (request: FastifyRequest) => examinerForToken(db, cookieOf(request));
  /** The examiner, or a redirect to the login page (pages) / 401 (API). */
  const requireExaminer = async (request: FastifyRequest, reply: FastifyReply): Promise<Examiner | null> => {
    const examiner = await who(request);
    if (examiner) return examiner;
    if (request.url.startsWith('/api/')) await fail(reply, 401, 'Connectez-vous.');
    else await reply.redirect('/login');
    return null;
  };
  const visibleCommission = async (request: FastifyRequest, reply: FastifyReply, id: string) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return null;
    const commission = await commissionById(db, id);
    // Someone else's commission is « not found », not « forbidden »: it does not say it exists.
    if (!commission || !canSee(examiner, commission)) {
      await fail(reply, 404, 'Commission introuvable.');
      return null;
    }
    return { examiner, commission };
  };
  const visibleSession = async (request: FastifyRequest, reply: FastifyReply, sessionId: string) => {
    const row = (
      await db.query<{ commission_id: string }>(
        'select commission_id from candidate_sessions where id = $1',
        [sessionId],
      )
    )[0];
    if (!row) {
      await fail(reply, 404, 'Candidat introuvable.');
      return null;
    }
    return visibleCommission(request, reply, row.commission_id);
  };
  const html = (reply: FastifyReply, text: string) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(text);

  registerHarmonisationRoutes(app, { db, insecureWarning, requireExaminer });

  app.get('/web/:name', async (request, reply) => {
    const asset = clientAsset((request.params as { name: string }).name);
    if (!asset) return fail(reply, 404, 'Introuvable.');
    return reply.type(asset.type).send(asset.text);
  });

  app.get('/', async (request, reply) => reply.redirect((await who(request)) ? '/commissions' : '/login'));
  app.get('/login', async (_request, reply) => html(reply, loginPage(insecureWarning, null)));
  app.post('/login', async (request, reply) => {
    const form = new URLSearchParams(String(request.body ?? ''));
    const token = await login(db, form.get('username') ?? '', form.get('password') ?? '');
    if (!token)
      return html(reply.code(401), loginPage(insecureWarning, 'Identifiant ou mot de passe incorrect.'));
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply.header(
      'set-cookie',
      `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200${secure}`,
    );
    return reply.redirect('/commissions', 303);
  });
  app.post('/logout', async (request, reply) => {
    const token = cookieOf(request);
    if (token) await logout(db, token);
    reply.header('set-cookie', `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
    return reply.redirect('/login', 303);
  });

  app.get('/commissions', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    const commissions = await commissionsFor(db, examiner);
    const examiners = examiner.isAdmin ? await listExaminers(db) : [];
    return html(reply, commissionsPage({ examiner, commissions, examiners, warning: insecureWarning }));
  });

  app.post('/api/commissions', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    if (!examiner.isAdmin) return fail(reply, 403, 'Seul un administrateur crée les commissions.');
    const body = jsonBody(request);
    if (!body || typeof body.packageText !== 'string' || !Number.isInteger(body.examinerId))
      return fail(reply, 400, 'Choisissez un examinateur et un fichier de sujet.');
    try {
      const commission = await createCommission(db, {
        label: typeof body.label === 'string' ? body.label : '',
        examinerId: body.examinerId as number,
        packageText: body.packageText,
      });
      return { ok: true, id: commission.id, pairingCode: commission.pairingCode };
    } catch (error) {
      return fail(reply, 400, error instanceof Error ? error.message : String(error));
    }
  });

  app.post('/api/examiners', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    if (!examiner.isAdmin) return fail(reply, 403, 'Seul un administrateur crée les comptes.');
    const body = jsonBody(request);
    try {
      const created = await createExaminer(db, {
        username: String(body?.username ?? ''),
        password: String(body?.password ?? ''),
        displayName: String(body?.displayName ?? ''),
      });
      return { ok: true, id: created.id };
    } catch (error) {
      return fail(reply, 400, error instanceof Error ? error.message : String(error));
    }
  });

  app.get('/commissions/:id', async (request, reply) => {
    const found = await visibleCommission(request, reply, (request.params as { id: string }).id);
    if (!found) return;
    return html(
      reply,
      examinerPage({ examiner: found.examiner, commission: found.commission, warning: insecureWarning }),
    );
  });

  app.get('/commissions/:id/fiches', async (request, reply) => {
    const found = await visibleCommission(request, reply, (request.params as { id: string }).id);
    if (!found) return;
    const only = (request.query as { session?: unknown }).session;
    const finalised = await db.query<{ id: string }>(
      `select s.id from candidate_sessions s join marks m on m.session_id = s.id
       where s.commission_id = $1 and m.assessment is not null order by s.paired_at, s.id`,
      [found.commission.id],
    );
    const sessions = finalised.map((row) => row.id).filter((id) => typeof only !== 'string' || id === only);
    return html(reply, fichesPage({ ...found, sessions, warning: insecureWarning }));
  });

  app.get('/api/commissions/:id/stream', async (request, reply) => {
    const found = await visibleCommission(request, reply, (request.params as { id: string }).id);
    if (!found) return;
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const send = (message: HubMessage) => out.write(`data: ${JSON.stringify(message)}\n\n`);
    // Subscribed before the snapshot is read, so no change falls between the two; changes
    // announced meanwhile follow the snapshot (the page drops those it already has, by version).
    const waiting: HubMessage[] = [];
    let streaming = false;
    const unsubscribe = hub.subscribe(found.commission.id, (message) =>
      streaming ? send(message) : waiting.push(message),
    );
    send(await hub.snapshot(found.commission.id));
    streaming = true;
    for (const message of waiting.splice(0)) send(message);
    // Comments keep proxies from closing an idle stream.
    const keepAlive = setInterval(() => out.write(': ping\n\n'), 15_000);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  const questionIds = (commission: Commission) => commission.pkg.subject.questions.map((q) => q.id);

  app.put('/api/sessions/:id/draft', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    const found = await visibleSession(request, reply, sessionId);
    if (!found) return;
    const body = jsonBody(request);
    if (!body) return fail(reply, 400, 'Requête illisible.');
    const error = await changeDraft(db, sessionId, found.commission.pkg, body as DraftChange);
    if (error) return fail(reply, 400, error);
    await hub.draftChanged(sessionId);
    return { ok: true };
  });

  app.post('/api/sessions/:id/markers', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    const found = await visibleSession(request, reply, sessionId);
    if (!found) return;
    const body = jsonBody(request);
    const questionId = String(body?.questionId ?? '');
    if (!questionIds(found.commission).includes(questionId)) return fail(reply, 400, 'Question inconnue.');
    // The moment is the station's: the last event received when the examiner asked.
    const live = await hub.load(sessionId);
    const lastSeq = live ? live.count - 1 : -1;
    const startedAt = live ? Date.parse(live.session.startedAt) : Date.now();
    const error = await addMarker(
      db,
      sessionId,
      {
        questionId,
        seq: lastSeq,
        elapsedMs: Math.max(0, Date.now() - startedAt),
        note: String(body?.note ?? ''),
      },
      new Date(),
    );
    if (error) return fail(reply, 400, error);
    await hub.draftChanged(sessionId);
    return { ok: true };
  });

  app.post('/api/sessions/:id/finalise', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    const found = await visibleSession(request, reply, sessionId);
    if (!found) return;
    const result = await finaliseDraft(
      db,
      sessionId,
      found.commission.pkg,
      found.examiner.displayName,
      new Date(),
    );
    if (!result.ok) return fail(reply, 400, result.error);
    await hub.draftChanged(sessionId);
    return result;
  });

  app.get('/api/sessions/:id/assessment', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    if (!(await visibleSession(request, reply, sessionId))) return;
    const assessment = await assessmentOf(db, sessionId);
    return assessment ? assessment : fail(reply, 404, 'Pas encore finalisée.');
  });

  app.get('/api/sessions/:id/bundle', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    const found = await visibleSession(request, reply, sessionId);
    if (!found) return;
    // Sealed as the workstation seals its export, so review and harmonisation read it as a file.
    return sealBundle(await stationBundle(db, sessionId, found.commission.pkg));
  });

  /** What the station received of a session, as a file the offline review checks a bundle against (ADR 0016). */
  app.get('/api/sessions/:id/receipt', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    if (!(await visibleSession(request, reply, sessionId))) return;
    const row = (
      await db.query<{ candidate_number: string; next_seq: number; head: string }>(
        'select candidate_number, next_seq, head from candidate_sessions where id = $1',
        [sessionId],
      )
    )[0]!;
    const receipt: StationReceipt = {
      format: RECEIPT_FORMAT,
      station: request.headers.host ?? '',
      sessionId,
      candidate: row.candidate_number,
      count: Number(row.next_seq),
      head: row.head,
      at: new Date().toISOString(),
    };
    const name = `${row.candidate_number.replace(/[^\w-]/g, '_')}-recu-station.temoin-receipt.json`;
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(receipt);
  });

  /** Harmonisation reads the station's assessments directly: every final one the examiner may see. */
  app.get('/api/assessments', async (request, reply) => {
    const examiner = await requireExaminer(request, reply);
    if (!examiner) return;
    const commissions = await commissionsFor(db, examiner);
    const out = [];
    for (const commission of commissions) {
      const rows = await db.query<{ assessment: string }>(
        'select m.assessment from marks m join candidate_sessions s on s.id = m.session_id where s.commission_id = $1 and m.assessment is not null',
        [commission.id],
      );
      out.push(...rows.map((row) => JSON.parse(row.assessment) as unknown));
    }
    return { ok: true, assessments: out };
  });

  /** Review and harmonisation: does an exported bundle match what the station received? */
  app.post('/api/bundles/compare', async (request, reply) => {
    const parsed = parseJson('bundle', String(request.body ?? ''));
    if (!parsed.ok) return fail(reply, 400, 'Fichier de preuves illisible.');
    const bundle = parsed.value;
    if (!(await visibleSession(request, reply, bundle.session.id))) return;
    const verdict = compareWithStation(bundle.events, await storedEvents(db, bundle.session.id));
    return { ok: true, verdict };
  });

  app.get('/api/sessions/:id/events', async (request, reply) => {
    const sessionId = (request.params as { id: string }).id;
    if (!(await visibleSession(request, reply, sessionId))) return;
    return { ok: true, events: await storedEvents(db, sessionId) };
  });
};
