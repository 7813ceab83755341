/**
 * `overlay.load`: the overlay's content script asks for the Preact overlay and chip, which are
 * not in its bundle (overlay/full-overlay.ts, issue 19). The script is injected into the asking
 * tab's top frame, in the content scripts' isolated world; it is not web-accessible, so the page
 * can neither load it nor see it. Only a content script of ours in a top frame may ask (the
 * caller checks the sender is this extension).
 */
import { OVERLAY_APP_FILE, OVERLAY_LOAD } from '../overlay/full-overlay.ts';

export interface InjectApi {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    files: string[];
  }): Promise<unknown>;
}

interface LoadSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export const isOverlayLoad = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OVERLAY_LOAD;

/** Injects the full overlay in the sender's top frame; `{ ok: false }` for any other sender. */
export const loadOverlay = async (
  scripting: InjectApi | undefined,
  sender: LoadSender,
  extensionOrigin: string,
): Promise<{ ok: boolean }> => {
  const tabId = sender.tab?.id;
  if (!scripting || tabId === undefined || sender.frameId !== 0 || sender.url?.startsWith(extensionOrigin))
    return { ok: false };
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [OVERLAY_APP_FILE] });
    return { ok: true };
  } catch {
    // The tab navigated away, or no permission on its origin: the tab stays folded.
    return { ok: false };
  }
};
