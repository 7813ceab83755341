/**
 * The examiner's PIN field, as the popup and the options page both ask for it: digits on a
 * phone keypad, masked, and never offered to the browser's password manager. The element id
 * is also its test hook (`examiner-pin`, `examiner-pin-current`).
 */
export interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** `new-password` where a PIN is chosen, so that no saved password is filled in. */
  autoComplete?: 'off' | 'new-password';
}

export const PinField = ({ id, label, value, onValue, autoComplete = 'off' }: PinFieldProps) => (
  <>
    <label for={id}>{label}</label>
    <input
      id={id}
      type="password"
      inputMode="numeric"
      autoComplete={autoComplete}
      data-testid={id}
      value={value}
      onInput={(event) => onValue((event.target as HTMLInputElement).value)}
    />
  </>
);
