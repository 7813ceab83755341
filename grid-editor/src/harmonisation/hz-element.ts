/** Base of the harmonisation view's components: the interface language and its strings. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { type HzKey, hz, type Locale } from './i18n.ts';

export class HzElement extends LitElement {
  /** Interface language; the workbench sets it on every component, as on the editor's. */
  @property() locale: Locale = 'fr';

  protected t(key: HzKey, params?: Record<string, string | number>): string {
    return hz(this.locale, key, params);
  }
}
