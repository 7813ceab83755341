import { css } from 'lit';
import { base, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
      min-width: 0;
      background: var(--vscode-editor-background, #1f1f1f);
      color: var(--vscode-editor-foreground, #cccccc);
    }
    [role='tablist'] {
      display: flex;
      flex: none;
      height: 35px;
      overflow-x: auto;
      overflow-y: hidden;
      background: var(--vscode-editorGroupHeader-tabsBackground, #181818);
      border-bottom: 1px solid var(--vscode-editorGroupHeader-tabsBorder, #2b2b2b);
      scrollbar-width: thin;
    }
    [role='tab'] {
      position: relative;
      display: flex;
      flex: none;
      align-items: center;
      gap: 6px;
      height: 35px;
      padding: 0 6px 0 10px;
      border-right: 1px solid var(--vscode-tab-border, #2b2b2b);
      background: var(--vscode-tab-inactiveBackground, #181818);
      color: var(--vscode-tab-inactiveForeground, #9d9d9d);
      cursor: pointer;
      white-space: nowrap;
      user-select: none;
    }
    [role='tab']:hover {
      background: var(--vscode-tab-hoverBackground, #1f1f1f);
    }
    [role='tab'][aria-selected='true'] {
      margin-bottom: -1px;
      height: 36px;
      background: var(--vscode-tab-activeBackground, #1f1f1f);
      color: var(--vscode-tab-activeForeground, #ffffff);
    }
    [role='tab'][aria-selected='true']::before {
      content: '';
      position: absolute;
      inset: 0 0 auto 0;
      height: 1px;
      background: var(--vscode-tab-activeBorderTop, #0078d4);
    }
    [role='tab']:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -1px;
    }
    .tab-icon {
      color: #cbcb41;
    }
    .close {
      visibility: hidden;
      border-radius: 4px;
      padding: 2px;
    }
    [role='tab'][aria-selected='true'] .close,
    [role='tab']:hover .close,
    [role='tab']:focus-visible .close {
      visibility: visible;
    }
    .close:hover {
      background: var(--vscode-statusBarItem-hoverBackground, #f1f1f133);
    }
    .breadcrumbs {
      flex: none;
      display: flex;
      gap: 6px;
      align-items: center;
      height: 22px;
      padding: 0 16px;
      color: var(--vscode-descriptionForeground, #9d9d9d);
      font-size: 12px;
    }
    [role='tabpanel'] {
      flex: 1;
      min-height: 0;
      display: flex;
      overflow: auto;
      font-family: var(--vscode-editor-font-family, monospace);
      font-size: var(--vscode-editor-font-size, 14px);
      line-height: 19px;
      scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
    }
    pre {
      margin: 0;
      font: inherit;
    }
    .gutter {
      flex: none;
      position: sticky;
      left: 0;
      min-width: 64px;
      padding: 0 26px 0 16px;
      text-align: right;
      color: var(--vscode-editorLineNumber-foreground, #8b949e);
      background: var(--vscode-editor-background, #1f1f1f);
      user-select: none;
    }
    .source {
      flex: 1;
      padding-right: 16px;
      tab-size: 2;
    }
    .welcome {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 16px;
      padding: 24px;
      text-align: center;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .welcome .codicon[class*='codicon-'] {
      font-size: 96px;
      opacity: 0.25;
    }
  `,
];
