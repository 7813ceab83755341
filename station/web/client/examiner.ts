/**
 * The examiner's live screen: one column per candidate, kept up to date from the station's
 * event stream (SSE). Inputs the examiner is typing in are never overwritten by an update.
 * Types are restated here (this file runs in the browser, without the server's modules).
 */
type Level = 'TI' | 'I' | 'S' | 'TS';
type LiveState = 'connected' | 'catching-up' | 'disconnected';

interface Row {
  seq: number;
  time: number;
  elapsedMs: number;
  kind: string;
  questionId: string | null;
  text: string;
  warning: boolean;
}

interface Candidate {
  sessionId: string;
  candidate: { number: string; lastName?: string; firstName?: string };
  status: 'running' | 'ended';
  startedAt: string;
  durationMinutes: number;
  state: LiveState;
  count: number;
  total: number;
  lagMs: number | null;
  head: string;
  suggestions: Record<string, Level | null>;
  evidence: Record<
    string,
    {
      explanation: string;
      rules: { title: string; satisfied: boolean; seq: number | null; elapsedMs: number | null }[];
    }
  >;
  draft: {
    levels: Record<string, Level | null>;
    comments: Record<string, string>;
    notes: string;
    markers: { questionId: string; at: string; seq: number }[];
    mark: number | null;
  };
  final: boolean;
}

type Message =
  | { type: 'snapshot'; candidates: (Candidate & { rows: Row[] })[]; stationError: string | null }
  | { type: 'candidate'; candidate: Candidate; rows: Row[] }
  | { type: 'station-error'; message: string | null };

const data = JSON.parse(document.getElementById('commission-data')!.textContent!) as {
  id: string;
  subjectId: string;
  questions: { id: string; number: number; title: string }[];
};
const LEVELS: Level[] = ['TI', 'I', 'S', 'TS'];
const LEVEL_NAMES: Record<Level, string> = {
  TI: 'Très insuffisant',
  I: 'Insuffisant',
  S: 'Satisfaisant',
  TS: 'Très satisfaisant',
};
const STATE_TEXT: Record<LiveState, string> = {
  connected: 'Connecté',
  'catching-up': 'Rattrapage en cours',
  disconnected: 'Déconnecté',
};

const columns = new Map<string, { root: HTMLElement; candidate: Candidate }>();
const host = document.getElementById('columns')!;

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  text?: string,
) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
};
const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector(selector) as T;

const api = async (method: string, path: string, body?: unknown): Promise<{ ok: boolean; fr?: string }> => {
  const response = await fetch(path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return (await response.json().catch(() => ({ ok: false, fr: `Erreur ${response.status}` }))) as {
    ok: boolean;
    fr?: string;
  };
};

const clock = (ms: number) => {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** As the popup and the fiche write it (shared/bundle/short-head.ts): 12 hex in groups of 4. */
const shortHead = (head: string) => [head.slice(0, 4), head.slice(4, 8), head.slice(8, 12)].join(' ');

const timeLeft = (candidate: Candidate) =>
  candidate.status === 'ended'
    ? 'Terminée'
    : clock(Date.parse(candidate.startedAt) + candidate.durationMinutes * 60_000 - Date.now());

const buildColumn = (candidate: Candidate): HTMLElement => {
  const id = candidate.sessionId;
  const name = [candidate.candidate.number, candidate.candidate.firstName, candidate.candidate.lastName]
    .filter(Boolean)
    .join(' ');
  const root = el('section', {
    class: 'column',
    'data-testid': 'candidate-column',
    'data-candidate': candidate.candidate.number,
    'aria-labelledby': `h-${id}`,
  });
  root.append(el('h2', { id: `h-${id}` }, `Candidat ${name}`));
  const figures = el('dl', { class: 'figures' });
  const figure = (label: string, testid: string) => {
    const wrap = el('div');
    wrap.append(el('dt', {}, label), el('dd', { 'data-testid': testid }));
    figures.append(wrap);
  };
  figure('Liaison', 'live-state');
  figure('Événements', 'event-count');
  figure('Retard', 'live-lag');
  figure('Temps restant', 'time-left');
  figure('Tête de chaîne reçue', 'station-head');
  $<HTMLElement>(figures, '[data-testid=live-state]').classList.add('state');
  root.append(figures);
  // What the review checks a bundle against offline, on any workstation (ADR 0016).
  const receipt = el('p', { class: 'receipt' });
  receipt.append(
    el(
      'a',
      {
        href: `/api/sessions/${id}/receipt`,
        download: '',
        'data-testid': 'station-receipt',
        'aria-label': `Télécharger le reçu de la station, candidat ${name}`,
      },
      'Télécharger le reçu de la station',
    ),
  );
  root.append(receipt);

  for (const question of data.questions) {
    const box = el('fieldset', {
      class: 'question',
      'data-testid': 'review-question',
      'data-question-id': question.id,
      'data-suggested': '',
    });
    box.append(el('legend', {}, `Q${question.number} — ${question.title}`));
    box.append(el('p', { class: 'suggested', 'data-testid': 'suggested-level' }));
    // Why: the rules' sentence and each rule, observed (when) or not yet — updated as events arrive.
    box.append(el('p', { class: 'explanation', 'data-testid': 'suggestion-explanation' }));
    box.append(el('ul', { class: 'evidence', 'data-testid': 'suggestion-evidence' }));
    const selectId = `level-${id}-${question.id}`;
    box.append(el('label', { for: selectId }, 'Niveau retenu'));
    const select = el('select', { id: selectId, 'data-testid': 'level' });
    select.append(el('option', { value: '' }, '—'));
    for (const level of LEVELS)
      select.append(el('option', { value: level }, `${level} — ${LEVEL_NAMES[level]}`));
    select.addEventListener(
      'change',
      () => void change(id, { questionId: question.id, level: select.value || null }),
    );
    box.append(select);
    const commentId = `comment-${id}-${question.id}`;
    box.append(el('label', { for: commentId }, 'Commentaire'));
    const comment = el('textarea', { id: commentId, rows: '2', 'data-testid': 'question-comment' });
    comment.addEventListener(
      'change',
      () => void change(id, { questionId: question.id, comment: comment.value }),
    );
    box.append(comment);
    const marker = el(
      'button',
      { type: 'button', class: 'secondary', 'data-testid': 'justification-marker' },
      '« Demander une justification »',
    );
    marker.addEventListener('click', async () => {
      const result = await api('POST', `/api/sessions/${id}/markers`, { questionId: question.id });
      if (!result.ok) say(root, result.fr ?? 'Erreur.');
    });
    box.append(marker, el('p', { 'data-testid': 'marker-count' }));
    root.append(box);
  }

  root.append(el('label', { for: `notes-${id}` }, 'Notes de l’examinateur'));
  const notes = el('textarea', { id: `notes-${id}`, rows: '3', 'data-testid': 'examiner-notes' });
  notes.addEventListener('change', () => void change(id, { notes: notes.value }));
  root.append(notes);
  root.append(el('h3', {}, 'Chronologie'));
  // Focusable: a scrolled list must be reachable from the keyboard.
  root.append(
    el('ol', {
      class: 'timeline',
      'data-testid': 'timeline',
      tabindex: '0',
      'aria-label': `Chronologie, candidat ${name}`,
    }),
  );
  root.append(el('label', { for: `mark-${id}` }, 'Note /20 (vide : note proposée)'));
  const mark = el('input', {
    id: `mark-${id}`,
    type: 'number',
    min: '0',
    max: '20',
    step: '0.5',
    'data-testid': 'mark',
  });
  mark.addEventListener(
    'change',
    () => void change(id, { mark: mark.value === '' ? null : Number(mark.value) }),
  );
  root.append(mark);
  const finalise = el('button', { type: 'button', 'data-testid': 'finalise' }, 'Finaliser l’évaluation');
  finalise.addEventListener('click', async () => {
    const result = await api('POST', `/api/sessions/${id}/finalise`);
    say(root, result.ok ? 'Évaluation finalisée et enregistrée sur la station.' : (result.fr ?? 'Erreur.'));
  });
  root.append(finalise, el('p', { role: 'status', 'data-testid': 'column-feedback' }));
  // Once final: the files the station keeps, named as the extension names them (the review
  // opens both and prints the fiche from them).
  const file = (text: string) => text.replace(/[^\w-]/g, '_');
  const number = file(candidate.candidate.number);
  const exports = el('p', { class: 'exports', 'data-testid': 'final-exports', hidden: '' });
  exports.append(
    el(
      'a',
      {
        href: `/api/sessions/${id}/assessment`,
        download: `${file(data.subjectId)}-${number}.temoin-assessment.json`,
        'data-testid': 'station-export-assessment',
      },
      'Télécharger l’évaluation',
    ),
    ' · ',
    el(
      'a',
      {
        href: `/api/sessions/${id}/bundle`,
        download: `${number}-${file(data.subjectId)}-station.temoin.json`,
        'data-testid': 'station-export-bundle',
      },
      'Télécharger les preuves reçues',
    ),
  );
  root.append(exports);
  return root;
};

const say = (root: HTMLElement, text: string) => {
  $<HTMLElement>(root, '[data-testid=column-feedback]').textContent = text;
};

const change = async (sessionId: string, body: Record<string, unknown>) => {
  const result = await api('PUT', `/api/sessions/${sessionId}/draft`, body);
  const column = columns.get(sessionId);
  if (column) say(column.root, result.ok ? 'Enregistré.' : (result.fr ?? 'Erreur.'));
};

/** Sets a form control's value unless the examiner is in it. */
const setValue = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) => {
  if (document.activeElement !== control && control.value !== value) control.value = value;
};

const render = (candidate: Candidate, rows: Row[]) => {
  let column = columns.get(candidate.sessionId);
  if (!column) {
    document.getElementById('no-candidate')?.remove();
    column = { root: buildColumn(candidate), candidate };
    columns.set(candidate.sessionId, column);
    host.append(column.root);
  }
  column.candidate = candidate;
  const { root } = column;
  const state = $<HTMLElement>(root, '[data-testid=live-state]');
  state.dataset.state = candidate.state;
  state.textContent = STATE_TEXT[candidate.state];
  $<HTMLElement>(root, '[data-testid=event-count]').textContent = String(candidate.count);
  $<HTMLElement>(root, '[data-testid=live-lag]').textContent =
    candidate.total > candidate.count
      ? `${candidate.total - candidate.count} événement(s) en attente`
      : candidate.lagMs === null
        ? '—'
        : `${(candidate.lagMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`;
  $<HTMLElement>(root, '[data-testid=time-left]').textContent = timeLeft(candidate);
  const head = $<HTMLElement>(root, '[data-testid=station-head]');
  head.textContent = candidate.count === 0 ? '—' : shortHead(candidate.head);
  head.dataset.head = candidate.head;
  for (const question of data.questions) {
    const box = $<HTMLElement>(root, `[data-question-id="${question.id}"]`);
    const suggested = candidate.suggestions[question.id] ?? null;
    box.dataset.suggested = suggested ?? '';
    $<HTMLElement>(box, '[data-testid=suggested-level]').textContent =
      `Suggestion : ${suggested ? `${suggested} — ${LEVEL_NAMES[suggested]}` : 'aucune preuve encore'}`;
    const why = candidate.evidence[question.id];
    $<HTMLElement>(box, '[data-testid=suggestion-explanation]').textContent = why?.explanation ?? '';
    $<HTMLElement>(box, '[data-testid=suggestion-evidence]').replaceChildren(
      ...(why?.rules ?? []).map((rule) =>
        el(
          'li',
          {
            'data-satisfied': String(rule.satisfied),
            ...(rule.seq === null ? {} : { 'data-seq': String(rule.seq) }),
          },
          rule.satisfied
            ? `Observé${rule.elapsedMs === null ? '' : ` (${clock(rule.elapsedMs)})`} : ${rule.title}`
            : `Pas encore observé : ${rule.title}`,
        ),
      ),
    );
    setValue($(box, '[data-testid=level]'), candidate.draft.levels[question.id] ?? '');
    setValue($(box, '[data-testid=question-comment]'), candidate.draft.comments[question.id] ?? '');
    const markers = candidate.draft.markers.filter((m) => m.questionId === question.id);
    $<HTMLElement>(box, '[data-testid=marker-count]').textContent = markers.length
      ? `Justification demandée ${markers.length} fois (dernière à ${new Date(markers.at(-1)!.at).toLocaleTimeString('fr-FR')}).`
      : '';
    box.dataset.markers = String(markers.length);
    for (const control of box.querySelectorAll<HTMLElement>('select, textarea, button'))
      (control as HTMLButtonElement).disabled = candidate.final;
  }
  setValue($(root, '[data-testid=examiner-notes]'), candidate.draft.notes);
  setValue($(root, '[data-testid=mark]'), candidate.draft.mark === null ? '' : String(candidate.draft.mark));
  const finalise = $<HTMLButtonElement>(root, '[data-testid=finalise]');
  finalise.disabled = candidate.final;
  root.dataset.final = String(candidate.final);
  $<HTMLElement>(root, '[data-testid=final-exports]').hidden = !candidate.final;
  const list = $<HTMLOListElement>(root, '[data-testid=timeline]');
  for (const row of rows) {
    const item = el(
      'li',
      {
        'data-seq': String(row.seq),
        'data-time': String(row.time),
        ...(row.warning ? { class: 'warn' } : {}),
      },
      `${clock(row.elapsedMs)} — ${row.text}`,
    );
    list.append(item);
  }
  while (list.children.length > 200) list.firstElementChild!.remove();
  if (rows.length > 0) list.scrollTop = list.scrollHeight;
};

const streamState = document.querySelector<HTMLElement>('[data-testid=stream-state]')!;
const stationError = document.querySelector<HTMLElement>('[data-testid=station-error]')!;
const showError = (message: string | null) => {
  stationError.hidden = message === null;
  stationError.textContent = message ?? '';
};

const connect = () => {
  const source = new EventSource(`/api/commissions/${data.id}/stream`);
  source.onopen = () => {
    streamState.dataset.state = 'open';
    streamState.textContent = 'Suivi en direct actif.';
  };
  source.onerror = () => {
    streamState.dataset.state = 'retrying';
    streamState.textContent = 'Station injoignable : nouvelle tentative…';
  };
  source.onmessage = (event) => {
    const message = JSON.parse(event.data as string) as Message;
    if (message.type === 'snapshot') {
      showError(message.stationError);
      for (const candidate of message.candidates) {
        const known = columns.get(candidate.sessionId);
        if (known) $<HTMLElement>(known.root, '[data-testid=timeline]').replaceChildren();
        render(candidate, candidate.rows);
      }
    } else if (message.type === 'candidate') render(message.candidate, message.rows);
    else showError(message.message);
  };
};

connect();
setInterval(() => {
  for (const { root, candidate } of columns.values())
    $<HTMLElement>(root, '[data-testid=time-left]').textContent = timeLeft(candidate);
}, 1000);
