/** The review's frame: toolbar, alerts, the columns side by side, form controls, print rules. */
import { css } from 'lit';
import { base } from '../../components/shared.styles.ts';
import fiche from '../ge-fiche/ge-fiche.styles.ts';
import printView from '../ge-print-view/ge-print-view.styles.ts';
import column from '../ge-review-column/ge-review-column.styles.ts';
import question from '../ge-review-question/ge-review-question.styles.ts';

/** Form controls in the VS Code look (the review's children render in this root and share them). */
export const field = css`
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    background: var(--vscode-input-background, #313131);
    color: var(--vscode-input-foreground, #cccccc);
    border: 1px solid var(--vscode-input-border, #3c3c3c);
    font: inherit;
    padding: 2px 4px;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 3em;
  }
  button,
  .file-button {
    background: var(--vscode-button-secondaryBackground, #313131);
    color: var(--vscode-button-secondaryForeground, #cccccc);
    border: 1px solid var(--vscode-button-border, transparent);
    font: inherit;
    padding: 3px 8px;
    cursor: pointer;
  }
  button.primary,
  .file-button {
    background: var(--vscode-button-background, #0078d4);
    color: var(--vscode-button-foreground, #ffffff);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;

const frame = css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    padding: 8px 12px;
    box-sizing: border-box;
    font-size: 13px;
  }
  h2 {
    font-size: 15px;
    margin: 0;
  }
  h3 {
    font-size: 13px;
    margin: 12px 0 4px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h4 {
    font-size: 13px;
    margin: 0 0 4px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-bottom: 8px;
  }
  .alert {
    border-left: 3px solid var(--vscode-editorWarning-foreground, #cca700);
    padding: 4px 8px;
    margin: 4px 0;
    background: var(--vscode-inputValidation-warningBackground, #352a05);
  }
  .alert.error {
    border-color: var(--vscode-errorForeground, #f85149);
    background: var(--vscode-inputValidation-errorBackground, #5a1d1d);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));
    gap: 12px;
    align-items: start;
  }
  .meta {
    font-size: 11px;
    opacity: 0.85;
    word-break: break-all;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 12px;
  }
  .hint {
    font-size: 11px;
    opacity: 0.85;
  }
  code {
    word-break: break-all;
    font-size: 11px;
  }
  .busy {
    display: flex;
    gap: 6px;
    align-items: center;
    margin: 4px 0;
  }
  @media print {
    :host {
      height: auto;
      overflow: visible;
      color: #000;
      background: #fff;
      padding: 0;
    }
    .review[data-printing] > :not(ge-print-view) {
      display: none !important;
    }
  }
`;

/** The children (column, question, fiche) render in <ge-review>'s root: their styles are adopted here. */
export default [base, field, frame, column, question, fiche, printView];
