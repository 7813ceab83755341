/**
 * Saves a session's bundle and checks it before the workstation counts it as exported: the
 * browser finished writing the file, with all its bytes, and the bundle read back from the
 * text parses and its chain verifies. Only then may the session be purged.
 */
import { browser } from 'wxt/browser';
import { verifyChain } from '../../../shared/bundle/chain.ts';
import { parseJson } from '../../../shared/schema/index.ts';
import { ask } from '../../messaging/client.ts';

export interface ExportOptions {
  sessionId?: string;
  /** Ask where to save (« Enregistrer sous », a USB key). */
  saveAs?: boolean;
  /** A folder under the browser's downloads folder (centre configuration). */
  folder?: string;
}

export type ExportOutcome =
  | { ok: true; filename: string; verified: boolean; detail?: string }
  | { ok: false; fr: string; en: string };

const waitForDownload = async (
  id: number,
  timeoutMs = 60_000,
): Promise<{ ok: boolean; bytes: number; why: string; saved?: string }> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [item] = await browser.downloads.search({ id });
    if (item?.state === 'complete')
      return { ok: true, bytes: item.bytesReceived ?? item.fileSize ?? -1, why: '', saved: item.filename };
    if (!item || item.state === 'interrupted')
      return { ok: false, bytes: 0, why: item?.error ?? 'interrupted' };
    if (Date.now() > deadline) return { ok: false, bytes: 0, why: 'timeout' };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * The name the file was really saved under: a second export of the same candidate, subject and
 * day is renamed by the browser (« … .temoin (1).json »), and the examiner must be told that name.
 */
export const savedName = (path: string | undefined, asked: string): string =>
  path?.split(/[\\/]/).pop() || asked;

const safeFolder = (folder: string | undefined) =>
  (folder ?? '')
    .split(/[\\/]+/)
    .filter((part) => part && part !== '.' && part !== '..')
    .join('/');

export const exportVerified = async (options: ExportOptions = {}): Promise<ExportOutcome> => {
  const response = await ask({
    type: 'session.export',
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  });
  if (!response.ok) return response;
  const bytes = new TextEncoder().encode(response.text);
  const folder = safeFolder(options.folder);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
  let id: number;
  try {
    id = await browser.downloads.download({
      url,
      filename: folder ? `${folder}/${response.filename}` : response.filename,
      saveAs: options.saveAs ?? false,
      conflictAction: 'uniquify',
    });
  } catch (error) {
    URL.revokeObjectURL(url);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, fr: `Enregistrement impossible : ${detail}`, en: `Could not save: ${detail}` };
  }
  const download = await waitForDownload(id);
  URL.revokeObjectURL(url);
  if (!download.ok)
    return {
      ok: false,
      fr: `Le fichier n’a pas été enregistré (${download.why}).`,
      en: `The file was not saved (${download.why}).`,
    };
  const filename = savedName(download.saved, response.filename);
  const problems: string[] = [];
  if (download.bytes >= 0 && download.bytes !== bytes.length)
    problems.push(`${download.bytes}/${bytes.length} octets`);
  const parsed = parseJson('bundle', response.text);
  if (!parsed.ok) problems.push('bundle');
  else {
    const chain = await verifyChain(parsed.value.events, parsed.value.chain.head);
    if (!chain.ok) problems.push('chain');
    else if (parsed.value.session.status === 'ended') {
      const marked = await ask({
        type: 'session.exported',
        sessionId: parsed.value.session.id,
        filename,
        head: parsed.value.chain.head,
        count: parsed.value.chain.count,
      });
      if (!marked.ok) problems.push(marked.en);
    }
  }
  return {
    ok: true,
    filename,
    verified: problems.length === 0,
    ...(problems.length ? { detail: problems.join(', ') } : {}),
  };
};
