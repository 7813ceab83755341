/**
 * Copies an annex for the candidate to paste into the site. The async Clipboard API needs a
 * secure context (a reference site on plain http in a school LAN is not one): then we select
 * the text on screen and try the older `execCommand('copy')`, and if that fails too, the
 * selection stays so that Ctrl+C works.
 */
export type CopyOutcome = 'copied' | 'selected';

const selectContents = (element: HTMLElement) => {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
};

export const copyText = async (text: string, shown: HTMLElement | null): Promise<CopyOutcome> => {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, not focused): fall back to selecting.
  }
  if (shown) selectContents(shown);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // execCommand is gone or refused: the selection is the candidate's way out.
  }
  return 'selected';
};

/** A table as tab-separated values: it pastes into spreadsheets and into table editors. */
export const tableAsText = (columns: readonly string[], rows: readonly (readonly string[])[]): string =>
  [columns, ...rows].map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
