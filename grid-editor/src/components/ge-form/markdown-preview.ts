/**
 * The live preview of a subject's text under the field that edits it, rendered by the same
 * code as the candidate's overlay: question instructions through the one Markdown renderer
 * (shared/markdown/render.ts, with the overlay's heading offset), an annex's text as plain
 * text, `{{variables}}` replaced by the subject's values in both. The renderer's neutral tree
 * becomes DOM nodes here (text is always a text node: nothing is read as HTML). It follows
 * each keystroke, since the form applies every keystroke to the model.
 */
import { html, type TemplateResult } from 'lit';
import {
  type MdNode,
  renderMarkdownTree,
  substitute,
  type Variables,
  variableMap,
} from '../../../../shared/markdown/render.ts';
import { asArray, asRecord } from '../../models/json-path.ts';
import type { FormHost } from './fields.ts';

/** The overlay renders instructions under its `<h3>` question title (question-item.tsx). */
export const OVERLAY_INSTRUCTIONS_HEADING_OFFSET = 4;

const toDom = (node: MdNode): Node => {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, String(value));
  for (const child of node.children) element.append(toDom(child));
  return element;
};

/** The subject's variables as the overlay substitutes them (name → value). */
export const subjectVariables = (subject: unknown): Variables =>
  variableMap(
    asArray(asRecord(subject).variables)
      .map(asRecord)
      .filter(
        (v): v is { name: string; value: string } =>
          typeof v.name === 'string' && typeof v.value === 'string',
      ),
  );

const frame = (host: FormHost, path: string, kind: string, body: unknown): TemplateResult =>
  html`<section class="md-preview" aria-label=${host.t('preview.label')} data-testid="markdown-preview" data-path=${path} data-kind=${kind}>
    <p class="md-preview-title" aria-hidden="true">${host.t('preview.label')}</p>
    ${body}
  </section>`;

/** Question instructions, as Markdown. */
export const instructionsPreview = (host: FormHost, path: string, source: string, variables: Variables) => {
  const nodes = renderMarkdownTree(source, {
    variables,
    headingOffset: OVERLAY_INSTRUCTIONS_HEADING_OFFSET,
  }).map(toDom);
  return html`${frame(
    host,
    path,
    'markdown',
    html`<div class="md" data-testid="markdown-preview-body">
      ${nodes.length > 0 ? nodes : html`<p class="empty">${host.t('preview.empty')}</p>`}
    </div>`,
  )}
    <p class="hint md-help" data-testid="markdown-help">${host.t('preview.help')}</p>`;
};

/** An annex's text, as the overlay shows it: plain text with its line breaks. */
export const annexTextPreview = (host: FormHost, path: string, source: string, variables: Variables) =>
  frame(
    host,
    path,
    'text',
    html`<div class="annex-text" data-testid="markdown-preview-body">${substitute(source, variables) || host.t('preview.empty')}</div>`,
  );
