/** The on-screen fiche d'évaluation of one column (adopted by <ge-review>). */
import { css } from 'lit';

export default css`
  ge-fiche {
    display: block;
  }
  .fiche .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: end;
    margin: 4px 0;
  }
  .fiche .toolbar {
    margin-top: 6px;
  }
`;
