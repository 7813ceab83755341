/**
 * Saves text as a file: through the extension's downloads API when the editor runs as the
 * extension's page (no « save as » prompt, like the popup's exports), else a plain link.
 */
interface DownloadsApi {
  download(options: {
    url: string;
    filename: string;
    saveAs?: boolean;
    conflictAction?: string;
  }): Promise<unknown> | unknown;
}

const downloadsApi = (): DownloadsApi | undefined => {
  const scope = globalThis as unknown as {
    browser?: { downloads?: DownloadsApi };
    chrome?: { downloads?: DownloadsApi };
  };
  return scope.browser?.downloads ?? scope.chrome?.downloads;
};

export const downloadText = (filename: string, text: string, type = 'application/json'): Promise<void> =>
  downloadBlob(filename, new Blob([text], { type }));

/** Saves bytes (a text, a workbook) as a file. */
export const downloadBlob = async (filename: string, blob: Blob): Promise<void> => {
  const url = URL.createObjectURL(blob);
  try {
    const api = downloadsApi();
    if (!api) throw new Error('no downloads API');
    await api.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
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
