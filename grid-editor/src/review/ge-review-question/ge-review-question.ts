/**
 * One question of a candidate: the rules' suggestion with its evidence links, the candidate's
 * note, the examiner's level, comment, compétences opérationnelles and the questions asked at
 * the interview. It changes nothing itself: every edit is a `ge-review-change` event.
 *
 * Rendered without a shadow root (in <ge-review>'s), so the documented hooks
 * (`[data-testid=review-column] [data-testid=level]`) stay plain descendant selectors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { addNote, setCompetenceLevel, setLevel } from '../../../../shared/assessment/assessment.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { type Assessment, LEVELS, type Level } from '../../../../shared/schema/index.ts';
import { GeElement } from '../../components/ge-element.ts';
import { levelName, type ReviewKey, reviewMessages } from '../i18n.ts';
import type { ReviewEventMap } from '../review-events.ts';
import { type Column, competenceName } from '../review-model.ts';

type QuestionAssessment = Assessment['questions'][number];

@customElement('ge-review-question')
export class GeReviewQuestion extends GeElement<ReviewEventMap, ReviewKey> {
  @property({ attribute: false }) column: Column | undefined;
  @property({ attribute: false }) question: QuestionAssessment | undefined;
  /** What a host adds at the end of the question (the station: its justification marker). */
  @property({ attribute: false }) extra: TemplateResult | typeof nothing = nothing;
  /** The interview note being typed, before « Add the note ». */
  @state() private draft = { question: '', answer: '' };

  protected override translator(locale: Locale): Translator<ReviewKey> {
    return reviewMessages(locale);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #change(change: (a: Assessment) => Assessment): void {
    if (this.column) this.emit('ge-review-change', { key: this.column.key, change });
  }

  override render(): TemplateResult | typeof nothing {
    const { column, question: q } = this;
    if (!column || !q) return nothing;
    const final = column.assessment.status === 'final';
    const result = column.evaluation?.questions.find((r) => r.questionId === q.questionId);
    const subjectQuestion = column.bundle.subjectPackage?.subject.questions.find(
      (s) => s.id === q.questionId,
    );
    const id = (name: string) => `${column.key}-${q.questionId}-${name}`;
    const notes = column.assessment.notes.filter((n) => n.questionId === q.questionId);
    const candidateNote = [...column.bundle.events]
      .reverse()
      .find((e) => e.kind === 'task.noteSaved' && e.data.questionId === q.questionId);
    return html`<div class="question" data-testid="review-question" data-question-id=${q.questionId}
      data-suggested=${result?.level ?? ''} data-level=${q.level ?? ''} data-overridden=${String(q.overridden)}>
      <h4>Q${subjectQuestion?.number ?? ''} — ${subjectQuestion?.title ?? q.questionId}</h4>
      <p>
        ${this.t('review.suggestion')} :
        <strong data-testid="suggested-level">${result?.level ?? this.t('review.noSuggestion')}</strong>
        ${result ? html` — <span data-testid="explanation">${result.explanation}</span>` : nothing}
      </p>
      ${result ? this.#rules(column, result.rules) : nothing}
      ${
        subjectQuestion?.examinerAspects?.length
          ? html`<div class="aspects" data-testid="examiner-aspects">
              <p class="hint">${this.t('review.aspects')}</p>
              <ul>${subjectQuestion.examinerAspects.map((aspect) => html`<li data-testid="examiner-aspect">${aspect}</li>`)}</ul>
            </div>`
          : nothing
      }
      ${
        candidateNote && candidateNote.kind === 'task.noteSaved'
          ? html`<p class="hint">${this.t('review.candidateNote')}</p>
              <blockquote data-testid="candidate-note">${candidateNote.data.text}</blockquote>`
          : nothing
      }
      <div class="grade">
        <label for=${id('level')}>${this.t('review.level')}
          <select id=${id('level')} data-testid="level" data-question-id=${q.questionId} ?disabled=${final}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.#change((a) => setLevel(a, q.questionId, value ? (value as Level) : null));
            }}>
            <option value="" ?selected=${q.level === null}>${levelName(this.locale, null)}</option>
            ${LEVELS.map((level) => html`<option value=${level} ?selected=${q.level === level}>${levelName(this.locale, level)}</option>`)}
          </select>
        </label>
        ${
          result?.level && !final
            ? html`<button type="button" data-testid="accept-suggestion" data-question-id=${q.questionId}
                @click=${() => this.#change((a) => setLevel(a, q.questionId, result.level))}>
                ${this.t('review.accept')} (${result.level})</button>`
            : nothing
        }
      </div>
      <label for=${id('comment')}>${this.t('review.comment')}
        <textarea id=${id('comment')} data-testid="level-comment" data-question-id=${q.questionId} ?disabled=${final}
          .value=${q.comment}
          @change=${(e: Event) =>
            this.#change((a) =>
              setLevel(
                a,
                q.questionId,
                a.questions.find((x) => x.questionId === q.questionId)?.level ?? null,
                (e.target as HTMLTextAreaElement).value,
              ),
            )}></textarea>
      </label>
      ${q.competences.length > 0 ? this.#competences(column, q, final) : nothing}
      ${this.#notes(q, notes, final, id)}
      ${this.extra}
    </div>`;
  }

  #rules(
    column: Column,
    rules: NonNullable<Column['evaluation']>['questions'][number]['rules'],
  ): TemplateResult {
    return html`<ul class="rules" aria-label=${this.t('review.rules')}>
      ${rules.map((rule) =>
        rule.weight === 0 && rule.problems.length === 0 && rule.checks.some((check) => check.ceiling)
          ? this.#guard(rule)
          : html`<li data-testid="rule" data-rule-id=${rule.ruleId} data-satisfied=${String(rule.satisfied)}>
          <span class="visually-hidden">${this.t(rule.satisfied ? 'review.satisfied' : 'review.missed')} :</span>
          ${rule.title} (${rule.count}/${rule.atLeast})
          <span class="degree" data-testid="rule-degree" data-degree=${String(rule.degree)}
            >${this.t('review.degree', { percent: Math.round(rule.degree * 100) })}</span>
          ${this.#missing(rule)}
          ${rule.events.map(
            (ev) => html`<button type="button" class="evidence" data-testid="evidence" data-event-id=${ev.id}
              aria-label=${this.t('review.evidence', { seq: ev.seq })}
              @click=${() => this.emit('ge-review-reveal', { key: column.key, eventId: ev.id })}>#${ev.seq}</button>`,
          )}
        </li>`,
      )}
    </ul>`;
  }

  /**
   * A rule that weighs nothing is a guard against a mistake (ADR 0018): it is no requirement to
   * miss, so it reads « rien à signaler » until the candidate's work trips it, then names the
   * mistake and its evidence.
   */
  #guard(rule: NonNullable<Column['evaluation']>['questions'][number]['rules'][number]): TemplateResult {
    const mistakes = rule.checks.filter((check) => check.held === false && check.ceiling);
    return html`<li data-testid="rule" data-rule-id=${rule.ruleId} data-guard=${mistakes.length > 0 ? 'tripped' : 'clear'}>
      ${rule.title} —
      ${
        mistakes.length > 0
          ? html`<span class="missing" data-testid="rule-missing"
              >${this.t('review.guardTripped')} ${mistakes.map((check) => check.label).join(' ; ')}</span
            >`
          : this.t('review.guardClear')
      }
    </li>`;
  }

  /** A missed rule's checks that its best evidence did not meet (or had nothing to meet). */
  #missing(rule: NonNullable<Column['evaluation']>['questions'][number]['rules'][number]) {
    const unmet = rule.satisfied ? [] : rule.checks.filter((check) => check.held !== true);
    if (unmet.length === 0) return nothing;
    return html`<span class="missing" data-testid="rule-missing"
      >${this.t('review.unmet')} ${unmet.map((check) => check.label).join(' ; ')}</span
    >`;
  }

  #competences(column: Column, q: QuestionAssessment, final: boolean): TemplateResult {
    const id = (name: string) => `${column.key}-${q.questionId}-${name}`;
    return html`<fieldset>
      <legend>${this.t('review.competences')}</legend>
      <div class="row-fields">
        ${q.competences.map(
          (c) => html`<label for=${id(`c-${c.id}`)} title=${c.id}>${competenceName(column.bundle, c.id)}
            <select id=${id(`c-${c.id}`)} data-testid="competence-level" data-question-id=${q.questionId}
              data-competence-id=${c.id} ?disabled=${final}
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                this.#change((a) =>
                  setCompetenceLevel(a, q.questionId, c.id, value ? (value as Level) : null),
                );
              }}>
              <option value="" ?selected=${c.level === null}>—</option>
              ${LEVELS.map((level) => html`<option value=${level} title=${level} ?selected=${c.level === level}>${levelName(this.locale, level)}</option>`)}
            </select>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #notes(
    q: QuestionAssessment,
    notes: Assessment['notes'],
    final: boolean,
    id: (name: string) => string,
  ): TemplateResult {
    const draft = this.draft;
    return html`<fieldset>
      <legend>${this.t('review.notes')}</legend>
      ${notes.map(
        (
          n,
        ) => html`<p class="note" data-testid="note"><time datetime=${n.at}>${this.format.time(n.at)}</time> —
          ${n.question}${n.answer ? html` → ${n.answer}` : nothing}</p>`,
      )}
      ${
        final
          ? nothing
          : html`<div class="row-fields">
              <label for=${id('nq')}>${this.t('review.noteQuestion')}
                <input id=${id('nq')} data-testid="note-question" .value=${draft.question}
                  @input=${(e: Event) => {
                    this.draft = { ...this.draft, question: (e.target as HTMLInputElement).value };
                  }} />
              </label>
              <label for=${id('na')}>${this.t('review.noteAnswer')}
                <input id=${id('na')} data-testid="note-answer" .value=${draft.answer}
                  @input=${(e: Event) => {
                    this.draft = { ...this.draft, answer: (e.target as HTMLInputElement).value };
                  }} />
              </label>
              <button type="button" data-testid="add-note" ?disabled=${draft.question.trim() === ''}
                @click=${() => {
                  const note = {
                    questionId: q.questionId,
                    question: draft.question.trim(),
                    answer: draft.answer.trim(),
                  };
                  this.#change((a) => addNote(a, note, new Date()));
                  this.draft = { question: '', answer: '' };
                }}>${this.t('review.addNote')}</button>
            </div>`
      }
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-review-question': GeReviewQuestion;
  }
}
