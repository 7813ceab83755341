/** The editor components' small base class: the interface language and typed events. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { GeEventMap } from '../events.ts';
import { type Locale, type MessageKey, t } from '../i18n.ts';

type DetailOf<K extends keyof GeEventMap> = GeEventMap[K] extends CustomEvent<infer D> ? D : never;

export class GeElement extends LitElement {
  /** Interface language, set by the app on every component. */
  @property() locale: Locale = 'fr';

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  /** Dispatches a typed event that crosses shadow roots up to the app. */
  protected emit<K extends keyof GeEventMap>(type: K, detail: DetailOf<K>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
