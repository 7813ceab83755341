/**
 * The print view: on screen, a preview of sheets of paper above the review; in print, only the
 * sheets, one per A4 portrait page, in black on white. (Adopted by <ge-review>: the view
 * renders in its root. The document-level `@page` rule is in theme.css, because browsers
 * ignore `@page` inside a shadow root.)
 */
import { css } from 'lit';

export default css`
  ge-print-view {
    display: block;
  }
  .print-view {
    margin: 0 0 12px;
    padding: 8px;
    border: 1px solid var(--vscode-panel-border, #2b2b2b);
  }
  .print-view > .toolbar {
    margin-bottom: 8px;
  }
  .sheet {
    box-sizing: border-box;
    width: 210mm;
    max-width: 100%;
    min-height: 297mm;
    margin: 0 auto 12px;
    padding: 12mm 14mm;
    background: #fff;
    color: #000;
    font-family: 'DejaVu Sans', Arial, sans-serif;
    font-size: 9.5pt;
    line-height: 1.3;
  }
  .sheet h1 {
    font-size: 13pt;
    text-align: center;
    margin: 4pt 0 8pt;
    text-transform: uppercase;
    letter-spacing: 0;
  }
  .sheet .heading {
    text-align: center;
    margin: 0;
    font-weight: 600;
  }
  .sheet table {
    border-collapse: collapse;
    width: 100%;
    margin: 6pt 0;
  }
  .sheet th,
  .sheet td {
    border: 0.75pt solid #000;
    padding: 2pt 4pt;
    text-align: left;
    vertical-align: top;
  }
  .sheet th {
    background: #eee;
    font-weight: 600;
  }
  .sheet .identity td {
    width: 25%;
  }
  .sheet .identity .label {
    font-weight: 600;
    background: #f4f4f4;
  }
  .sheet .grid .level {
    width: 9mm;
    text-align: center;
    vertical-align: middle;
  }
  .sheet .grid .tick {
    text-align: center;
    vertical-align: middle;
    font-weight: 700;
  }
  .sheet .grid .competence th {
    background: #ddd;
    text-transform: uppercase;
    font-size: 8.5pt;
  }
  .sheet .grid .sub th {
    background: #f4f4f4;
    font-style: italic;
    font-weight: 400;
  }
  .sheet .box {
    border: 0.75pt solid #000;
    padding: 4pt;
    margin: 6pt 0;
    min-height: 22mm;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .sheet .box.conditions {
    min-height: 0;
    white-space: normal;
    font-size: 8.5pt;
  }
  .sheet .box.conditions ul {
    margin: 0;
    padding-left: 12pt;
  }
  .sheet .box.signatures {
    min-height: 28mm;
  }
  .sheet .box-label {
    font-weight: 600;
    display: block;
    margin-bottom: 2pt;
  }
  .sheet .row {
    display: flex;
    gap: 8pt;
  }
  .sheet .row > * {
    flex: 1;
  }
  .sheet .mark {
    font-size: 14pt;
    font-weight: 700;
  }
  .sheet .small {
    font-size: 8pt;
  }
  .sheet code {
    font-size: 7.5pt;
    word-break: break-all;
  }
  .sheet ul {
    margin: 2pt 0 4pt;
    padding-left: 14pt;
  }
  @media print {
    .print-view {
      border: 0;
      margin: 0;
      padding: 0;
    }
    .print-view > .toolbar {
      display: none !important;
    }
    .sheet {
      width: auto;
      min-height: 0;
      margin: 0;
      padding: 0;
      break-after: page;
    }
    .sheet:last-child {
      break-after: auto;
    }
  }
`;
