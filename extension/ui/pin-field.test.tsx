/**
 * The PIN field accepts both forms the background accepts — digits and passphrases — so it must
 * not ask the device for a numeric keypad, and it must say both forms to everyone, screen
 * readers included (issue 13: passphrases of ≥ 10 characters were accepted but the field showed
 * a digits-only keypad).
 */
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPinFormat } from '../background/session/pin.ts';
import { PIN_MAX_LENGTH, PinField } from './pin-field.tsx';

let container: HTMLElement;
let restore: () => void;

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
  const globals = globalThis as Record<string, unknown>;
  const before = { document: globals.document, window: globals.window };
  globals.document = document;
  globals.window = window;
  restore = () => Object.assign(globals, before);
  container = document.querySelector('main') as unknown as HTMLElement;
});
afterEach(() => restore());

const mount = (locale: 'fr' | 'en', onValue: (value: string) => void = () => {}) => {
  render(
    h(PinField, { id: 'examiner-pin', label: 'Code examinateur', value: '', onValue, locale }),
    container,
  );
  return container.querySelector('[data-testid=examiner-pin]') as HTMLInputElement;
};

describe('the examiner PIN field', () => {
  it('offers a full keyboard, masked, with no numeric pattern or keypad', () => {
    const input = mount('fr');
    expect(input.getAttribute('type')).toBe('password');
    expect(input.getAttribute('inputmode')).not.toBe('numeric');
    expect(input.hasAttribute('pattern')).toBe(false);
    expect(Number(input.getAttribute('maxlength'))).toBe(PIN_MAX_LENGTH);
    expect(input.getAttribute('autocapitalize')).toBe('off');
    expect(input.getAttribute('autocomplete')).toBe('off');
  });

  it('is labelled and described in French: digits or a passphrase', () => {
    const input = mount('fr');
    expect(container.querySelector('label[for=examiner-pin]')?.textContent).toBe('Code examinateur');
    const hint = container.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toBe('6 chiffres ou plus, ou une phrase secrète d’au moins 10 caractères.');
  });

  it('says it in English on an English page', () => {
    const input = mount('en');
    expect(container.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'passphrase',
    );
    expect(container.querySelector('button')?.textContent).toBe('Show the PIN');
  });

  it('passes a passphrase through as typed, and the background accepts it', () => {
    const typed: string[] = [];
    const input = mount('fr', (value) => typed.push(value));
    const passphrase = 'Thé vert du jardin 2026';
    input.value = passphrase;
    input.dispatchEvent(
      new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('input'),
    );
    expect(typed).toEqual([passphrase]);
    expect(checkPinFormat(passphrase)).toEqual({ ok: true });
    expect(passphrase.length).toBeLessThanOrEqual(PIN_MAX_LENGTH);
  });

  it('shows and hides what was typed with a labelled toggle button', async () => {
    const input = mount('fr');
    const toggle = container.querySelector('button')!;
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-controls')).toBe('examiner-pin');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.textContent).toBe('Afficher le code');
    toggle.dispatchEvent(
      new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('click'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(input.getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Masquer le code');
  });
});
