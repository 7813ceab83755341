/** The station check in a review column: a receipt button, a short form, the verdict. */
import { css } from 'lit';
import { base, buttons, controls } from '../../components/shared.styles.ts';

export default [
  base,
  buttons,
  controls,
  css`
    :host {
      display: block;
      font-size: 12px;
    }
    h3 {
      font-size: 13px;
      margin: 8px 0 4px;
    }
    .hint {
      color: var(--vscode-descriptionForeground, #9d9d9d);
      margin: 0 0 6px;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: end;
      margin-top: 6px;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .head {
      font-family: var(--vscode-editor-font-family, monospace);
      width: 16em;
    }
    .count {
      width: 6em;
    }
    .file-button {
      display: inline-block;
      cursor: pointer;
    }
    .file-button:focus-within {
      outline: 1px solid var(--vscode-focusBorder, #0078d4);
    }
    [data-testid='station-check'] {
      margin: 6px 0 0;
      padding-left: 6px;
    }
    /* Borders, not text colours: the text keeps the theme's contrast in both themes. */
    [data-state='differs'],
    [data-state='other-session'],
    [data-state='refused'] {
      border-left: 3px solid var(--vscode-errorForeground, #f85149);
      font-weight: 600;
    }
    [data-state='same'],
    [data-state='station-behind'] {
      border-left: 3px solid var(--vscode-testing-iconPassed, #73c991);
    }
  `,
];
