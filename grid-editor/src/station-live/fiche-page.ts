/**
 * The fiches d'évaluation the station prints (`/commissions/:id/fiches`, one candidate with
 * `?session=`): the review's own print view (<ge-print-view>, the national circular's sheet:
 * grid levels ticked, mark /20, appréciation, examiners) over what the station holds — its copy
 * of the evidence, read and chain-checked as a file, and the finalised assessment. « Relevé de
 * preuves » (`?mode=evidence`) prints the evidence summary instead. Bundled by the station.
 */
import '../review/ge-print-view/index.ts';
import type { Assessment } from '../../../shared/schema/assessment.ts';
import printStyles from '../review/ge-print-view/ge-print-view.styles.ts';
import type { PrintMode } from '../review/ge-print-view/index.ts';
import { type Column, openColumn } from '../review/review-model.ts';
import liveStyles from './live.styles.ts';

interface FicheData {
  sessions: string[];
  back: string;
}

const data = JSON.parse(document.getElementById('fiche-data')!.textContent!) as FicheData;
for (const sheet of [printStyles, liveStyles])
  if (sheet.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet.styleSheet];
const status = document.querySelector<HTMLElement>('[data-testid=fiche-status]')!;
const mode: PrintMode =
  new URLSearchParams(location.search).get('mode') === 'evidence' ? 'evidence' : 'fiches';

class Refused extends Error {}

const read = async (path: string): Promise<string> => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new Refused('la station ne répond pas.');
  }
  if (response.status === 401) throw new Refused('session expirée : reconnectez-vous (/login).');
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { fr?: string } | null;
    throw new Refused(body?.fr ?? `erreur ${response.status}.`);
  }
  return response.text();
};

/** One candidate as the review reads a file: the station's copy checked, the final assessment. */
const columnOf = async (sessionId: string): Promise<Column> => {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}`;
  const [text, assessmentText] = await Promise.all([read(`${base}/bundle`), read(`${base}/assessment`)]);
  const assessment = JSON.parse(assessmentText) as Assessment;
  const opened = await openColumn(`${assessment.candidate.number}-station.temoin.json`, text, {
    key: sessionId,
    examinerName: assessment.examiner.name,
    now: new Date(),
  });
  if (!opened.ok)
    throw new Refused(
      `la copie des preuves de ${assessment.candidate.number} ne se lit pas (${opened.problems[0]?.fr ?? '?'}).`,
    );
  return { ...opened.column, assessment };
};

const show = async () => {
  if (data.sessions.length === 0) {
    status.textContent = new URLSearchParams(location.search).has('session')
      ? 'Ce candidat n’a pas d’évaluation finalisée sur la station : finalisez-la d’abord.'
      : 'Aucune évaluation finalisée dans cette commission pour le moment.';
    status.dataset.state = 'empty';
    return;
  }
  try {
    const columns = await Promise.all(data.sessions.map(columnOf));
    const view = document.createElement('ge-print-view');
    view.mode = mode;
    view.columns = columns;
    view.addEventListener('ge-review-print-close', () => location.assign(data.back));
    document.getElementById('fiches')!.append(view);
    await view.updateComplete;
    status.textContent =
      columns.length === 1 ? '1 fiche prête à imprimer.' : `${columns.length} fiches prêtes à imprimer.`;
    status.dataset.state = 'ready';
  } catch (error) {
    status.textContent = `Impossible d’afficher les fiches : ${error instanceof Refused ? error.message : String(error)}`;
    status.dataset.state = 'error';
    status.setAttribute('role', 'alert');
  }
};

void show();
