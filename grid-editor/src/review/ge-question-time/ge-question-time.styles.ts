/** The per-question time chart: one lane per question on the session's time axis. */
import { css } from 'lit';
import { base } from '../../components/shared.styles.ts';

export default [
  base,
  css`
    :host {
      display: block;
      font-size: 12px;
    }
    .lanes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .lane {
      display: grid;
      grid-template-columns: 3.5em 1fr 5em;
      gap: 6px;
      align-items: center;
      margin: 2px 0;
    }
    .track {
      position: relative;
      height: 12px;
      background: var(--vscode-editorWidget-background, #252526);
      border: 1px solid var(--vscode-panel-border, #2b2b2b);
    }
    .span {
      position: absolute;
      top: 0;
      bottom: 0;
      min-width: 2px;
      background: var(--vscode-charts-blue, #3794ff);
    }
    .total {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .axis {
      display: flex;
      justify-content: space-between;
      margin-left: calc(3.5em + 6px);
      margin-right: calc(5em + 6px);
      opacity: 0.8;
      font-size: 11px;
    }
  `,
];
