/**
 * Form fields as evidence: what a control is called, and its value as it may be stored. Every
 * value goes through `maskFieldValue` (shared/privacy/sensitive.ts): a sensitive field gives
 * only `masked: true` and its length, whatever path records it (field change or form submit).
 */
import {
  type FieldDescription,
  isSensitiveField,
  maskFieldValue,
} from '../../../shared/privacy/sensitive.ts';
import { clip, cut } from '../text.ts';
import type { FieldValue } from '../types.ts';
import { type ElementLike, inputType, labelledByText, labelsText, stringProp, tagOf } from './element.ts';

const LABEL_MAX = 200;
const NAME_MAX = 200;
const VALUE_MAX = 5000;

/** A form control as the capture reads it (`HTMLInputElement` and friends satisfy it). */
export interface ControlLike extends ElementLike {
  readonly checked?: unknown;
  readonly disabled?: unknown;
  readonly files?: ArrayLike<{ name: string; size: number }> | null;
  readonly selectedOptions?: ArrayLike<{ value: string }>;
  readonly form?: unknown;
}

export const isFormControl = (element: ElementLike): element is ControlLike => {
  const tag = tagOf(element);
  return tag === 'input' || tag === 'textarea' || tag === 'select';
};

/** Is the element, or a container of it, marked sensitive by the page or the centre? */
export const isMarkedSensitive = (element: ElementLike, centreSelectors: readonly string[]): boolean => {
  if (element.closest?.('[data-temoin-sensitive]')) return true;
  for (const selector of centreSelectors) {
    try {
      if (element.closest?.(selector)) return true;
    } catch {
      // An invalid selector in the settings must not stop the capture; it matches nothing.
    }
  }
  return false;
};

/** The label as read, without the « * » that marks required fields. */
export const fieldLabel = (element: ElementLike): string =>
  clip(
    labelsText(element) ||
      labelledByText(element) ||
      element.getAttribute('aria-label') ||
      element.getAttribute('placeholder') ||
      element.getAttribute('data-placeholder') ||
      element.getAttribute('title'),
    LABEL_MAX,
  ).replace(/\s*\*$/, '');

/** Name, id, type, autocomplete and label: what `isSensitiveField` judges. */
export const describeField = (
  element: ElementLike,
  centreSelectors: readonly string[],
  type = inputType(element),
): FieldDescription & { name: string; type: string; label: string } => ({
  name: stringProp(element.name) || element.getAttribute('name') || element.id || '',
  id: element.id || null,
  type,
  autocomplete: element.getAttribute('autocomplete'),
  label: fieldLabel(element),
  markedSensitive: isMarkedSensitive(element, centreSelectors),
});

/** Builds the stored form of one value: masked when the field or the value is a secret. */
export const toFieldValue = (
  field: FieldDescription & { name: string; type: string; label: string },
  value: string,
  length = value.length,
): FieldValue => {
  const masked = maskFieldValue(field, value);
  return {
    name: clip(field.name, NAME_MAX),
    ...(field.label ? { label: field.label } : {}),
    type: field.type.slice(0, 40),
    ...('masked' in masked ? { masked: true } : { value: cut(masked.value, VALUE_MAX) }),
    length,
  };
};

/** The value a control shows now, as text (checkboxes: their value when checked, else ''). */
export const controlValue = (element: ControlLike): string => {
  const type = inputType(element);
  if (type === 'checkbox' || type === 'radio')
    return element.checked === true ? stringProp(element.value) || 'on' : '';
  if (type === 'file') {
    const files = element.files;
    if (!files) return '';
    return Array.from(files, (file) => file.name).join(', ');
  }
  if (type === 'select-multiple' && element.selectedOptions)
    return Array.from(element.selectedOptions, (option) => option.value).join(', ');
  return stringProp(element.value);
};

/** `ui.changed` for a control, or for a contenteditable root (`text` given). */
export const changedField = (
  element: ElementLike,
  centreSelectors: readonly string[],
  text?: string,
): FieldValue => {
  if (text !== undefined) {
    const field = describeField(element, centreSelectors, 'contenteditable');
    if (!field.name)
      field.name = element.getAttribute('aria-label') || element.getAttribute('data-type') || '';
    return toFieldValue(field, text);
  }
  const control = element as ControlLike;
  const field = describeField(control, centreSelectors);
  const value = controlValue(control);
  if (field.type === 'file') {
    const files = control.files ? Array.from(control.files) : [];
    return toFieldValue(
      field,
      value,
      files.reduce((total, file) => total + file.size, 0),
    );
  }
  return toFieldValue(field, value);
};

/** Hidden fields that carry a nonce or token are not evidence: they are left out entirely. */
const isHiddenSecret = (field: FieldDescription) =>
  (field.type ?? '').toLowerCase() === 'hidden' && isSensitiveField(field);

const SKIPPED_TYPES = new Set(['button', 'reset', 'image']);

/**
 * Summary of a form's fields as the browser would submit them (the "form data set": enabled
 * named controls, checked boxes, selected options, the submitter), each masked like a field
 * change. Built from the controls rather than `new FormData(form)`, which would fire the
 * page's `formdata` listeners.
 */
export const formFields = (
  controls: Iterable<ElementLike>,
  submitter: ElementLike | null,
  centreSelectors: readonly string[],
  max = 500,
): FieldValue[] => {
  const out: FieldValue[] = [];
  for (const element of controls) {
    if (out.length >= max) break;
    if (!isFormControl(element)) {
      if (tagOf(element) !== 'button' || element !== submitter) continue;
    }
    const control = element as ControlLike;
    if (control.disabled === true) continue;
    const name = stringProp(control.name) || control.getAttribute('name') || '';
    if (!name) continue;
    const type = inputType(control);
    if ((type === 'submit' || tagOf(control) === 'button') && control !== submitter) continue;
    if (SKIPPED_TYPES.has(type) && control !== submitter) continue;
    if ((type === 'checkbox' || type === 'radio') && control.checked !== true) continue;
    const field = describeField(control, centreSelectors, type);
    if (isHiddenSecret(field)) continue;
    if (type === 'file') {
      const files = control.files ? Array.from(control.files) : [];
      for (const file of files.length ? files : [{ name: '', size: 0 }])
        out.push(toFieldValue(field, file.name, file.size));
      continue;
    }
    if (type === 'select-multiple' && control.selectedOptions) {
      for (const option of Array.from(control.selectedOptions)) out.push(toFieldValue(field, option.value));
      continue;
    }
    out.push(toFieldValue(field, controlValue(control)));
  }
  return out.slice(0, max);
};
