/** Saves text as a file through the downloads API, with a plain link as the fallback. */
import { browser } from 'wxt/browser';

export const downloadText = async (filename: string, text: string): Promise<void> => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } catch {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
};
