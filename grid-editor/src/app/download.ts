/**
 * Saves text or bytes as a file, for every view of the editor (designer export, review,
 * calibration, harmonisation). The host page may give a better way than a link — the
 * extension's editor page gives its downloads API (no « save as » prompt, like the popup's
 * exports) through `mountEditor` —; without one, or when it fails, a plain link saves it.
 */

/** The host page's way of saving a file from an object URL. */
export type FileSaver = (file: { url: string; filename: string }) => Promise<unknown>;

let hostSaver: FileSaver | undefined;

/** Set by the host entrypoint (grid-editor/src/main.ts) with what the host page gives. */
export const useFileSaver = (saver: FileSaver | undefined): void => {
  hostSaver = saver;
};

export const downloadText = (filename: string, text: string, type = 'application/json'): Promise<void> =>
  downloadBlob(filename, new Blob([text], { type }));

/** Saves bytes (a text, a workbook) as a file. */
export const downloadBlob = async (filename: string, blob: Blob): Promise<void> => {
  const url = URL.createObjectURL(blob);
  try {
    if (!hostSaver) throw new Error('no file saver given by the host page');
    await hostSaver({ url, filename });
  } catch {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
};
