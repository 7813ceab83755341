/**
 * Styles the harmonisation components share: VS Code tokens (with dark fallbacks), buttons,
 * inputs and tables in the editor's look, the level colours, and the print sheet (black on
 * white, no controls).
 */
import codiconCss from '@vscode/codicons/dist/codicon.css?inline';
import { css, unsafeCSS } from 'lit';
import { visuallyHidden } from '../components/visually-hidden.styles.ts';

export const codicons = unsafeCSS(codiconCss);

export const hzBase = css`
  :host {
    box-sizing: border-box;
    font-family: var(--vscode-font-family, system-ui, sans-serif);
    font-size: var(--vscode-font-size, 13px);
    color: var(--vscode-foreground, #cccccc);
    /* Level colours: ordered, distinguishable with the common colour-vision deficiencies. */
    --hz-TI: #d73027;
    --hz-I: #fc8d59;
    --hz-S: #91bfdb;
    --hz-TS: #4575b4;
    --hz-box: var(--vscode-charts-blue, #3794ff);
    --hz-flagged: var(--vscode-charts-red, #f14c4c);
    --hz-grid: var(--vscode-editorWidget-border, #454545);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 1px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: 1px;
  }
  [hidden] {
    display: none !important;
  }
  ${visuallyHidden}
  .codicon[class*='codicon-'] {
    vertical-align: middle;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    font-weight: 600;
  }
  h2 {
    font-size: 18px;
  }
  h3 {
    font-size: 11px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h4 {
    font-size: 13px;
  }
  p {
    margin: 0;
    line-height: 1.45;
  }
  .muted {
    color: var(--vscode-descriptionForeground, #9d9d9d);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 26px;
    padding: 4px 11px;
    border: 1px solid var(--vscode-button-border, transparent);
    border-radius: 2px;
    font: inherit;
    line-height: 18px;
    cursor: pointer;
    background: var(--vscode-button-background, #0078d4);
    color: var(--vscode-button-foreground, #ffffff);
  }
  .button:hover {
    background: var(--vscode-button-hoverBackground, #026ec1);
  }
  .button.secondary {
    background: var(--vscode-button-secondaryBackground, #313131);
    color: var(--vscode-button-secondaryForeground, #cccccc);
  }
  .button.secondary:hover {
    background: var(--vscode-button-secondaryHoverBackground, #3c3c3c);
  }
  .button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .link {
    padding: 0;
    border: 0;
    font: inherit;
    text-align: start;
    background: none;
    color: var(--vscode-textLink-foreground, #4daafc);
    text-decoration: underline;
    cursor: pointer;
  }
  .link:hover {
    color: var(--vscode-textLink-activeForeground, #4daafc);
  }
  input[type='number'] {
    width: 6em;
    padding: 3px 6px;
    border: 1px solid var(--vscode-input-border, #3c3c3c);
    border-radius: 2px;
    font: inherit;
    background: var(--vscode-input-background, #313131);
    color: var(--vscode-input-foreground, #cccccc);
  }
  input[type='checkbox'] {
    accent-color: var(--vscode-button-background, #0078d4);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    padding: 6px 0;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--vscode-panel-border, #2b2b2b);
    text-align: start;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    padding: 1px 6px;
    border-radius: 11px;
    font-size: 11px;
    line-height: 16px;
    white-space: nowrap;
    background: var(--vscode-badge-background, #616161);
    color: var(--vscode-badge-foreground, #f8f8f8);
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      --vscode-foreground: #000000;
      --vscode-descriptionForeground: #333333;
      --vscode-editor-background: #ffffff;
      --vscode-panel-border: #999999;
      --vscode-badge-background: #ffffff;
      --vscode-badge-foreground: #000000;
      --vscode-textLink-foreground: #000000;
      --hz-grid: #bbbbbb;
      color: #000000;
      background: #ffffff;
    }
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .badge {
      border: 1px solid #000000;
    }
    section,
    figure,
    tr {
      break-inside: avoid;
    }
  }
`;
