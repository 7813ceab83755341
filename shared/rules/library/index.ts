/**
 * Ready rules for the common tasks of the E5 practical on WordPress and on a shop. Each entry
 * documents what it checks (in French), which events and fields it reads, and builds an
 * `EvidenceRuleInput` from parameters or the subject's variables (`{{keyword}}`,
 * `{{voucher}}`…):
 *
 *   libraryRule('article.keywordInTitle')                       // uses {{keyword}}
 *   libraryRule('voucher.created', { percent: 5, weight: 2 })   // uses {{voucher}}
 *   LIBRARY['product.saved'].build({ name: '{{product}}' })
 */
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { commentModerated, commentReplied, manualApproval } from './comments.ts';
import {
  orderPlacedWithVoucher,
  productKeywordInShortDescription,
  productSaved,
  productShortDescription,
  voucherCreated,
  voucherOncePerCustomer,
  voucherTestedInCart,
} from './commerce.ts';
import {
  articleMentions,
  articlePublished,
  articleStructured,
  imagesWithAlt,
  keywordInMetaDescription,
  keywordInSlug,
  keywordInTitle,
  metaDescriptionLength,
  pagePublished,
  privacyPolicyPagePublished,
  wordsAtLeast,
} from './content.ts';
import type { LibraryEntry, RuleOptions } from './define.ts';
import { noteCartTotals, noteWritten } from './notes.ts';
import { privacyPolicyPageSet, taglineChanged } from './settings.ts';

export type { Cms, LibraryEntry, ParameterDoc, RuleOptions } from './define.ts';
export {
  BLAME,
  CODE,
  COURTESY,
  courteous,
  HEALTH_CLAIM,
  inSentences,
  listOf,
  noHealthClaim,
  notBlaming,
  notFiller,
  notTextSpeak,
  notTheQuestion,
  SLUG,
  TEXT,
  underTheComment,
} from './define.ts';

const entries = [
  articlePublished,
  keywordInTitle,
  keywordInSlug,
  keywordInMetaDescription,
  metaDescriptionLength,
  imagesWithAlt,
  wordsAtLeast,
  articleStructured,
  articleMentions,
  pagePublished,
  commentReplied,
  commentModerated,
  manualApproval,
  taglineChanged,
  privacyPolicyPageSet,
  privacyPolicyPagePublished,
  voucherCreated,
  voucherOncePerCustomer,
  voucherTestedInCart,
  orderPlacedWithVoucher,
  productSaved,
  productShortDescription,
  productKeywordInShortDescription,
  noteWritten,
  noteCartTotals,
] as const;

type Entries = (typeof entries)[number];
export type LibraryId = Entries['id'];
type ParamsOf<E> = E extends LibraryEntry<infer P> ? P : never;
/** The parameters of each entry, by id. */
export type LibraryParams = { [E in Entries as E['id']]: ParamsOf<E> & RuleOptions };

/** Every library entry by id, in the order the editor lists them. */
export const LIBRARY = Object.fromEntries(entries.map((entry) => [entry.id, entry])) as {
  [E in Entries as E['id']]: E;
};
export const LIBRARY_IDS = entries.map((entry) => entry.id) as LibraryId[];

/** Builds the rule of a library entry. */
export const libraryRule = <K extends LibraryId>(id: K, params?: LibraryParams[K]): EvidenceRuleInput =>
  (LIBRARY[id] as LibraryEntry<LibraryParams[K]>).build(params);
