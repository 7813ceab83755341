/** One candidate's column (adopted by <ge-review>: the column renders in its root). */
import { css } from 'lit';

export default css`
  ge-review-column {
    display: block;
    min-width: 0;
  }
  .column {
    border: 1px solid var(--vscode-panel-border, #2b2b2b);
    padding: 8px;
    min-width: 0;
  }
  .column header {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    align-items: start;
  }
  .warn-list {
    margin: 2px 0;
    padding-left: 18px;
    color: var(--vscode-editorWarning-foreground, #cca700);
    font-weight: 600;
  }
`;
