/**
 * Styles every component adopts. Codicons: the page declares the font (main.ts imports the
 * stylesheet), and shadow roots need the `.codicon-*` classes again, from the same bundled file.
 */
import codiconCss from '@vscode/codicons/dist/codicon.css?inline';
import { css, unsafeCSS } from 'lit';

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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .codicon[class*='codicon-'] {
    vertical-align: middle;
  }
`;
