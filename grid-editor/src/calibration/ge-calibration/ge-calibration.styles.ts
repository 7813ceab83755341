import { css } from 'lit';
import { base, buttons, codicons } from '../../components/shared.styles.ts';

export default [
  codicons,
  base,
  buttons,
  css`
    :host {
      display: block;
      height: 100%;
      overflow: auto;
      padding: 12px 20px 24px;
      background: var(--vscode-editor-background, #1f1f1f);
    }
    h2 {
      font-size: 1.3em;
      font-weight: 600;
      margin: 0 0 6px;
    }
    .help {
      max-width: 70ch;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .actions {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 12px 0;
    }
    .figures {
      display: flex;
      gap: 24px;
      margin: 12px 0;
    }
    .figure strong {
      display: block;
      font-size: 2em;
      font-weight: 600;
    }
    table {
      border-collapse: collapse;
      margin: 8px 0 16px;
    }
    caption {
      text-align: start;
      padding: 4px 0;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    th,
    td {
      border: 1px solid var(--vscode-panel-border, #2b2b2b);
      padding: 3px 8px;
      text-align: start;
      vertical-align: top;
    }
    tr[data-agrees='false'] td.suggested {
      color: var(--vscode-errorForeground, #f85149);
      font-weight: 600;
    }
    select {
      background: var(--vscode-dropdown-background, #313131);
      color: var(--vscode-dropdown-foreground, #cccccc);
      border: 1px solid var(--vscode-dropdown-border, #3c3c3c);
    }
    .refused {
      color: var(--vscode-errorForeground, #f85149);
    }
    ul.why {
      margin: 0;
      padding-inline-start: 1.2em;
    }
  `,
];
