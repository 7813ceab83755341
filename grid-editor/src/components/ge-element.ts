/**
 * The one base class of the editor's components — designer, review and harmonisation alike:
 * the interface language, the strings of the component's family (one typed translator each,
 * shared/i18n/translator.ts) and typed events, each family declaring its own event map.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale, Params, Translator } from '../../../shared/i18n/translator.ts';
import type { GeEventMap } from '../events.ts';
import { type MessageKey, messages } from '../i18n.ts';

/** The `detail` an event of a map carries. */
export type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

export class GeElement<
  Events extends object = GeEventMap,
  Key extends string = MessageKey,
> extends LitElement {
  /** Interface language, set by the app on every component. */
  @property() locale: Locale = 'fr';

  /**
   * The translator of the component's family. The designer's by default; the review and the
   * harmonisation components override it with theirs (the `Key` parameter says which).
   */
  protected translator(locale: Locale): Translator<Key> {
    // The default is only right when Key is the designer's MessageKey (the default parameter).
    return messages(locale) as unknown as Translator<Key>;
  }

  /** Numbers and dates for people, in the interface language. */
  protected get format(): Translator<Key> {
    return this.translator(this.locale);
  }

  t(key: Key, params?: Params): string {
    return this.translator(this.locale).t(key, params);
  }

  /** Dispatches a typed event of the family's map; it crosses shadow roots up to the page. */
  protected emit<K extends keyof Events & string>(type: K, detail: DetailOf<Events[K]>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
