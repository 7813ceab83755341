import { css } from 'lit';
import { hzBase } from '../hz.styles.ts';

export default [
  hzBase,
  css`
    :host {
      display: block;
    }
    figure {
      margin: 0;
    }
    figcaption {
      margin-bottom: 6px;
      font-weight: 600;
    }
    svg {
      display: block;
      width: 100%;
      max-width: 820px;
      height: auto;
      overflow: visible;
    }
    .label {
      fill: var(--vscode-foreground, #cccccc);
      font-size: 12px;
    }
    .label.flagged {
      font-weight: 700;
    }
    .tick {
      fill: var(--vscode-descriptionForeground, #9d9d9d);
      font-size: 11px;
    }
    .grid {
      stroke: var(--hz-grid);
      stroke-width: 1;
    }
    .whisker {
      stroke: var(--vscode-foreground, #cccccc);
      stroke-width: 1.5;
    }
    .box {
      fill: color-mix(in srgb, var(--hz-box) 35%, transparent);
      stroke: var(--hz-box);
      stroke-width: 1.5;
    }
    .flagged .box {
      fill: color-mix(in srgb, var(--hz-flagged) 35%, transparent);
      stroke: var(--hz-flagged);
    }
    .cohort .box {
      fill: color-mix(in srgb, var(--vscode-foreground, #cccccc) 20%, transparent);
      stroke: var(--vscode-foreground, #cccccc);
    }
    .median {
      stroke: var(--vscode-foreground, #cccccc);
      stroke-width: 2.5;
    }
    .mean {
      fill: var(--vscode-editor-background, #1f1f1f);
      stroke: var(--vscode-foreground, #cccccc);
      stroke-width: 1.5;
    }
    .dot {
      fill: var(--vscode-foreground, #cccccc);
      opacity: 0.75;
    }
    @media print {
      .box {
        fill: #dddddd;
        stroke: #000000;
      }
      .flagged .box {
        fill: #bbbbbb;
        stroke: #000000;
        stroke-dasharray: 4 2;
      }
    }
  `,
];
