/**
 * The quick input of the workbench (VS Code's): the command palette (`>`), « go to a part »,
 * and lists of choices (themes, CMS, library rules). It keeps what the input shows, lists the
 * items for the text typed, runs the choice, and gives the keyboard focus back where it was
 * unless the choice moved it itself.
 */
import type { ReactiveControllerHost } from 'lit';
import { iconOf } from '../components/ge-explorer/index.ts';
import type { GeEventMap } from '../events.ts';
import { groupName, kindName, type MessageKey, nodeTypeName } from '../i18n.ts';
import { bindingLabel, COMMANDS, type CommandId } from '../models/commands.ts';
import type { OutlineNode } from '../models/outline.ts';
import { filterItems, partItems, type QuickItem, readPartId } from '../models/quick-open.ts';
import { HANDLERS } from './commands.ts';
import type { Workbench } from './workbench.ts';

interface QuickState {
  text: string;
  placeholder: MessageKey;
  session: number;
  /** A list of choices (themes, CMS, library rules) instead of commands or parts. */
  pick?: { items: QuickItem[]; accept: (id: string) => void };
}

/** What the quick input needs of the workbench that hosts it. */
export interface QuickInputHost extends Workbench, ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  runCommand(id: CommandId): void;
  /** Counts the requests to move the keyboard focus (a part revealed, a view shown…). */
  readonly focusMoves: number;
  /** Whether a focus move waits for the next render. */
  readonly focusPending: boolean;
  /** Moves the keyboard focus once the next render is done. */
  focusAfterRender(move: () => void): void;
}

/** The element that has the keyboard focus, through shadow roots. */
const deepActiveElement = (): HTMLElement | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
};

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export class QuickInput {
  #state: QuickState | undefined;
  #sessions = 0;
  #returnFocus: HTMLElement | null = null;
  readonly #mac = isMac();
  private readonly host: QuickInputHost;

  constructor(host: QuickInputHost) {
    this.host = host;
  }

  get open(): boolean {
    return this.#state !== undefined;
  }

  get placeholder(): string {
    return this.#state ? this.host.t(this.#state.placeholder) : '';
  }

  get text(): string {
    return this.#state?.text ?? '';
  }

  get session(): number {
    return this.#state?.session ?? 0;
  }

  /** Opens on commands (`>`) or on the parts of the documents. */
  show(text: string): void {
    this.#rememberFocus();
    this.#set({
      text,
      placeholder: text.startsWith('>') ? 'quick.commands' : 'quick.goto',
      session: ++this.#sessions,
    });
  }

  /** Opens on a list of choices; `accept` gets the chosen item's id. */
  pick(placeholder: MessageKey, items: QuickItem[], accept: (id: string) => void): void {
    this.#rememberFocus();
    this.#set({ text: '', placeholder, session: ++this.#sessions, pick: { items, accept } });
  }

  items(): QuickItem[] {
    const quick = this.#state;
    if (!quick) return [];
    if (quick.pick) return filterItems(quick.pick.items, quick.text);
    const { host } = this;
    if (quick.text.startsWith('>')) {
      const commands = COMMANDS.map((command) => {
        const handler = HANDLERS[command.id];
        const keys = command.keys[0];
        return {
          id: command.id,
          label: host.t(`command.${command.id}`),
          ...(keys ? { keys: bindingLabel(keys, host.locale, this.#mac) } : {}),
          ...(handler.enabled && !handler.enabled(host) ? { disabled: true } : {}),
        };
      });
      return filterItems(commands, quick.text.slice(1));
    }
    const parts = partItems(
      host.workspace.documents,
      (doc) => host.workspace.outline(doc),
      this.#nodeLabel,
      iconOf,
    );
    return filterItems(parts, quick.text).slice(0, 200);
  }

  onInput = (event: GeEventMap['ge-quick-input']): void => {
    const quick = this.#state;
    if (!quick) return;
    const text = event.detail.value;
    this.#set(
      quick.pick
        ? { ...quick, text }
        : { ...quick, text, placeholder: text.startsWith('>') ? 'quick.commands' : 'quick.goto' },
    );
  };

  onAccept = (event: GeEventMap['ge-quick-accept']): void => {
    const quick = this.#state;
    if (!quick) return;
    this.#set(undefined);
    const { host } = this;
    const { id } = event.detail;
    const returnFocus = this.#returnFocus;
    const moves = host.focusMoves;
    if (quick.pick) quick.pick.accept(id);
    else if (quick.text.startsWith('>')) host.runCommand(id as CommandId);
    // A list the choice opened keeps the place to go back to.
    if (!this.#state) this.#returnFocus = null;
    if (quick.pick || quick.text.startsWith('>')) {
      // Back where the user was, unless the choice opened another list or moved the focus itself.
      if (!this.#state && host.focusMoves === moves && !host.focusPending)
        host.focusAfterRender(() => {
          if (returnFocus?.isConnected) returnFocus.focus();
        });
    } else {
      const { file, path } = readPartId(id);
      host.reveal(file, path, true);
    }
  };

  onCancel = (): void => {
    if (!this.#state) return;
    this.#set(undefined);
    const returnFocus = this.#returnFocus;
    this.#returnFocus = null;
    this.host.focusAfterRender(() => {
      if (returnFocus?.isConnected) returnFocus.focus();
    });
  };

  #set(state: QuickState | undefined): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  /** Where the focus goes back when the quick input closes (not into the quick input itself). */
  #rememberFocus(): void {
    const active = deepActiveElement();
    const quick = this.host.renderRoot.querySelector('ge-quick-input');
    if (active && quick?.shadowRoot?.contains(active)) return;
    this.#returnFocus = active;
  }

  #nodeLabel = (node: OutlineNode): string => {
    const { host } = this;
    if (node.type === 'group' && node.group) return groupName(host.locale, node.group);
    if (node.type === 'document' && node.kind)
      return `${kindName(host.locale, node.kind)} — ${node.label || host.t('untitled')}`;
    return `${node.label || host.t('untitled')} — ${nodeTypeName(host.locale, node.type)}`;
  };
}
