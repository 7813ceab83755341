import { css } from 'lit';
import { base, buttons, codicons, controls } from '../shared.styles.ts';

export default [
  codicons,
  base,
  buttons,
  controls,
  css`
    :host {
      position: absolute;
      top: 34px;
      left: 50%;
      z-index: 10;
      width: min(600px, calc(100vw - 40px));
      transform: translateX(-50%);
    }
    :host(:not([open])) {
      display: none;
    }
    .widget {
      padding: 6px;
      border: 1px solid var(--vscode-contrastBorder, transparent);
      border-radius: 6px;
      background: var(--vscode-quickInput-background, #222222);
      color: var(--vscode-quickInput-foreground, #cccccc);
      box-shadow: 0 0 8px 2px var(--vscode-widget-shadow, #0000005c);
    }
    input {
      margin-bottom: 4px;
    }
    ul {
      max-height: 50vh;
      margin: 0;
      padding: 0;
      overflow: auto;
      list-style: none;
      scrollbar-color: var(--vscode-scrollbarSlider-background, #79797966) transparent;
    }
    li {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 22px;
      padding: 0 8px;
      border-radius: 3px;
      cursor: pointer;
      white-space: nowrap;
    }
    li .label {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    li.active {
      background: var(--vscode-quickInputList-focusBackground, #04395e);
      color: var(--vscode-quickInputList-focusForeground, #ffffff);
      outline: 1px solid var(--vscode-contrastActiveBorder, transparent);
    }
    li[aria-disabled='true'] {
      cursor: default;
      opacity: 0.75;
    }
    .description {
      color: inherit;
      opacity: 0.8;
      font-size: 12px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    kbd {
      margin-left: auto;
    }
    .none {
      margin: 4px 8px;
    }
  `,
];
