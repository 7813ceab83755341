import { css } from 'lit';
import { hzBase } from '../hz.styles.ts';

export default [
  hzBase,
  css`
    :host {
      display: block;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 10px;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      border: 1px solid var(--vscode-foreground, #cccccc);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
      gap: 14px 24px;
    }
    figure {
      margin: 0;
    }
    figcaption {
      margin-bottom: 4px;
      font-weight: 600;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .label {
      fill: var(--vscode-foreground, #cccccc);
      font-size: 12px;
    }
    .total {
      fill: var(--vscode-descriptionForeground, #9d9d9d);
      font-size: 11px;
    }
    .segment {
      stroke: var(--vscode-editor-background, #1f1f1f);
      stroke-width: 1;
    }
    .TI {
      fill: var(--hz-TI);
      background: var(--hz-TI);
    }
    .I {
      fill: var(--hz-I);
      background: var(--hz-I);
    }
    .S {
      fill: var(--hz-S);
      background: var(--hz-S);
    }
    .TS {
      fill: var(--hz-TS);
      background: var(--hz-TS);
    }
    @media print {
      .segment {
        stroke: #ffffff;
      }
      * {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `,
];
