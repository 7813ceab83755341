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
      grid-template-columns: 48px var(--sidebar-width, 280px) minmax(0, 1fr);
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
      overflow: hidden;
      border-right: 1px solid var(--vscode-sideBar-border, #2b2b2b);
    }
    main {
      grid-area: editor;
      min-width: 0;
      min-height: 0;
    }
    ge-problems {
      grid-area: panel;
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
