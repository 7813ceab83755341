/**
 * One candidate's column on the station's examiner screen, live: connection state and lag,
 * events received, time left, the chain head the station holds; per question the review's own
 * <ge-review-question> (suggested level, each rule's evidence degree, « à apprécier » aspects,
 * the examiner's level, comment, compétences and interview notes) with the station's « demander
 * une justification » marker; the examiner's notes and mark; finalise and the station's files;
 * the timeline in French sentences as the station describes each event.
 *
 * Rendered without a shadow root: the station's documented hooks (`candidate-column`,
 * `live-state`, `review-question`, `level`, `justification-marker`, `finalise`…) stay plain
 * descendant selectors, as on the review.
 */
import '../../review/ge-review-question/index.ts';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { shortChainHead } from '../../../../shared/bundle/short-head.ts';
import type { CandidateView, LiveState, TimelineRow } from '../../../../shared/station/live.ts';
import type { ReviewEventMap } from '../../review/review-events.ts';
import type { Column } from '../../review/review-model.ts';
import { draftChanges } from '../live-model.ts';
import { stationCall } from '../station-api.ts';

const STATE_TEXT: Record<LiveState, string> = {
  connected: 'Connecté',
  'catching-up': 'Rattrapage en cours',
  disconnected: 'Déconnecté',
};
/** Rows kept on screen per candidate (the station keeps them all). */
const SHOWN_ROWS = 200;

const clock = (ms: number) => {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
const fileName = (text: string) => text.replace(/[^\w-]/g, '_');

@customElement('ge-live-column')
export class GeLiveColumn extends LitElement {
  @property({ attribute: false }) view: CandidateView | undefined;
  /** The candidate as the review's components read it (live-model.ts). */
  @property({ attribute: false }) column: Column | undefined;
  @property({ attribute: false }) rows: readonly TimelineRow[] = [];
  @property({ attribute: false }) subjectId = '';
  @property({ attribute: false }) commissionId = '';
  /** The page's clock (ms), ticking every second for the time left. */
  @property({ type: Number }) now = Date.now();
  @state() private feedback = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('ge-review-change', this.#onChange);
    this.addEventListener('ge-review-reveal', this.#onReveal);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('ge-review-change', this.#onChange);
    this.removeEventListener('ge-review-reveal', this.#onReveal);
    super.disconnectedCallback();
  }

  /** Each edit goes to the station; the stream then brings the stored draft back to every screen. */
  #onChange = async (event: ReviewEventMap['ge-review-change']): Promise<void> => {
    event.stopPropagation();
    const column = this.column;
    if (!column || column.assessment.status === 'final') return;
    const changes = draftChanges(column.assessment, event.detail.change(column.assessment));
    for (const change of changes) if (!(await this.#send('PUT', 'draft', change))) return;
  };

  /** A rule's evidence (#seq): the timeline row of that event, scrolled to and focused. */
  #onReveal = async (event: ReviewEventMap['ge-review-reveal']): Promise<void> => {
    event.stopPropagation();
    const seq = this.view?.questions
      .flatMap((q) => q.rules.flatMap((r) => r.events))
      .find((ref) => ref.id === event.detail.eventId)?.seq;
    const row =
      seq === undefined
        ? null
        : this.querySelector<HTMLElement>(`[data-testid=timeline] li[data-seq="${seq}"]`);
    if (!row) {
      this.feedback = `Événement n° ${seq ?? '?'} hors des ${SHOWN_ROWS} dernières lignes : voir les preuves reçues.`;
      return;
    }
    for (const old of this.querySelectorAll('[data-testid=timeline] li.revealed'))
      old.classList.remove('revealed');
    row.classList.add('revealed');
    row.scrollIntoView({ block: 'nearest' });
    row.focus();
  };

  async #send(method: string, what: string, body?: unknown): Promise<boolean> {
    if (!this.view) return false;
    const result = await stationCall(
      method,
      `/api/sessions/${encodeURIComponent(this.view.sessionId)}/${what}`,
      body,
    );
    this.feedback = result.ok
      ? what === 'finalise'
        ? 'Évaluation finalisée et enregistrée sur la station.'
        : 'Enregistré.'
      : (result.fr ?? 'Erreur.');
    return result.ok;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('rows')) {
      const list = this.querySelector<HTMLElement>('[data-testid=timeline]');
      if (list && !list.contains(document.activeElement)) list.scrollTop = list.scrollHeight;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const { view, column } = this;
    if (!view || !column) return nothing;
    const id = view.sessionId;
    const name = [view.candidate.number, view.candidate.firstName, view.candidate.lastName]
      .filter(Boolean)
      .join(' ');
    const final = view.final;
    const left =
      view.status === 'ended'
        ? 'Terminée'
        : clock(Date.parse(view.startedAt) + view.durationMinutes * 60_000 - this.now);
    const lag =
      view.total > view.count
        ? `${view.total - view.count} événement(s) en attente`
        : view.lagMs === null
          ? '—'
          : `${(view.lagMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`;
    return html`<section class="column" data-testid="candidate-column" data-candidate=${view.candidate.number}
      data-final=${String(final)} aria-labelledby=${`h-${id}`}>
      <h2 id=${`h-${id}`}>Candidat ${name}</h2>
      <dl class="figures">
        <div><dt>Liaison</dt><dd class="state" data-testid="live-state" data-state=${view.state}>${STATE_TEXT[view.state]}</dd></div>
        <div><dt>Événements</dt><dd data-testid="event-count">${view.count}</dd></div>
        <div><dt>Retard</dt><dd data-testid="live-lag">${lag}</dd></div>
        <div><dt>Temps restant</dt><dd data-testid="time-left">${left}</dd></div>
        <div><dt>Tête de chaîne reçue</dt><dd data-testid="station-head" data-head=${view.head}>${
          view.count === 0 ? '—' : shortChainHead(view.head)
        }</dd></div>
      </dl>
      <p class="receipt"><a href=${`/api/sessions/${id}/receipt`} download data-testid="station-receipt"
        aria-label=${`Télécharger le reçu de la station, candidat ${name}`}>Télécharger le reçu de la station</a></p>
      <section class="questions" aria-labelledby=${`q-${id}`}>
        <h3 id=${`q-${id}`}>Questions</h3>
        ${repeat(
          column.assessment.questions,
          (q) => q.questionId,
          (q) => html`<ge-review-question .column=${column} .question=${q}
            .extra=${this.#marker(q.questionId, name)}></ge-review-question>`,
        )}
      </section>
      <label for=${`notes-${id}`}>Notes de l’examinateur</label>
      <textarea id=${`notes-${id}`} rows="3" data-testid="examiner-notes" ?disabled=${final} .value=${view.draft.notes}
        @change=${(e: Event) => void this.#send('PUT', 'draft', { notes: (e.target as HTMLTextAreaElement).value })}></textarea>
      <label for=${`mark-${id}`}>Note /20 (vide : note proposée)</label>
      <input id=${`mark-${id}`} type="number" min="0" max="20" step="0.5" data-testid="mark" ?disabled=${final}
        .value=${view.draft.mark === null ? '' : String(view.draft.mark)}
        @change=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          void this.#send('PUT', 'draft', { mark: text === '' ? null : Number(text) });
        }} />
      <p><button type="button" data-testid="finalise" ?disabled=${final}
        @click=${() => void this.#send('POST', 'finalise')}>Finaliser l’évaluation</button></p>
      <p role="status" data-testid="column-feedback">${this.feedback}</p>
      ${this.#exports(view)}
      <h3>Chronologie</h3>
      <ol class="timeline" data-testid="timeline" tabindex="0" aria-label=${`Chronologie, candidat ${name}`}>
        ${repeat(
          this.rows.slice(-SHOWN_ROWS),
          (row) => row.seq,
          (
            row,
          ) => html`<li data-seq=${row.seq} data-time=${row.time} tabindex="-1" class=${row.warning ? 'warn' : ''}
            >${clock(row.elapsedMs)} — ${row.text}</li>`,
        )}
      </ol>
    </section>`;
  }

  #marker(questionId: string, name: string): TemplateResult {
    const view = this.view!;
    const markers = view.draft.markers.filter((m) => m.questionId === questionId);
    const last = markers.at(-1);
    const number = this.column?.bundle.subjectPackage?.subject.questions.find(
      (q) => q.id === questionId,
    )?.number;
    return html`<p class="marker">
      <button type="button" class="secondary" data-testid="justification-marker" ?disabled=${view.final}
        aria-label=${`Demander une justification — Q${number ?? ''}, candidat ${name}`}
        @click=${() => void this.#send('POST', 'markers', { questionId })}>Demander une justification</button>
      <span data-testid="marker-count" data-markers=${markers.length}>${
        last
          ? `Justification demandée ${markers.length} fois (dernière à ${new Date(last.at).toLocaleTimeString('fr-FR')}, événement n° ${last.seq}).`
          : ''
      }</span>
    </p>`;
  }

  /** Once final: the files the station keeps, named as the extension names them, and the fiche. */
  #exports(view: CandidateView): TemplateResult {
    const number = fileName(view.candidate.number);
    const subject = fileName(this.subjectId);
    const id = view.sessionId;
    return html`<p class="exports" data-testid="final-exports" ?hidden=${!view.final}>
      <a href=${`/api/sessions/${id}/assessment`} download=${`${subject}-${number}.temoin-assessment.json`}
        data-testid="station-export-assessment">Télécharger l’évaluation</a> ·
      <a href=${`/api/sessions/${id}/bundle`} download=${`${number}-${subject}-station.temoin.json`}
        data-testid="station-export-bundle">Télécharger les preuves reçues</a>
    </p>
    <p ?hidden=${!view.final}><a data-testid="station-fiche"
      href=${`/commissions/${encodeURIComponent(this.commissionId)}/fiches?session=${encodeURIComponent(id)}`}
      >Fiche d’évaluation de ${view.candidate.number} (aperçu, impression)</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-live-column': GeLiveColumn;
  }
}
