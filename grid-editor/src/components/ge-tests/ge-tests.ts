import '@vscode-elements/elements/dist/vscode-tree/index.js';
import '@vscode-elements/elements/dist/vscode-tree-item/index.js';
import type { VscTreeSelectEvent } from '@vscode-elements/elements/dist/vscode-tree/vscode-tree.js';
import type { VscodeTreeItem } from '@vscode-elements/elements/dist/vscode-tree-item/vscode-tree-item.js';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CaptureEvent } from '../../../../shared/schema/index.ts';
import { problemCount } from '../../i18n.ts';
import type { Recording, RuleStatus, RuleTest, TestRun } from '../../models/rule-test.ts';
import type { ProblemReport } from '../../models/workspace.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-tests.styles.ts';

const STATUS_ICONS: Record<RuleStatus, string> = { passed: 'pass', failed: 'error', invalid: 'warning' };

/** `mm:ss` of a time since the session started. */
export const elapsed = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * Rule tests, as a test explorer: open an evidence bundle (its chain is verified; a tampered
 * one is refused, with the event where it breaks), then each question's rules pass or fail on
 * it, each with the events that matched. Choosing a rule opens it in the editor; choosing an
 * event shows it whole in the panel. The results follow every edit of the rules.
 *
 * @fires ge-files-open
 * @fires ge-reveal
 * @fires ge-event-show
 * @fires ge-command
 */
@customElement('ge-tests')
export class GeTests extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) recording: Recording | undefined;
  @property({ attribute: false }) run: TestRun | undefined;
  /** The document whose rules run. */
  @property({ attribute: false }) target: string | undefined;
  /** Why the last recording opened here was refused. */
  @property({ attribute: false }) refusal: ProblemReport | undefined;

  #events = new Map<string, CaptureEvent>();

  openFileChooser(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#open-recording')?.click();
  }

  focusTree(): void {
    const items = [...this.renderRoot.querySelectorAll<VscodeTreeItem>('vscode-tree-item')];
    (items.find((item) => item.tabIndex === 0) ?? items[0])?.focus();
  }

  override render(): TemplateResult {
    const { recording, run, refusal } = this;
    return html`<div class="title">
        <h2>${this.t('tests.title')}</h2>
        ${
          recording
            ? html`<button
                type="button"
                class="icon-button"
                data-testid="close-recording"
                aria-label=${this.t('tests.close')}
                title=${this.t('tests.close')}
                @click=${() => this.emit('ge-command', { id: 'test.closeRecording' })}
              >
                <span class="codicon codicon-close-all" aria-hidden="true"></span>
              </button>`
            : nothing
        }
      </div>
      <div class="open">
        <input
          id="open-recording"
          class="visually-hidden"
          type="file"
          data-testid="open-recording"
          accept=".json,application/json"
          @change=${this.#onFiles}
        />
        <label for="open-recording" class="button secondary">
          <span class="codicon codicon-beaker" aria-hidden="true"></span>${this.t('tests.open')}
        </label>
      </div>
      <div class="status" role="status" data-testid="recording-status" data-state=${refusal ? 'refused' : recording ? 'verified' : 'none'}>
        ${
          refusal
            ? html`<p class="refused">
                <span class="codicon codicon-error" aria-hidden="true"></span>${this.t('tests.refused', {
                  file: refusal.file,
                  problems: problemCount(this.locale, refusal.problems.length),
                })}
              </p>
              <ul class="refusal">
                ${refusal.problems.map(
                  (p) =>
                    html`<li data-testid="recording-problem">${p.path || '(document)'} : ${this.locale === 'fr' ? p.fr : p.en}</li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          recording
            ? html`<p>
                <span class="codicon codicon-verified" aria-hidden="true"></span><strong>${recording.name}</strong><br />${this.t(
                  'tests.verified',
                  { count: recording.bundle.events.length },
                )}
              </p>`
            : refusal
              ? nothing
              : html`<p class="hint">${this.t('tests.none')}</p>`
        }
        ${recording && !run ? html`<p class="hint">${this.t('tests.noSubject')}</p>` : nothing}
        ${
          run
            ? html`<p data-testid="test-summary" data-passed=${run.passed} data-failed=${run.failed} data-invalid=${run.invalid}>
                ${this.t('tests.target', { file: this.target ?? '' })} — ${this.t('tests.summary', {
                  passed: this.t('tests.passed', { count: run.passed }),
                  failed: this.t('tests.failed', { count: run.failed }),
                  invalid: this.t('tests.invalid', { count: run.invalid }),
                })}
              </p>
              ${run.otherSubject ? html`<p class="hint">${this.t('tests.otherSubject', { id: run.recordedSubjectId })}</p>` : nothing}`
            : nothing
        }
      </div>
      ${run ? this.#tree(run) : nothing}`;
  }

  #tree(run: TestRun): TemplateResult {
    this.#events = new Map();
    return html`<div class="section">
      <vscode-tree aria-label=${this.t('tests.tree')} indent-guides="onHover" @vsc-tree-select=${this.#onSelect}>
        ${run.questions.map(
          (question) => html`<vscode-tree-item
            branch
            open
            data-testid="test-question"
            data-question-id=${question.questionId}
            data-json-path=${question.path}
          >
            <span slot="icon-branch" class="codicon codicon-question" aria-hidden="true"></span
            ><span slot="icon-branch-opened" class="codicon codicon-question" aria-hidden="true"></span
            >${question.title || question.questionId}<span slot="description"
              >${question.level ? this.t('tests.level', { level: question.level }) : this.t('tests.noLevel')}</span
            >
            ${question.rules.map((rule) => this.#rule(rule))}
          </vscode-tree-item>`,
        )}
      </vscode-tree>
    </div>`;
  }

  #rule(rule: RuleTest): TemplateResult {
    const icon = STATUS_ICONS[rule.status];
    const branch = rule.events.length > 0 || rule.problems.length > 0;
    return html`<vscode-tree-item
      slot="children"
      ?branch=${branch}
      ?open=${branch}
      data-testid="test-rule"
      data-rule-id=${rule.ruleId}
      data-status=${rule.status}
      data-json-path=${rule.path}
      title=${rule.problems.map((p) => (this.locale === 'fr' ? p.fr : p.en)).join('\n') || rule.title}
    >
      ${
        branch
          ? html`<span slot="icon-branch" class=${`codicon codicon-${icon} ${rule.status}`} aria-hidden="true"></span
              ><span slot="icon-branch-opened" class=${`codicon codicon-${icon} ${rule.status}`} aria-hidden="true"></span>`
          : html`<span slot="icon-leaf" class=${`codicon codicon-${icon} ${rule.status}`} aria-hidden="true"></span>`
      }${rule.title || rule.ruleId}<span slot="description"
        >${this.t(`tests.status.${rule.status}`)} · ${this.t('tests.progress', {
          count: rule.count,
          atLeast: rule.atLeast,
          seen: this.t('tests.seen', { count: rule.seen }),
        })}</span
      >
      ${rule.problems.map(
        (p, i) => html`<vscode-tree-item slot="children" data-testid="test-rule-problem" data-index=${i}>
          <span slot="icon-leaf" class="codicon codicon-warning invalid" aria-hidden="true"></span>${this.locale === 'fr' ? p.fr : p.en}
        </vscode-tree-item>`,
      )}
      ${rule.events.map((event) => {
        this.#events.set(event.id, event);
        return html`<vscode-tree-item
          slot="children"
          data-testid="test-event"
          data-event-id=${event.id}
          data-seq=${event.seq}
          data-kind=${event.kind}
        >
          <span slot="icon-leaf" class="codicon codicon-symbol-event" aria-hidden="true"></span>${this.t(
            'tests.event',
            {
              seq: event.seq,
              kind: event.kind,
              time: elapsed(event.elapsedMs),
            },
          )}
        </vscode-tree-item>`;
      })}
    </vscode-tree-item>`;
  }

  #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) this.emit('ge-files-open', { files, purpose: 'recording' });
  };

  #onSelect = (event: VscTreeSelectEvent): void => {
    const detail = event.detail as unknown as VscodeTreeItem[] | { selectedItems: VscodeTreeItem[] };
    const item = (Array.isArray(detail) ? detail : detail.selectedItems)[0];
    if (!item) return;
    const eventId = item.dataset.eventId;
    if (eventId !== undefined) {
      const found = this.#events.get(eventId);
      if (found) this.emit('ge-event-show', { event: found });
      return;
    }
    const path = item.dataset.jsonPath;
    if (path !== undefined && this.target) this.emit('ge-reveal', { name: this.target, path });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-tests': GeTests;
  }
}
