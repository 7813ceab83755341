/**
 * Text read by screen readers but not shown (labels, live announcements). Its own module, with
 * no bundler-specific import, so that the station's pages (bundled by esbuild) share it with the
 * editor's components.
 */
import { css } from 'lit';

export const visuallyHidden = css`
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
`;
