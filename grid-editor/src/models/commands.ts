/**
 * Every command of the editor, in one list: its id, its keybindings, and where the palette
 * files it. Titles are interface strings (`command.<id>` in i18n.ts); what a command does is
 * the workbench's (app/commands.ts, typed so that no command is left without a handler).
 * Keybindings are written `Mod+Shift+P`: Mod is Ctrl, or ⌘ on a Mac.
 *
 * Browsers keep a few shortcuts for themselves (Ctrl+W, Ctrl+T, Ctrl+N; Ctrl+Shift+P in
 * Firefox opens a private window): each such command has another binding (F1, Ctrl+Alt+W).
 */

export const COMMANDS = [
  { id: 'workbench.showCommands', keys: ['Mod+Shift+P', 'F1'] },
  { id: 'workbench.quickOpen', keys: ['Mod+P'] },
  { id: 'file.newSubject', keys: ['Mod+Alt+N'] },
  { id: 'file.open', keys: ['Mod+O'] },
  { id: 'file.save', keys: ['Mod+S'] },
  { id: 'file.export', keys: [] },
  { id: 'file.close', keys: ['Mod+Alt+W'] },
  { id: 'edit.undo', keys: ['Mod+Z'] },
  { id: 'edit.redo', keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'edit.addQuestion', keys: [] },
  { id: 'edit.addRule', keys: [] },
  { id: 'edit.addVariable', keys: [] },
  { id: 'edit.addAnnex', keys: [] },
  { id: 'edit.deletePart', keys: [] },
  { id: 'editor.showForm', keys: [] },
  { id: 'editor.showSource', keys: [] },
  { id: 'editor.showSplit', keys: [] },
  { id: 'editor.nextTab', keys: ['Mod+Alt+PageDown'] },
  { id: 'editor.previousTab', keys: ['Mod+Alt+PageUp'] },
  { id: 'view.toggleSidebar', keys: ['Mod+B'] },
  { id: 'view.togglePanel', keys: ['Mod+J'] },
  { id: 'view.explorer', keys: [] },
  { id: 'view.tests', keys: [] },
  { id: 'view.review', keys: [] },
  { id: 'view.harmonisation', keys: [] },
  { id: 'view.problems', keys: [] },
  { id: 'problems.next', keys: ['F8'] },
  { id: 'problems.previous', keys: ['Shift+F8'] },
  { id: 'test.openRecording', keys: [] },
  { id: 'test.closeRecording', keys: [] },
  { id: 'theme.pick', keys: [] },
  { id: 'theme.dark', keys: [] },
  { id: 'theme.light', keys: [] },
  { id: 'theme.highContrast', keys: [] },
  { id: 'language.toggle', keys: [] },
] as const satisfies readonly { id: string; keys: readonly string[] }[];

export type CommandId = (typeof COMMANDS)[number]['id'];
export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

export const keysOf = (id: CommandId): readonly string[] =>
  COMMANDS.find((command) => command.id === id)?.keys ?? [];

/** The parts of a keyboard event a binding looks at. */
export interface KeyStroke {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Shift', 'Alt', 'Meta']);

/** Whether `stroke` is the binding `binding` (`Mod+Shift+P`), on a Mac or elsewhere. */
export const matchesBinding = (binding: string, stroke: KeyStroke, mac: boolean): boolean => {
  const parts = binding.split('+');
  const key = parts.at(-1)!;
  const mods = new Set(parts.slice(0, -1));
  for (const mod of mods) if (!MODIFIERS.has(mod)) return false;
  const ctrl = (mods.has('Mod') && !mac) || mods.has('Ctrl');
  const meta = (mods.has('Mod') && mac) || mods.has('Meta');
  if (stroke.ctrlKey !== ctrl || stroke.metaKey !== meta) return false;
  if (stroke.altKey !== mods.has('Alt') || stroke.shiftKey !== mods.has('Shift')) return false;
  if (key.length === 1) {
    // Option on a Mac makes another character: there the physical key decides. Elsewhere
    // Ctrl+Alt is AltGr on many layouts, and AltGr+E typing « € » must not run a command.
    return (
      stroke.key.toLowerCase() === key.toLowerCase() || (mac && stroke.code === `Key${key.toUpperCase()}`)
    );
  }
  return stroke.key === key;
};

/** The command bound to a keystroke, if any. */
export const commandFor = (stroke: KeyStroke, mac: boolean): CommandId | undefined =>
  COMMANDS.find((command) => command.keys.some((binding) => matchesBinding(binding, stroke, mac)))?.id;

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃', Meta: '⌘' };
const WORDS: Record<'fr' | 'en', Record<string, string>> = {
  fr: { Mod: 'Ctrl', Shift: 'Maj', Alt: 'Alt', PageDown: 'Pg.Suiv', PageUp: 'Pg.Préc' },
  en: { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', PageDown: 'PageDown', PageUp: 'PageUp' },
};

/** A binding as the interface shows it: `Ctrl+Maj+P`, or `⌘⇧P` on a Mac. */
export const bindingLabel = (binding: string, locale: 'fr' | 'en', mac: boolean): string => {
  const parts = binding.split('+');
  if (mac) return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
  return parts.map((part) => WORDS[locale][part] ?? part).join('+');
};

/** The `aria-keyshortcuts` value of a binding (`Control+Shift+P`). */
export const ariaShortcut = (binding: string, mac: boolean): string =>
  binding
    .split('+')
    .map((part) => (part === 'Mod' ? (mac ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part))
    .join('+');
