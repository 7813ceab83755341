import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CommandId } from '../../models/commands.ts';
import type { EditorDocument } from '../../models/document.ts';
import type { FormContext } from '../../models/form-context.ts';
import { isWithin, parsePath } from '../../models/json-path.ts';
import type { OutlineNode } from '../../models/outline.ts';
import type { EditorProblem } from '../../models/validate.ts';
import { GeElement } from '../ge-element.ts';
import { annexForm } from './annex-form.ts';
import { type FormHost, messages } from './fields.ts';
import styles from './ge-form.styles.ts';
import {
  catalogueForm,
  competenceForm,
  criterionForm,
  entryForm,
  gridForm,
  packageForm,
  subCompetenceForm,
} from './grid-forms.ts';
import {
  annexesList,
  questionForm,
  questionsList,
  ruleForm,
  subjectForm,
  variableForm,
  variablesList,
} from './subject-forms.ts';

/** Where to put the keyboard focus after the next render (a problem was opened). */
export interface FocusRequest {
  path: string;
  /** Changes with every request, so that asking for the same field twice works. */
  nonce: number;
}

/**
 * The form view of one part of a document (the part the explorer, a tab or a problem chose):
 * one control per field, each with the problems found at its path; the part's other problems
 * are listed at its end, so that none is hidden. Every change goes up as `ge-edit`.
 *
 * @fires ge-edit
 * @fires ge-reveal
 * @fires ge-command
 * @fires ge-library-pick
 */
@customElement('ge-form')
export class GeForm extends GeElement {
  static override styles = styles;

  @property({ attribute: false }) doc: EditorDocument | undefined;
  @property({ attribute: false }) node: OutlineNode | undefined;
  /** The problems of this part (the app keeps those of its sub-parts for their own forms). */
  @property({ attribute: false }) problems: readonly EditorProblem[] = [];
  @property({ attribute: false }) context: FormContext | undefined;
  @property({ attribute: false }) focusRequest: FocusRequest | undefined;

  #focused: number | undefined;

  override render(): TemplateResult {
    const { doc, node, context } = this;
    if (!doc || !node || !context) return html``;
    if (doc.readOnly) return html`<p class="note">${this.t('form.readOnly')}</p>`;
    const claimed = new Set<EditorProblem>();
    const host: FormHost = {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      doc,
      node,
      context,
      problemsAt: (path, within = false) => {
        const found = this.problems.filter((p) => (within ? isWithin(p.path, path) : p.path === path));
        for (const p of found) claimed.add(p);
        return found;
      },
      edit: (path, value, coalesce) => this.emit('ge-edit', { name: doc.name, path, value, coalesce }),
      endEdit: () => this.emit('ge-edit-end', { name: doc.name }),
      reveal: (path) => this.emit('ge-reveal', { name: doc.name, path, focus: true }),
      command: (id: CommandId) => this.emit('ge-command', { id }),
      pickLibrary: (path) => this.emit('ge-library-pick', { name: doc.name, path }),
    };
    const body = this.#body(host, node);
    const rest = this.problems.filter((p) => !claimed.has(p));
    return html`<div class="form" data-testid="form" data-node-type=${node.type} data-json-path=${node.path}>
      ${rest.length > 0 ? html`<div class="part-problems">${messages(host, 'part', rest)}</div>` : nothing}
      ${body}
    </div>`;
  }

  #body(host: FormHost, node: OutlineNode): unknown {
    switch (node.type) {
      case 'document':
        if (node.kind === 'subject') return subjectForm(host, node.path);
        if (node.kind === 'grid') return gridForm(host, node.path);
        if (node.kind === 'catalogue') return catalogueForm(host, node.path);
        if (node.kind === 'subject-package') return packageForm(host);
        return html`<p class="note">${this.t('form.readOnly')}</p>`;
      case 'group':
        if (node.group === 'questions') return questionsList(host, node.path);
        if (node.group === 'annexes') return annexesList(host, node.path);
        if (node.group === 'variables') return variablesList(host, node.path);
        return nothing;
      case 'question':
        return questionForm(host, node.path);
      case 'rule':
        return ruleForm(host, node.path);
      case 'annex':
        return annexForm(host, node.path);
      case 'variable':
        return variableForm(host, node.path);
      case 'competence':
        return competenceForm(host, node.path);
      case 'subCompetence':
        return subCompetenceForm(host, node.path);
      case 'criterion':
        return criterionForm(host, node.path);
      case 'entry':
        return entryForm(host, node.path);
      default:
        return nothing;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const request = this.focusRequest;
    if (!request || request.nonce === this.#focused) return;
    this.#focused = request.nonce;
    this.focusPath(request.path);
  }

  /**
   * Focuses the control of `path`, or of its nearest ancestor inside the part that has one,
   * or else the form's first control.
   */
  focusPath(path: string): boolean {
    const controls = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')];
    const segments = parsePath(path);
    const floor = parsePath(this.node?.path ?? '').length;
    for (let length = segments.length; length > floor; length -= 1) {
      const target = controls.find((el) => {
        const at = el.dataset.path ?? '';
        return parsePath(at).length === length && isWithin(path, at);
      });
      if (!target) continue;
      const focusable = target.matches('input, select, textarea, button')
        ? target
        : target.querySelector<HTMLElement>('input, select, textarea, button');
      if (!focusable) continue;
      focusable.focus();
      focusable.scrollIntoView?.({ block: 'center' });
      return true;
    }
    const first = this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return first !== null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-form': GeForm;
  }
}
