/**
 * `ui.changed`: a field's committed value — on `change`, and on leaving a field whose value
 * changed without a `change` event (frameworks that set values themselves) — never per
 * keystroke. Contenteditable editors (block editors) give their text when focus leaves them.
 * Sensitive values are masked by `changedField`; they stay in this script's memory only.
 */

import { inputType } from '../dom/element.ts';
import { changedField, controlValue, isFormControl } from '../dom/fields.ts';
import { cut } from '../text.ts';
import type { ObserverParams, Teardown } from '../types.ts';
import { elementPath, fromOverlay, listenOptions } from './events.ts';

/** Longest contenteditable text recorded (the length is always the full one). */
export const EDITABLE_TEXT_MAX = 5000;
const NOT_FIELDS = new Set(['submit', 'button', 'reset', 'image']);

const isEditingHost = (element: Element): element is HTMLElement =>
  (element as HTMLElement).isContentEditable === true &&
  !(element.parentElement as HTMLElement | null)?.isContentEditable;

export const initFieldObserver = ({
  emit,
  guard,
  signal,
  win,
  context,
  trusted,
}: ObserverParams): Teardown => {
  /** Value when the field got focus, then the last value recorded. */
  const seen = new WeakMap<Element, string>();

  const fieldOf = (event: Event): Element | null => {
    const path = elementPath(event);
    if (path.length === 0 || fromOverlay(path)) return null;
    return path[0]!;
  };
  const isValueField = (element: Element) => isFormControl(element) && !NOT_FIELDS.has(inputType(element));
  const editableText = (element: HTMLElement) => element.textContent ?? '';

  const record = (element: Element, trusted: boolean) => {
    if (isValueField(element)) {
      const value = controlValue(element);
      if (seen.get(element) === value) return;
      seen.set(element, value);
      emit('ui.changed', changedField(element, context.sensitiveSelectors), trusted);
      return;
    }
    if (isEditingHost(element)) {
      const text = editableText(element);
      if (seen.get(element) === text) return;
      seen.set(element, text);
      const change = changedField(element, context.sensitiveSelectors, cut(text, EDITABLE_TEXT_MAX));
      emit('ui.changed', { ...change, length: text.length }, trusted);
    }
  };

  const options = listenOptions(signal);
  win.addEventListener(
    'focusin',
    guard((event: FocusEvent) => {
      const element = fieldOf(event);
      if (!element) return;
      if (isValueField(element)) seen.set(element, controlValue(element));
      else if (isEditingHost(element)) seen.set(element, editableText(element));
    }),
    options,
  );
  win.addEventListener(
    'change',
    guard((event: Event) => {
      const element = fieldOf(event);
      if (element && isValueField(element)) record(element, trusted(event));
    }),
    options,
  );
  win.addEventListener(
    'focusout',
    guard((event: FocusEvent) => {
      const element = fieldOf(event);
      // Only fields seen at focus: a value the page filled in before is not the candidate's.
      if (element && seen.has(element)) record(element, trusted(event));
    }),
    options,
  );
  return () => undefined;
};
