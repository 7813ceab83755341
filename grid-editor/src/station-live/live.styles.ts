/**
 * What the review's components need on the station's page, where they render in the document
 * (no <ge-review> root to adopt the review's styles): hidden-but-read text, hints, the
 * evidence links and the revealed timeline row, in the station's light colours.
 */

import { css } from 'lit';
import { visuallyHidden } from '../components/visually-hidden.styles.ts';

export default css`
  ge-live-column {
    display: block;
  }
  ${visuallyHidden}
  ge-review-question .question {
    border-top: 1px solid #ccd;
  }
  ge-review-question h4 {
    margin: 0.3rem 0;
  }
  ge-review-question label {
    display: block;
  }
  ge-review-question .hint {
    color: #4a4a4a;
    margin: 0.2rem 0;
  }
  ge-review-question .degree,
  ge-review-question .missing {
    color: #4a4a4a;
    font-size: 0.9em;
    margin-left: 0.3rem;
  }
  ge-review-question button.evidence {
    background: #fff;
    color: #1f3a5f;
    padding: 0 0.3rem;
  }
  ge-review-question fieldset {
    border: 1px solid #ccd;
    margin: 0.3rem 0;
  }
  .timeline li.revealed {
    outline: 3px solid #d97706;
  }
`;
