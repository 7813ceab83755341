/**
 * Commands that reach the overlay from outside Preact: the keyboard shortcut and page
 * lifecycle listeners are registered by the content script through WXT's `ctx` (so they die
 * with it) and forwarded here.
 */
export type OverlayCommand =
  /** Collapse or expand the panel (Alt+Shift+T). */
  | { type: 'toggle'; trusted: boolean }
  /** Save whatever the candidate typed now: the page is going away. */
  | { type: 'flush' }
  /** The side panel opened or closed: while it carries the subject the overlay stands aside. */
  | { type: 'sidepanel'; open: boolean };

export interface CommandChannel {
  emit(command: OverlayCommand): void;
  subscribe(listener: (command: OverlayCommand) => void): () => void;
  /** The last side panel state emitted (a listener subscribed late still knows it). */
  sidePanelOpen(): boolean;
}

export const createCommandChannel = (): CommandChannel => {
  const listeners = new Set<(command: OverlayCommand) => void>();
  let sidePanelOpen = false;
  return {
    sidePanelOpen: () => sidePanelOpen,
    emit(command) {
      if (command.type === 'sidepanel') sidePanelOpen = command.open;
      for (const listener of [...listeners]) {
        try {
          listener(command);
        } catch {
          // One failing listener must not starve the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** The toggle shortcut, shown to the candidate as « Alt+Maj+T ». */
export const TOGGLE_SHORTCUT = 'Alt+Shift+T';

type ShortcutKeys = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key'>;

/** Alt+Shift+T on any layout: `code` is the physical key; `key` covers layouts where T moved. */
export const isToggleShortcut = (event: ShortcutKeys): boolean =>
  event.altKey &&
  event.shiftKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  (event.code === 'KeyT' || event.key === 'T' || event.key === 't');
