/**
 * How a library entry is written: its documentation (what it checks, in French; which events
 * and fields it reads) next to the function that builds the rule. The meta-test reads these
 * fields, so an entry cannot be added without them.
 */
import type { EventKind } from '../../schema/event.ts';
import type { Condition, EvidenceRuleInput, TextTolerance } from '../../schema/rule.ts';

export type Cms = 'wordpress' | 'prestashop' | 'any';

/** What every built rule may override. */
export interface RuleOptions {
  /** Rule id in the subject; default: the entry id (give one when a template is used twice). */
  id?: string;
  /** Default: the entry's rule title, variables written as `{{name}}`. */
  title?: string;
  description?: string;
  criteria?: string[];
  weight?: number;
  evidence?: 'process' | 'state';
  atLeast?: number;
  after?: string;
  window?: { fromMinute?: number; toMinute?: number };
}

export interface ParameterDoc {
  name: string;
  /** French: what the designer gives. */
  description: string;
  /** The value used when the parameter is not given (`{{keyword}}`: the subject's variable). */
  default?: string | number | boolean;
}

export interface LibraryEntry<P extends object = object> {
  id: string;
  /** French name of the template, as the editor lists it. */
  title: string;
  /** French: what the rule checks and how, for a designer. */
  description: string;
  cms: readonly Cms[];
  kind: EventKind;
  /** Other kinds that deliver the same thing by another route (see the rule's `orKinds`). */
  orKinds?: readonly EventKind[];
  /** Fields of the event the rule reads. */
  reads: readonly string[];
  evidence: 'process' | 'state';
  criteria: readonly string[];
  parameters: readonly ParameterDoc[];
  build(params?: P & RuleOptions): EvidenceRuleInput;
}

/**
 * A courtesy formula (greeting, thanks, closing): the part of « un ton cordial » a machine can see.
 * Whether the tone is right stays the examiner's judgement; a reply with none of these is curt.
 */
export const COURTESY =
  '(^|[^a-zà-ÿ])(bonjour|bonsoir|merci|cordialement|bien à vous|au plaisir|(bonne|belle|excellente) (journée|soirée|dégustation|continuation)|n.hésitez|chère?|salutations|ravie?s?|avec plaisir)';

/** A list parameter, given as an array or as one text separated by « ; » (default: the voucher). */
export const listOf = (values: string | readonly string[] | undefined): string[] =>
  (typeof values === 'string' ? values.split(';') : (values ?? ['{{voucher}}']))
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * Filler (repeated sentences, very poor vocabulary) is not a shorter text but an unusable one:
 * it caps the question instead of costing a share (`ceiling`), and weighs nothing otherwise.
 */
export const notFiller = (label: string, ceiling: 'TI' | 'I' | 'S' = 'I') =>
  ({
    op: 'notRepetitive',
    field: 'data.text',
    maxRepeated: 0.2,
    minVariety: 0.3,
    weight: 0,
    ceiling,
    label,
  }) as const;

type Cap = 'TI' | 'I' | 'S';

/**
 * Words that must not be written (a wrong statement the library names): holds when nothing in
 * `field` matches `pattern`; caps the question at `ceiling` otherwise and weighs nothing.
 */
const notWritten = (pattern: string, label: string, ceiling: Cap, field = 'data.text', flags = 'i') =>
  ({ op: 'matches', field, pattern, flags, negate: true, weight: 0, ceiling, label }) as const;

/**
 * A text written in sentences, not telegraphic notes (« Matcha : 80 °C, 1-2 g, fouet. »): a
 * text customers read in notes is curt (a reply: at most S) or unusable (an article: at most
 * I); weighs nothing otherwise. Under 30 words nothing is judged.
 */
export const inSentences = (label: string, ceiling: 'TI' | 'I' | 'S' = 'S') =>
  ({ op: 'prose', field: 'data.text', minShare: 0.15, weight: 0, ceiling, label }) as const;

/**
 * Text-message shorthand (« Bjr, dsl pr la boîte ») in a text written to a customer in the
 * company's name: familiar, unprofessional (at most I by default); weighs nothing otherwise.
 */
export const notTextSpeak = (label: string, ceiling: Cap = 'I') =>
  notWritten(
    // Word edges by Unicode letters: JavaScript's \\b would read « prévoit » as « pr ».
    '(?:^|[^\\p{L}\\p{N}])(?:bjr|bsr|slt|dsl|pr|stp|mrc|tkt|bcp|pk|pcq|qd|jsp|mdr|ptdr)(?:[^\\p{L}\\p{N}]|$)',
    label,
    ceiling,
    'data.text',
    'iu',
  );

/**
 * Notes written for a question, not its wording recopied: a note whose 5-word sequences come
 * mostly from the question itself (« Obligations du blog en matière de données personnelles :
 * information sous le formulaire… ») answers nothing, so it is not a candidate at all.
 */
export const notTheQuestion = (questionId: string, label = 'notes rédigées, pas la consigne recopiée') =>
  ({
    op: 'reformulated',
    field: 'data.text',
    annex: `question:${questionId}`,
    ngram: 5,
    maxCopied: 0.5,
    required: true,
    label,
  }) as const;

/**
 * A reply with none of the `COURTESY` formulas is curt: wrong work, not missing work, so it
 * caps the question (at S by default) and weighs nothing otherwise.
 */
export const courteous = (label = 'formule de politesse', ceiling: 'TI' | 'I' | 'S' = 'S') =>
  ({ op: 'matches', field: 'data.text', pattern: COURTESY, flags: 'i', weight: 0, ceiling, label }) as const;

/**
 * Blame put on the customer (« vous auriez dû lire nos CGV », « ce n’est pas notre problème »):
 * words a machine can see that damage the relationship the question asks to keep. Only plain
 * blame: « comme indiqué dans nos conditions » informs and is not listed.
 */
export const BLAME =
  'vous auriez d[uû]|votre faute|(lire|lu|relire|consulter) (nos|les) (cgv|conditions)|pas (de )?notre (faute|probl[eè]me|ressort)|nous ne sommes pas responsables|tant pis';

/**
 * A reply that blames the customer is wrong work, not missing work: it caps the question (at I
 * by default: the relationship the question asks to keep is damaged) and weighs nothing
 * otherwise. The tone beyond these words stays the examiner's judgement.
 */
export const notBlaming = (label = 'aucun reproche adressé au client', ceiling: Cap = 'I') =>
  notWritten(BLAME, label, ceiling);

/**
 * Health claims a food shop may not make (EU Regulation 1924/2006: only authorised claims, and
 * none says a tea slims, cures or boosts immunity): « fait maigrir », « brûle les graisses »,
 * « renforce les défenses », « guérit », « protège du cancer », « détox ». Published on a product or
 * an article they misinform customers and expose the company: wrong work, not missing work.
 * Properties that are facts (« riche en antioxydants », « sans théine ») are not listed.
 */
export const HEALTH_CLAIM =
  'maigri|amincissant|minceur|du poids|graisses|coupe.faim|renforc\\w* (les |vos )?d[ée]fenses|immunit|gu[ée]ri[rst]|cancer|d[ée]tox|miracle';

export const noHealthClaim = (
  label = 'aucune allégation de santé interdite (maigrir, défenses, guérir…)',
  ceiling: Cap = 'I',
  field = 'data.text',
) => notWritten(HEALTH_CLAIM, label, ceiling, field);

/**
 * A reply posted as a new comment (the post's public form) instead of under the comment it
 * answers: the answer is written, but the internaut is not notified and the thread is split —
 * done, not as asked (at most S). Read with `orKinds: ['comment.posted']`.
 */
export const underTheComment = (label = 'réponse publiée sous le commentaire (« Répondre »)') =>
  ({
    op: 'equals',
    field: 'kind',
    value: 'comment.replied',
    weight: 0,
    ceiling: 'S',
    label,
  }) as const;

/** Free text: case, accents and spacing ignored. */
export const TEXT: TextTolerance = { case: true, accents: true, spacing: true, punctuation: false };
/** Slugs and friendly URLs: punctuation too, so `the-vert-bio` contains « thé vert bio ». */
export const SLUG: TextTolerance = { ...TEXT, punctuation: true };
/** Codes (vouchers, references): case and spacing only. */
export const CODE: TextTolerance = { case: true, accents: false, spacing: true, punctuation: false };

/** What a template declares: the entry's description, and how its rule is built. */
export interface TemplateSpec<P extends object, I extends string>
  extends Omit<LibraryEntry<P>, 'id' | 'parameters' | 'build'> {
  id: I;
  parameters?: readonly ParameterDoc[];
  /** Title of the built rule, from the parameters; default: `title`. */
  ruleTitle?: (params: P) => string;
  where: (params: P) => Condition[];
}

export const define = <P extends object, const I extends string>(
  spec: TemplateSpec<P, I>,
): LibraryEntry<P> & { id: I } => ({
  id: spec.id,
  title: spec.title,
  description: spec.description,
  cms: spec.cms,
  kind: spec.kind,
  ...(spec.orKinds ? { orKinds: spec.orKinds } : {}),
  reads: spec.reads,
  evidence: spec.evidence,
  criteria: spec.criteria,
  parameters: spec.parameters ?? [],
  build(params = {} as P & RuleOptions) {
    const { id, title, description, criteria, weight, evidence, atLeast, after, window, ...own } = params;
    const specific = own as P;
    return {
      id: id ?? spec.id,
      title: title ?? spec.ruleTitle?.(specific) ?? spec.title,
      ...(description === undefined ? {} : { description }),
      criteria: criteria ?? [...spec.criteria],
      kind: spec.kind,
      ...(spec.orKinds ? { orKinds: [...spec.orKinds] } : {}),
      where: spec.where(specific),
      evidence: evidence ?? spec.evidence,
      ...(weight === undefined ? {} : { weight }),
      ...(atLeast === undefined ? {} : { atLeast }),
      ...(after === undefined ? {} : { after }),
      ...(window === undefined ? {} : { window }),
      template: spec.id,
    };
  },
});
