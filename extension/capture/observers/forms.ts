/**
 * `form.submitted`: the form's action, method and a summary of its fields (masked like field
 * changes; files by name and size; nonce and token hidden fields left out). The queue is
 * flushed at once: a submit usually unloads the page.
 */
import { formFields } from '../dom/fields.ts';
import type { ObserverParams, Teardown } from '../types.ts';
import { redactUrl } from '../urls.ts';
import { elementPath, fromOverlay, listenOptions } from './events.ts';

/**
 * `form.elements`, `form.action` and `form.method` can be shadowed by controls named
 * `elements`, `action` (WordPress has many) or `method`: read them from the prototype and the
 * attributes instead.
 */
const controlsOf = (form: HTMLFormElement): Element[] => {
  const getter =
    typeof HTMLFormElement === 'function'
      ? Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'elements')?.get
      : undefined;
  const elements = (getter ? getter.call(form) : form.elements) as HTMLFormControlsCollection;
  return Array.from(elements);
};

export const initFormObserver = ({
  emit,
  guard,
  signal,
  win,
  context,
  flushNow,
  trusted,
}: ObserverParams): Teardown => {
  win.addEventListener(
    'submit',
    guard((event: SubmitEvent) => {
      const path = elementPath(event);
      const form = path[0];
      if (form?.tagName !== 'FORM' || fromOverlay(path)) return;
      const submitter = event.submitter;
      const base = win.document.baseURI;
      const action = submitter?.getAttribute('formaction') || form.getAttribute('action') || '';
      const method = submitter?.getAttribute('formmethod') || form.getAttribute('method') || 'get';
      emit(
        'form.submitted',
        {
          action: redactUrl(action, base).slice(0, 2000),
          method: method.trim().toUpperCase().slice(0, 10),
          fields: formFields(controlsOf(form as HTMLFormElement), submitter, context.sensitiveSelectors),
        },
        trusted(event),
      );
      flushNow();
    }),
    listenOptions(signal),
  );
  return () => undefined;
};
