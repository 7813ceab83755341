import { css } from 'lit';
import { codicons, hzBase } from '../hz.styles.ts';

export default [
  codicons,
  hzBase,
  css`
    :host {
      display: block;
    }
    article {
      display: flex;
      flex-direction: column;
      gap: 14px;
      padding: 14px 16px;
      border: 1px solid var(--vscode-focusBorder, #0078d4);
      border-radius: 2px;
      background: var(--vscode-editorWidget-background, #202020);
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    header h3 {
      font-size: 15px;
      text-transform: none;
      letter-spacing: normal;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0;
    }
    dt {
      color: var(--vscode-descriptionForeground, #9d9d9d);
    }
    dd {
      margin: 0;
    }
    ul.flags {
      margin: 0;
      padding-left: 18px;
    }
    ul.flags li {
      margin: 2px 0;
    }
    details {
      border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
      padding: 6px 0;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
    }
    ol.events {
      margin: 6px 0 0;
      padding-left: 0;
      list-style: none;
      font-family: var(--vscode-editor-font-family, monospace);
      font-size: 12px;
    }
    ol.events li {
      padding: 1px 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    ol.events li.evidence {
      border-left: 3px solid var(--vscode-charts-green, #89d185);
      padding-left: 6px;
    }
    ul.rules {
      margin: 6px 0;
      padding-left: 18px;
    }
    .met {
      color: var(--vscode-testing-iconPassed, #73c991);
    }
    .missed {
      color: var(--vscode-errorForeground, #f85149);
    }
    .differs {
      font-weight: 700;
    }
    @media print {
      article {
        border-color: #000000;
        background: #ffffff;
      }
      .met,
      .missed {
        color: #000000;
      }
    }
  `,
];
