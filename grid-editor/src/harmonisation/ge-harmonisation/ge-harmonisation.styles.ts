import { css } from 'lit';
import { codicons, hzBase } from '../hz.styles.ts';

export default [
  codicons,
  hzBase,
  css`
    :host {
      display: block;
      position: relative;
      min-height: 100%;
      background: var(--vscode-editor-background, #1f1f1f);
    }
    .view {
      display: flex;
      flex-direction: column;
      gap: 22px;
      max-width: 1200px;
      padding: 16px 24px 40px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 10px 20px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    section {
      display: flex;
      flex-direction: column;
      gap: 10px;
    }
    .drop-zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 10px 14px;
      padding: 14px 16px;
      border: 1px dashed var(--vscode-descriptionForeground, #9d9d9d);
      border-radius: 2px;
    }
    .drop-zone p {
      flex: 1 1 320px;
    }
    p.error {
      margin: 0;
      padding: 8px 12px;
      border-left: 3px solid var(--vscode-errorForeground, #f48771);
      color: var(--vscode-errorForeground, #f48771);
    }
    input[type='file']:focus-visible + label {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: 2px;
    }
    progress {
      width: min(100%, 420px);
      height: 6px;
      accent-color: var(--vscode-progressBar-background, #0078d4);
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 10px;
    }
    ul.problems,
    ul.flags,
    ul.duplicates {
      display: flex;
      flex-direction: column;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    ul.problems > li {
      padding: 6px 10px;
      border-left: 3px solid var(--vscode-errorForeground, #f85149);
      background: var(--vscode-list-hoverBackground, #2a2d2e);
    }
    ul.problems ul {
      margin: 2px 0 0;
      padding-left: 18px;
    }
    .file {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .path {
      font-family: var(--vscode-editor-font-family, monospace);
    }
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 10px 24px;
      margin: 0;
      padding: 10px 14px 12px;
      border: 1px solid var(--vscode-panel-border, #2b2b2b);
      border-radius: 2px;
    }
    legend {
      padding: 0 4px;
      font-weight: 600;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .field small {
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    ul.flags > li {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 8px 12px;
      border-left: 3px solid var(--vscode-editorWarning-foreground, #cca700);
      background: var(--vscode-list-hoverBackground, #2a2d2e);
    }
    ul.flags > li[data-flag-kind='examiner-deviation'] {
      border-left-color: var(--hz-flagged);
    }
    .flag-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .flag-links {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      margin: 2px 0 0;
      padding: 0;
      list-style: none;
    }
    details > summary {
      cursor: pointer;
    }
    .tables {
      display: flex;
      flex-direction: column;
      gap: 18px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    tr.flagged th {
      color: var(--vscode-errorForeground, #f85149);
    }
    .drop-overlay {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 10px;
      font-size: 16px;
      border: 2px dashed var(--vscode-focusBorder, #0078d4);
      background: color-mix(in srgb, var(--vscode-editor-background, #1f1f1f) 85%, transparent);
      pointer-events: none;
    }
    .report-head {
      display: none;
    }
    @media print {
      :host {
        background: #ffffff;
      }
      .view {
        max-width: none;
        padding: 0;
      }
      .report-head {
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      ul.problems > li,
      ul.flags > li {
        background: none;
        border-left-color: #000000;
      }
      tr.flagged th {
        color: #000000;
      }
    }
  `,
];
