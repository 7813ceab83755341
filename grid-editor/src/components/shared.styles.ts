/**
 * Styles every component adopts. Codicons: the page declares the font (main.ts imports the
 * stylesheet), and shadow roots need the `.codicon-*` classes again, from the same bundled file.
 */
import codiconCss from '@vscode/codicons/dist/codicon.css?inline';
import { css, unsafeCSS } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.ts';

export const codicons = unsafeCSS(codiconCss);

export const base = css`
  :host {
    box-sizing: border-box;
    font-family: var(--vscode-font-family, system-ui, sans-serif);
    font-size: var(--vscode-font-size, 13px);
    color: var(--vscode-foreground, #cccccc);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 1px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: -1px;
  }
  [hidden] {
    display: none !important;
  }
  ${visuallyHidden}
  .codicon[class*='codicon-'] {
    vertical-align: middle;
  }
`;

/** Buttons, as VS Code draws them: primary, secondary, and icon-only toolbar buttons. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 26px;
    padding: 4px 12px;
    border: 1px solid var(--vscode-contrastBorder, transparent);
    border-radius: 2px;
    background: var(--vscode-button-background, #0078d4);
    color: var(--vscode-button-foreground, #ffffff);
    font: inherit;
    line-height: 18px;
    cursor: pointer;
    user-select: none;
  }
  .button:hover {
    background: var(--vscode-button-hoverBackground, #026ec1);
  }
  .button.secondary {
    background: var(--vscode-button-secondaryBackground, #313131);
    color: var(--vscode-button-secondaryForeground, #cccccc);
  }
  .button.secondary:hover {
    background: var(--vscode-button-secondaryHoverBackground, #3c3c3c);
  }
  .button:focus-visible,
  .icon-button:focus-visible {
    outline: 1px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: 2px;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: var(--vscode-icon-foreground, #cccccc);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--vscode-toolbar-hoverBackground, #5a5d5e50);
  }
  .icon-button[aria-pressed='true'] {
    background: var(--vscode-inputOption-activeBackground, #2489db82);
    border-color: var(--vscode-inputOption-activeBorder, #2488db);
  }
  kbd {
    display: inline-block;
    padding: 1px 4px;
    border: 1px solid var(--vscode-keybindingLabel-border, #33333399);
    border-radius: 3px;
    background: var(--vscode-keybindingLabel-background, #8080802b);
    color: var(--vscode-keybindingLabel-foreground, #cccccc);
    font: 11px var(--vscode-font-family, system-ui, sans-serif);
    line-height: 14px;
  }
`;

/** Form controls, in the look of VS Code's settings editor. */
export const controls = css`
  input[type='text'],
  input[type='number'],
  input:not([type]),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 26px;
    padding: 3px 6px;
    border: 1px solid var(--vscode-input-border, #3c3c3c);
    border-radius: 2px;
    background: var(--vscode-input-background, #313131);
    color: var(--vscode-input-foreground, #cccccc);
    font: inherit;
  }
  select {
    background: var(--vscode-dropdown-background, #313131);
    color: var(--vscode-dropdown-foreground, #cccccc);
    border-color: var(--vscode-dropdown-border, #3c3c3c);
  }
  textarea {
    resize: vertical;
    line-height: 1.4;
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--vscode-input-placeholderForeground, #989898);
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 1px solid var(--vscode-focusBorder, #0078d4);
    outline-offset: -1px;
  }
  [aria-invalid='true'] {
    border-color: var(--vscode-inputValidation-errorBorder, #f14c4c);
  }
  input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--vscode-focusBorder, #0078d4);
  }
`;
