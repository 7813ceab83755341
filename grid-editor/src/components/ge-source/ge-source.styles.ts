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
      min-height: 0;
      font-family: var(--vscode-editor-font-family, monospace);
      font-size: var(--vscode-editor-font-size, 14px);
      line-height: 19px;
    }
    .gutter {
      flex: none;
      margin: 0;
      min-width: 56px;
      padding: 4px 18px 4px 12px;
      overflow: hidden;
      text-align: right;
      font: inherit;
      color: var(--vscode-editorLineNumber-foreground, #8b949e);
      background: var(--vscode-editor-background, #1f1f1f);
      user-select: none;
    }
    textarea {
      flex: 1;
      min-width: 0;
      margin: 0;
      padding: 4px 16px 4px 0;
      border: 0;
      resize: none;
      font: inherit;
      line-height: inherit;
      tab-size: 2;
      white-space: pre;
      overflow: auto;
      color: var(--vscode-editor-foreground, #cccccc);
      background: var(--vscode-editor-background, #1f1f1f);
      scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
    }
    textarea:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -1px;
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
    .status .codicon {
      color: var(--vscode-problemsErrorIcon-foreground, #f14c4c);
    }
  `,
];
