import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMessageKey, t } from '../i18n.ts';
import { ariaShortcut, bindingLabel, COMMAND_IDS, COMMANDS, commandFor, matchesBinding } from './commands.ts';

const stroke = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
  code?: string,
) => ({
  key,
  ...(code ? { code } : {}),
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('commands', () => {
  it('has unique ids and keybindings, and a title in French and English', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    const bindings = COMMANDS.flatMap((command) => command.keys);
    expect(new Set(bindings).size).toBe(bindings.length);
    for (const id of COMMAND_IDS) {
      const key = `command.${id}`;
      expect(isMessageKey(key), key).toBe(true);
      if (isMessageKey(key)) expect(t('en', key)).not.toBe(t('fr', key));
    }
  });

  it('finds the command of a keystroke, Ctrl on Linux and Windows, ⌘ on a Mac', () => {
    expect(commandFor(stroke('P', { ctrl: true, shift: true }), false)).toBe('workbench.showCommands');
    expect(commandFor(stroke('F1'), false)).toBe('workbench.showCommands');
    expect(commandFor(stroke('p', { meta: true }), true)).toBe('workbench.quickOpen');
    expect(commandFor(stroke('p', { ctrl: true }), true)).toBeUndefined();
    expect(commandFor(stroke('s', { ctrl: true }), false)).toBe('file.save');
    expect(commandFor(stroke('z', { ctrl: true }), false)).toBe('edit.undo');
    expect(commandFor(stroke('Z', { ctrl: true, shift: true }), false)).toBe('edit.redo');
    expect(commandFor(stroke('y', { ctrl: true }), false)).toBe('edit.redo');
    expect(commandFor(stroke('w', { ctrl: true, alt: true }), false)).toBe('file.close');
    expect(commandFor(stroke('b', { ctrl: true }), false)).toBe('view.toggleSidebar');
    expect(commandFor(stroke('j', { ctrl: true }), false)).toBe('view.togglePanel');
    expect(commandFor(stroke('F8', { shift: true }), false)).toBe('problems.previous');
    expect(commandFor(stroke('a'), false)).toBeUndefined();
  });

  it('never takes AltGr characters for Ctrl+Alt bindings outside a Mac, but reads the key on a Mac', () => {
    expect(matchesBinding('Mod+Alt+W', stroke('«', { ctrl: true, alt: true }, 'KeyW'), false)).toBe(false);
    expect(matchesBinding('Mod+Alt+W', stroke('∑', { meta: true, alt: true }, 'KeyW'), true)).toBe(true);
  });

  it('shows bindings as each platform writes them', () => {
    expect(bindingLabel('Mod+Shift+P', 'fr', false)).toBe('Ctrl+Maj+P');
    expect(bindingLabel('Mod+Shift+P', 'en', false)).toBe('Ctrl+Shift+P');
    expect(bindingLabel('Mod+Shift+P', 'fr', true)).toBe('⌘⇧P');
    expect(ariaShortcut('Mod+Alt+W', false)).toBe('Control+Alt+W');
  });

  it('are all documented in the README, with their keybindings', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const command of COMMANDS) {
      expect(readme, command.id).toContain(`\`${command.id}\``);
      for (const key of command.keys) expect(readme, key).toContain(bindingLabel(key, 'en', false));
    }
  });
});
