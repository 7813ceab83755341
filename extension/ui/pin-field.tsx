/**
 * The examiner's PIN field, as the popup and the options page both ask for it. The PIN is
 * either 6–12 digits or a passphrase of at least 10 characters (background/session/pin.ts), so
 * the field offers a full keyboard — a numeric keypad would make passphrases impossible to type
 * on a tablet — says both forms in its description, never autocorrects or capitalises, and can
 * show what was typed (long passphrases are mistyped blind). It is never offered to the
 * browser's password manager. The element id is also its test hook (`examiner-pin`,
 * `examiner-pin-current`).
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/messages.ts';

/** UI strings, French first (the field is used by pages of either language). */
export const PIN_FIELD_MESSAGES = {
  fr: {
    hint: '6 chiffres ou plus, ou une phrase secrète d’au moins 10 caractères.',
    show: 'Afficher le code',
    hide: 'Masquer le code',
  },
  en: {
    hint: '6 digits or more, or a passphrase of at least 10 characters.',
    show: 'Show the PIN',
    hide: 'Hide the PIN',
  },
} as const;

/** Longest PIN the background accepts (a passphrase); longer input is cut, never sent. */
export const PIN_MAX_LENGTH = 128;

export interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  locale?: Locale;
  /** `new-password` where a PIN is chosen, so that no saved password is filled in. */
  autoComplete?: 'off' | 'new-password';
}

export const PinField = ({
  id,
  label,
  value,
  onValue,
  locale = 'fr',
  autoComplete = 'off',
}: PinFieldProps) => {
  const [shown, setShown] = useState(false);
  const m = PIN_FIELD_MESSAGES[locale];
  const hintId = `${id}-hint`;
  // The same element either way (Preact keeps it): showing the PIN keeps focus and caret.
  const attributes = {
    id,
    autocomplete: autoComplete,
    autocapitalize: 'off',
    spellcheck: false,
    maxlength: PIN_MAX_LENGTH,
    'aria-describedby': hintId,
    'data-testid': id,
    value,
    onInput: (event: Event) => onValue((event.target as HTMLInputElement).value),
  } as const;
  return (
    <>
      <label for={id}>{label}</label>
      <span class="pin-field">
        {shown ? <input type="text" {...attributes} /> : <input type="password" {...attributes} />}
        <button
          type="button"
          class="pin-toggle"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown(!shown)}
        >
          {shown ? m.hide : m.show}
        </button>
      </span>
      <span id={hintId} class="help">
        {m.hint}
      </span>
    </>
  );
};
