/** One question of a candidate's column (adopted by <ge-review>: the question renders in its root). */
import { css } from 'lit';

export default css`
  ge-review-question {
    display: block;
  }
  .question {
    border-top: 1px solid var(--vscode-panel-border, #2b2b2b);
    padding: 6px 0;
  }
  .rules {
    margin: 4px 0;
    padding-left: 18px;
  }
  .rules li[data-satisfied='true']::marker {
    content: '✓ ';
  }
  .rules li[data-satisfied='false']::marker {
    content: '✗ ';
  }
  .evidence {
    padding: 0 4px;
    font-size: 11px;
    margin-left: 4px;
  }
  .grade,
  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: end;
    margin: 4px 0;
  }
  .note,
  blockquote {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 4px 0;
    font-size: 12px;
  }
  blockquote {
    border-left: 2px solid var(--vscode-textBlockQuote-border, #616161);
    padding-left: 6px;
  }
  abbr[title] {
    text-decoration: underline dotted;
  }
`;
