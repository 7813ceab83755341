/**
 * The examiner's live screen the station serves at /commissions/:id: one <ge-live-column> per
 * candidate, fed by the station's event stream (server-sent events, shared/station/live.ts).
 * The station bundles this module with esbuild (station/harmonisation/view-bundle.ts), as it
 * does the harmonisation page: the review's components are the same code here and in review.
 */
import './ge-live-column/index.ts';
import type { QuestionResult } from '../../../shared/rules/types.ts';
import type { SubjectPackage } from '../../../shared/schema/package.ts';
import type { CandidateView, LiveMessage, TimelineRow } from '../../../shared/station/live.ts';
import questionStyles from '../review/ge-review-question/ge-review-question.styles.ts';
import type { GeLiveColumn } from './ge-live-column/index.ts';
import liveStyles from './live.styles.ts';
import { liveColumn } from './live-model.ts';

interface PageData {
  id: string;
  subjectId: string;
  examinerName: string;
  pkg: SubjectPackage;
}

const data = JSON.parse(document.getElementById('commission-data')!.textContent!) as PageData;
for (const sheet of [questionStyles, liveStyles])
  if (sheet.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet.styleSheet];

const host = document.getElementById('columns')!;
const columns = new Map<string, GeLiveColumn>();
/** Per candidate, the version of the message each question's shown result came from. */
const questionVersions = new Map<string, Map<string, number>>();

const show = (view: CandidateView, rows: readonly TimelineRow[], replace: boolean) => {
  let element = columns.get(view.sessionId);
  if (!element) {
    document.getElementById('no-candidate')?.remove();
    element = document.createElement('ge-live-column');
    element.subjectId = data.subjectId;
    element.commissionId = data.id;
    columns.set(view.sessionId, element);
    host.append(element);
  }
  const shown = element.view;
  // Rows are merged by seq whatever the message's age: two changes may arrive out of order.
  const byseq = new Map((replace ? [] : element.rows).map((row) => [row.seq, row]));
  for (const row of rows) byseq.set(row.seq, row);
  if (replace || rows.length > 0)
    element.rows = [...byseq.values()].sort((a, b) => a.seq - b.seq).slice(-400);
  // A snapshot always applies (a restarted station counts versions from zero again). A change
  // message may be overtaken by a later one: each question keeps the newest result it was
  // sent, and the figures and draft come from the newest message.
  const versions = questionVersions.get(view.sessionId) ?? new Map<string, number>();
  questionVersions.set(view.sessionId, versions);
  if (replace) versions.clear();
  const fresh = new Map<string, QuestionResult>();
  for (const q of view.questions)
    if (replace || (versions.get(q.questionId) ?? -1) < view.version) {
      fresh.set(q.questionId, q);
      versions.set(q.questionId, view.version);
    }
  const base = replace || !shown || view.version >= shown.version ? view : shown;
  const order = replace || !shown ? view.questions : shown.questions;
  const merged = { ...base, questions: order.map((q) => fresh.get(q.questionId) ?? q) };
  element.view = merged;
  element.column = liveColumn(merged, data.pkg, data.examinerName);
};

const streamState = document.querySelector<HTMLElement>('[data-testid=stream-state]')!;
const stationError = document.querySelector<HTMLElement>('[data-testid=station-error]')!;
const showError = (message: string | null) => {
  stationError.hidden = message === null;
  stationError.textContent = message ?? '';
};

const source = new EventSource(`/api/commissions/${encodeURIComponent(data.id)}/stream`);
source.onopen = () => {
  streamState.dataset.state = 'open';
  streamState.textContent = 'Suivi en direct actif.';
};
source.onerror = () => {
  streamState.dataset.state = 'retrying';
  streamState.textContent = 'Station injoignable : nouvelle tentative…';
};
source.onmessage = (event) => {
  const message = JSON.parse(event.data as string) as LiveMessage;
  if (message.type === 'snapshot') {
    showError(message.stationError);
    for (const candidate of message.candidates) show(candidate, candidate.rows, true);
  } else if (message.type === 'candidate') show(message.candidate, message.rows, false);
  else showError(message.message);
};

setInterval(() => {
  const now = Date.now();
  for (const element of columns.values()) element.now = now;
}, 1000);
