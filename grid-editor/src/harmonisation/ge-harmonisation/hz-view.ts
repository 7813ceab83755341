/** What the harmonisation view's parts need to write for people: its language and its strings. */
import type { Locale, Params } from '../../../../shared/i18n/translator.ts';
import type { HzKey } from '../i18n.ts';

export interface HzText {
  readonly locale: Locale;
  t(key: HzKey, params?: Params): string;
}
