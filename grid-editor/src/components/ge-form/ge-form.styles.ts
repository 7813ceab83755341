import { css } from 'lit';
import { base, buttons, codicons, controls } from '../shared.styles.ts';

export default [
  codicons,
  base,
  buttons,
  controls,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    .form {
      max-width: 880px;
      padding: 8px 24px 32px;
    }
    .note,
    .hint {
      margin: 4px 0 8px;
      color: var(--vscode-descriptionForeground, #9d9d9d);
      line-height: 1.4;
    }
    section.group {
      margin: 0 0 20px;
    }
    h3 {
      margin: 16px 0 8px;
      font-size: 14px;
      font-weight: 600;
      color: var(--vscode-settings-headerForeground, #e7e7e7);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0 0 12px;
      min-width: 0;
    }
    .field > label:not(.check),
    legend {
      font-weight: 600;
    }
    .field.inline {
      flex-direction: row;
      align-items: center;
      gap: 8px;
    }
    .field.inline > label {
      font-weight: normal;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .row > * {
      flex: 1 1 180px;
    }
    .row > .number {
      flex: 0 1 140px;
    }
    .mono,
    textarea.mono {
      font-family: var(--vscode-editor-font-family, monospace);
    }
    fieldset {
      margin: 0 0 12px;
      padding: 6px 10px 8px;
      border: 1px solid var(--vscode-panel-border, #2b2b2b);
      border-radius: 2px;
      min-width: 0;
    }
    .checklist .check {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      padding: 3px 0;
      line-height: 18px;
      cursor: pointer;
    }
    .checklist .check input {
      margin-top: 1px;
      flex: none;
    }
    .checklist.columns {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      gap: 0 16px;
    }
    .checklist.columns legend,
    .checklist.columns .messages,
    .checklist.columns .hint {
      grid-column: 1 / -1;
    }
    fieldset.condition {
      background: var(--vscode-textCodeBlock-background, #2b2b2b);
    }
    .messages {
      margin: 2px 0 0;
      padding: 0;
      list-style: none;
    }
    .messages li {
      display: flex;
      align-items: flex-start;
      gap: 6px;
      line-height: 18px;
    }
    .messages .error .codicon {
      color: var(--vscode-problemsErrorIcon-foreground, #f14c4c);
    }
    .messages .warning .codicon {
      color: var(--vscode-problemsWarningIcon-foreground, #cca700);
    }
    .messages .info .codicon {
      color: var(--vscode-problemsInfoIcon-foreground, #3794ff);
    }
    .part-problems {
      margin: 8px 0;
      padding: 6px 10px;
      border-left: 3px solid var(--vscode-inputValidation-errorBorder, #f14c4c);
      background: var(--vscode-textCodeBlock-background, #2b2b2b);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
    }
    .actions.end {
      justify-content: flex-end;
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
      padding-top: 12px;
    }
    .links {
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    .link {
      display: flex;
      align-items: center;
      gap: 6px;
      width: 100%;
      min-height: 24px;
      padding: 2px 6px;
      border: 0;
      border-radius: 2px;
      background: none;
      color: var(--vscode-textLink-foreground, #4daafc);
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .link:hover {
      background: var(--vscode-list-hoverBackground, #2a2d2e);
    }
    .link .codicon {
      color: var(--vscode-icon-foreground, #cccccc);
    }
    .link .detail {
      color: var(--vscode-descriptionForeground, #9d9d9d);
      font-size: 12px;
    }
    .test-badge {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      margin-left: auto;
      font-size: 12px;
      color: var(--vscode-foreground, #cccccc);
    }
    .test-badge.passed .codicon {
      color: var(--vscode-testing-iconPassed, #73c991);
    }
    .test-badge.failed .codicon {
      color: var(--vscode-testing-iconFailed, #f14c4c);
    }
    .test-badge.invalid .codicon {
      color: var(--vscode-testing-iconErrored, #cca700);
    }
    .test-line {
      margin: 0 0 8px;
    }
    .preview {
      max-width: 100%;
      max-height: 200px;
      margin: 0 0 12px;
      border: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
      /* The live preview: the overlay's .md and .annex-text rules (overlay.css), in the editor's colours. */
    .md-preview {
      margin: -4px 0 8px;
      padding: 4px 10px;
      border-left: 3px solid var(--vscode-focusBorder, #0078d4);
      background: var(--vscode-textCodeBlock-background, #2b2b2b);
      color: var(--vscode-foreground, #cccccc);
    }
    .md-preview-title {
      margin: 0;
      font-size: 11px;
      text-transform: uppercase;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .md-preview .md {
      overflow-wrap: anywhere;
    }
    .md-preview .md p,
    .md-preview .md ul,
    .md-preview .md ol {
      margin: 8px 0;
    }
    .md-preview .md ul,
    .md-preview .md ol {
      padding-left: 20px;
    }
    .md-preview .md li + li {
      margin-top: 2px;
    }
    .md-preview .md h4,
    .md-preview .md h5,
    .md-preview .md h6 {
      margin: 10px 0 4px;
      font-size: 14px;
    }
    .md-preview .md code {
      padding: 0 3px;
      border-radius: 3px;
      font-family: var(--vscode-editor-font-family, monospace);
      outline: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .md-preview .md a {
      color: var(--vscode-textLink-foreground, #4daafc);
      text-decoration: underline;
    }
    .md-preview .annex-text {
      margin: 8px 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .md-preview .empty {
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
`,
];
