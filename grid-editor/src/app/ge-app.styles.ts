import { css } from 'lit';
import { base, codicons } from '../components/shared.styles.ts';

export default [
  codicons,
  base,
  css`
    :host {
      display: block;
      height: 100vh;
      overflow: hidden;
    }
    .workbench {
      position: relative;
      display: grid;
      grid-template-columns: 48px var(--sidebar-width, 300px) minmax(0, 1fr);
      grid-template-rows: 30px minmax(0, 1fr) var(--panel-height, 200px) 22px;
      grid-template-areas:
        'title title title'
        'activity sidebar editor'
        'activity sidebar panel'
        'status status status';
      height: 100%;
    }
    .workbench.no-sidebar {
      grid-template-columns: 48px 0 minmax(0, 1fr);
    }
    .workbench.no-panel {
      grid-template-rows: 30px minmax(0, 1fr) 0 22px;
    }
    header {
      grid-area: title;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 6px;
      background: var(--vscode-titleBar-activeBackground, #181818);
      color: var(--vscode-titleBar-activeForeground, #cccccc);
      border-bottom: 1px solid var(--vscode-titleBar-border, #2b2b2b);
      font-size: 12px;
      user-select: none;
    }
    header h1 {
      margin: 0;
      font-size: inherit;
      font-weight: normal;
    }
    header .codicon[class*='codicon-'] {
      color: var(--vscode-activityBar-activeBorder, #0078d4);
    }
    ge-activity-bar {
      grid-area: activity;
    }
    aside {
      grid-area: sidebar;
      min-width: 0;
      min-height: 0;
      overflow: hidden;
      border-right: 1px solid var(--vscode-sideBar-border, #2b2b2b);
    }
    .side-view {
      height: 100%;
    }
    main {
      grid-area: editor;
      min-width: 0;
      min-height: 0;
    }
    .workbench.wide main {
      grid-row: 2 / 4;
    }
    .workbench.wide .panel {
      display: none;
    }
    .wide-view {
      height: 100%;
    }
    @media print {
      :host {
        height: auto;
        overflow: visible;
      }
      .workbench {
        display: block;
        height: auto;
      }
      header,
      ge-activity-bar,
      aside,
      .panel,
      ge-status-bar,
      ge-quick-input,
      ge-editor,
      .drop {
        display: none !important;
      }
      .wide-view {
        height: auto;
      }
    }
    .panel {
      grid-area: panel;
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: var(--vscode-panel-background, #181818);
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .panel-tabs {
      flex: none;
      display: flex;
      gap: 4px;
      height: 35px;
      padding: 0 8px;
    }
    .panel-tabs [role='tab'] {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0 6px;
      padding: 0 2px;
      border: 0;
      border-bottom: 1px solid transparent;
      background: none;
      color: var(--vscode-panelTitle-inactiveForeground, #9d9d9d);
      font: inherit;
      font-size: 11px;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      cursor: pointer;
    }
    .panel-tabs [role='tab'][aria-selected='true'] {
      color: var(--vscode-panelTitle-activeForeground, #cccccc);
      border-bottom-color: var(--vscode-panelTitle-activeBorder, #0078d4);
    }
    .panel-tabs [role='tab']:focus-visible {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
      outline-offset: -1px;
    }
    .badge {
      min-width: 18px;
      padding: 2px 5px;
      border-radius: 11px;
      font-size: 11px;
      line-height: 14px;
      text-align: center;
      text-transform: none;
      letter-spacing: normal;
      background: var(--vscode-badge-background, #616161);
      color: var(--vscode-badge-foreground, #f8f8f8);
    }
    .panel-body {
      flex: 1;
      min-height: 0;
    }
    .panel-body > * {
      height: 100%;
    }
    ge-status-bar {
      grid-area: status;
    }
    .drop {
      position: absolute;
      inset: 30px 0 22px 48px;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      pointer-events: none;
      font-size: 16px;
      color: var(--vscode-foreground, #cccccc);
      background: color-mix(in srgb, var(--vscode-focusBorder, #0078d4) 18%, transparent);
      outline: 2px dashed var(--vscode-focusBorder, #0078d4);
      outline-offset: -6px;
    }
  `,
];
