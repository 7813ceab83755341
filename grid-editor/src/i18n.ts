/**
 * Interface strings, French first. Code names things in English; the interface speaks French
 * by default and English on request. Document texts (titles, labels) are shown as written.
 */
import { createTranslator, type Locale, type Params } from '../../shared/i18n/translator.ts';
import type { DocumentKind } from '../../shared/schema/index.ts';
import { en } from './i18n-en.ts';
import { fr, type MessageKey } from './i18n-fr.ts';
import type { OutlineGroup, OutlineNodeType } from './models/outline.ts';

export type { Locale } from '../../shared/i18n/translator.ts';
export { LOCALES } from '../../shared/i18n/translator.ts';
export type { MessageKey } from './i18n-fr.ts';

/** The designer's translator (plurals, numbers and dates by `Intl`). */
export const messages = createTranslator<MessageKey>({ fr, en });

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export const t = (locale: Locale, key: MessageKey, params: Params = {}): string =>
  messages(locale).t(key, params);

/** Both languages of a message, as a Problem carries them. */
export const bilingual = (key: MessageKey, params: Params = {}): { fr: string; en: string } => ({
  fr: t('fr', key, params),
  en: t('en', key, params),
});

export const kindName = (locale: Locale, kind: DocumentKind): string => t(locale, `kind.${kind}`);
export const groupName = (locale: Locale, group: OutlineGroup): string => t(locale, `group.${group}`);
export const nodeTypeName = (locale: Locale, type: OutlineNodeType): string => t(locale, `node.${type}`);

export const problemCount = (locale: Locale, count: number): string =>
  count === 0
    ? t(locale, 'status.problems.0')
    : count === 1
      ? t(locale, 'status.problems.1')
      : t(locale, 'status.problems.n', { count });

/** Whether `key` is a message (for keys built from data, e.g. `command.${id}`). */
export const isMessageKey = (key: string): key is MessageKey => messages('fr').has(key);
