import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      min-width: 0;
      height: 100%;
    }
    .editor {
      flex: 1;
      display: flex;
      flex-direction: column;
      min-height: 0;
      overflow: hidden;
      background: var(--vscode-editor-background, #1f1f1f);
    }
    .editor > .cm-editor {
      flex: 1;
      min-height: 0;
    }
    .loading,
    .help {
      margin: 0;
      padding: 4px 12px;
      font-size: 12px;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .help {
      flex: none;
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .status {
      flex: none;
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 22px;
      padding: 0 12px;
      font-size: 12px;
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .status:empty {
      display: none;
    }
    .status .codicon,
    .diagnostics .error .codicon {
      color: var(--vscode-problemsErrorIcon-foreground, #f14c4c);
    }
    .diagnostics .warning .codicon {
      color: var(--vscode-problemsWarningIcon-foreground, #cca700);
    }
    .diagnostics {
      flex: none;
      max-height: 30%;
      overflow: auto;
      margin: 0;
      padding: 2px 0;
      list-style: none;
      font-size: 12px;
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .diagnostics .link {
      display: flex;
      gap: 6px;
      align-items: baseline;
      width: 100%;
      padding: 2px 12px;
      border: 0;
      text-align: left;
      font: inherit;
      color: var(--vscode-foreground, #cccccc);
      background: transparent;
      cursor: pointer;
    }
    .diagnostics .link:hover {
      background: var(--vscode-list-hoverBackground, #2a2d2e);
    }
    .diagnostics .link:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -1px;
    }
  `,
];
