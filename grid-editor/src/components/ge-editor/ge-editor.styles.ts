import { css } from 'lit';
import { base, buttons, codicons } from '../shared.styles.ts';

export default [
  codicons,
  base,
  buttons,
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
    .close.dirty {
      visibility: visible;
      font-size: 10px;
      color: var(--vscode-tab-activeForeground, #ffffff);
    }
    .toolbar {
      flex: none;
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 26px;
      padding: 0 8px 0 16px;
      border-bottom: 1px solid var(--vscode-editorGroupHeader-tabsBorder, #2b2b2b);
    }
    .breadcrumbs {
      flex: 1;
      min-width: 0;
      overflow: hidden;
    }
    .breadcrumbs ol {
      display: flex;
      align-items: center;
      gap: 2px;
      margin: 0;
      padding: 0;
      list-style: none;
      white-space: nowrap;
    }
    .breadcrumbs li {
      display: flex;
      align-items: center;
      min-width: 0;
    }
    .crumb {
      padding: 2px 4px;
      border: 0;
      border-radius: 3px;
      background: none;
      color: var(--vscode-descriptionForeground, #9d9d9d);
      font: inherit;
      font-size: 12px;
      cursor: pointer;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .crumb[aria-current] {
      color: var(--vscode-foreground, #cccccc);
    }
    .crumb:hover {
      color: var(--vscode-foreground, #cccccc);
    }
    .crumb:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
    }
    .read-only {
      font-size: 12px;
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    .tools,
    .modes {
      display: flex;
      align-items: center;
      gap: 2px;
    }
    .icon-button:disabled {
      opacity: 0.4;
      cursor: default;
    }
    .body {
      flex: 1;
      min-height: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .body.split {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .form-pane {
      min-height: 0;
      overflow: auto;
      scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
    }
    .source-pane {
      min-height: 0;
      overflow: hidden;
      border-left: 1px solid var(--vscode-editorGroupHeader-tabsBorder, #2b2b2b);
    }
    .body.source .source-pane {
      border-left: 0;
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
