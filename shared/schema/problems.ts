/**
 * Problems: what a reader tells a user about a refused document — where (a JSON path like
 * `questions[2].criteria[0]`) and what, in French and English.
 */
import type { z } from 'zod';
import { createTranslator } from '../i18n/translator.ts';

export interface Problem {
  /** JSON path of the offending value; `""` for the document itself. */
  path: string;
  /** Stable machine code, e.g. `invalid_type` or `unknown-criterion`. */
  code: string;
  fr: string;
  en: string;
}

export type PathSegment = string | number;

export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((segment, i) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$-]*$/.test(String(segment))
          ? `${i === 0 ? '' : '.'}${String(segment)}`
          : `[${JSON.stringify(String(segment))}]`,
    )
    .join('');

/** « questions[2].criteria[0] : critère inconnu "C9" » */
export const describeProblem = (problem: Problem, locale: 'fr' | 'en' = 'fr'): string =>
  `${problem.path || (locale === 'fr' ? '(document)' : '(document)')} : ${locale === 'fr' ? problem.fr : problem.en}`;

type Params = Record<string, unknown>;
const QUOTE_MAX = 80;
/**
 * A value as the user wrote it, for a message: never throws (BigInt, cycles, symbols reach
 * `parse` from structured clones) and never pastes a megabyte of input into a message.
 */
const q = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
};

/** Messages of the custom checks, by code. */
const CUSTOM: Record<string, (p: Params) => [fr: string, en: string]> = {
  id: () => [
    'identifiant invalide (lettres, chiffres, « . _ : - »)',
    'invalid id (letters, digits, ". _ : -")',
  ],
  'criterion-id': () => ['identifiant de critère invalide (C1, C2…)', 'invalid criterion id (C1, C2…)'],
  sha256: () => [
    'empreinte SHA-256 invalide (64 caractères hexadécimaux)',
    'invalid SHA-256 (64 hex characters)',
  ],
  origin: () => [
    'origine invalide : attendu http(s)://hôte[:port] sans chemin',
    'invalid origin: expected http(s)://host[:port] without a path',
  ],
  'field-path': () => ['chemin de champ invalide (ex. data.title)', 'invalid field path (e.g. data.title)'],
  'event-kind': () => [
    'type d’événement invalide (ex. content.published)',
    'invalid event kind (e.g. content.published)',
  ],
  'variable-name': () => ['nom de variable invalide (ex. keyword)', 'invalid variable name (e.g. keyword)'],
  letter: () => ['lettre de sujet invalide (une majuscule A–Z)', 'invalid subject letter (one capital A–Z)'],
  'image-data-url': () => ['image attendue en data URL base64', 'expected an image as a base64 data URL'],
  'thresholds-order': () => [
    'seuils incohérents : il faut I ≤ S ≤ TS',
    'inconsistent thresholds: I ≤ S ≤ TS expected',
  ],
  'row-width': (p) => [`ligne de ${p.expected} cellules attendue`, `row of ${p.expected} cells expected`],
  'duplicate-id': (p) => [`identifiant en double ${q(p.value)}`, `duplicate id ${q(p.value)}`],
  'levels-incomplete': () => ['les niveaux doivent être TI, I, S et TS', 'levels must be TI, I, S and TS'],
  'unknown-criterion': (p) => [`critère inconnu ${q(p.value)}`, `unknown criterion ${q(p.value)}`],
  'unknown-competence': (p) => [
    `compétence opérationnelle inconnue ${q(p.value)}`,
    `unknown operational competence ${q(p.value)}`,
  ],
  'unknown-variable': (p) => [`variable inconnue ${q(p.value)}`, `unknown variable ${q(p.value)}`],
  'unknown-event-kind': (p) => [`type d’événement inconnu ${q(p.value)}`, `unknown event kind ${q(p.value)}`],
  'unknown-rule': (p) => [`règle inconnue ${q(p.value)}`, `unknown rule ${q(p.value)}`],
  'unknown-annex': (p) =>
    String(p.value).startsWith('question:')
      ? [
          `question inconnue ${q(String(p.value).slice(9))}`,
          `unknown question ${q(String(p.value).slice(9))}`,
        ]
      : [`annexe inconnue ${q(p.value)}`, `unknown annex ${q(p.value)}`],
  'unsafe-pattern': (p) => {
    const reason = p.reason as { fr: string; en: string } | undefined;
    return [
      `expression régulière refusée : ${reason?.fr ?? 'risque d’emballement'}`,
      `pattern refused: ${reason?.en ?? 'could run away'}`,
    ];
  },
  'grid-mismatch': (p) => [
    `le sujet demande la grille ${q(p.expected)}, le paquet contient ${q(p.value)}`,
    `subject needs grid ${q(p.expected)}, package has ${q(p.value)}`,
  ],
  'catalogue-mismatch': (p) => [
    `le sujet demande le catalogue ${q(p.expected)}, le paquet contient ${q(p.value)}`,
    `subject needs catalogue ${q(p.expected)}, package has ${q(p.value)}`,
  ],
  'hash-mismatch': () => [
    'empreinte incorrecte : le contenu a été modifié après publication',
    'wrong hash: the content changed after it was published',
  ],
  'subject-hash-mismatch': () => [
    'le paquet de sujet joint ne correspond pas à la session',
    'the attached subject package does not match the session',
  ],
  'chain-count': (p) => [
    `nombre d’événements attendu : ${p.expected}`,
    `event count expected: ${p.expected}`,
  ],
  'seq-order': (p) => [
    `numéro de séquence attendu : ${p.expected}`,
    `sequence number expected: ${p.expected}`,
  ],
  'chain-broken': (p) => [
    `chaîne d’intégrité rompue à l’événement ${p.seq} : contenu modifié`,
    `integrity chain broken at event ${p.seq}: content changed`,
  ],
  'chain-head': () => ['tête de chaîne incorrecte', 'wrong chain head'],
  'too-many-events': (p) => [
    `trop d’événements (${p.count}, au plus ${p.max})`,
    `too many events (${p.count}, at most ${p.max})`,
  ],
  'not-utf8': () => [
    'fichier illisible : ce n’est pas du texte UTF-8 (modifié ou endommagé)',
    'unreadable file: not UTF-8 text (changed or damaged)',
  ],
  'bundle-unsealed': () => [
    'fichier de preuves sans sceau : exporté par une version antérieure de Témoin ou modifié',
    'evidence file without a seal: exported by an older Témoin or changed',
  ],
  'bundle-seal': () => [
    'le fichier a été modifié après l’export (son sceau ne correspond plus au contenu)',
    'the file was changed after export (its seal no longer matches the content)',
  ],
  'chain-unbound': () => [
    'le premier événement ne scelle pas la session et le sujet : fichier d’une version antérieure ou modifié',
    'the first event does not bind the session and the subject: file from an older version or changed',
  ],
  'candidate-mismatch': (p) => [
    `numéro de candidat modifié : ${q(p.found)} dans le fichier, ${q(p.expected)} au début de l’épreuve`,
    `candidate number changed: ${q(p.found)} in the file, ${q(p.expected)} when the exam started`,
  ],
  'session-binding': () => [
    'les informations de session (candidat, sujet, origines, date…) ne sont plus celles scellées au début de l’épreuve',
    'the session details (candidate, subject, origins, date…) are no longer those bound when the exam started',
  ],
  'package-binding': () => [
    'le sujet joint n’est pas celui avec lequel l’épreuve a commencé',
    'the attached subject is not the one the exam started with',
  ],
  'package-edited': () => [
    'le sujet joint a été modifié (questions, règles ou grille) : son empreinte ne correspond plus à son contenu',
    'the attached subject was changed (questions, rules or grid): its hash no longer matches its content',
  ],
  'grid-binding': () => [
    'la grille du sujet joint n’est pas celle de la session',
    'the attached subject’s grid is not the session’s',
  ],
  'status-mismatch': (p) => [
    p.ended
      ? 'session marquée terminée sans événement de fin'
      : 'session marquée en cours alors qu’un événement de fin est enregistré',
    p.ended
      ? 'session marked ended without an end event'
      : 'session marked running but an end event is recorded',
  ],
  'ended-without-date': () => ['session terminée sans date de fin', 'ended session without an end date'],
  'ends-before-start': () => ['fin antérieure au début', 'ends before it starts'],
  'final-needs-mark': () => ['une fiche finalisée doit avoir une note', 'a final assessment needs a mark'],
  'final-needs-date': () => ['date de finalisation manquante', 'finalisation date missing'],
  'final-needs-hash': () => ['empreinte de finalisation manquante', 'finalisation hash missing'],
  'final-needs-level': () => [
    'niveau manquant dans une fiche finalisée',
    'level missing in a final assessment',
  ],
  'too-deep': (p) => [
    `imbrication trop profonde (plus de ${p.max} niveaux)`,
    `nested too deeply (more than ${p.max} levels)`,
  ],
  'non-finite': () => [
    'nombre impossible en JSON (infini ou NaN, par exemple 1e400)',
    'number JSON cannot hold (infinite or NaN, e.g. 1e400)',
  ],
  'json-syntax': (p) => [`JSON illisible : ${p.detail}`, `unreadable JSON: ${p.detail}`],
  'too-large': (p) => [`fichier trop volumineux (${p.size} octets)`, `file too large (${p.size} bytes)`],
  'not-an-object': () => ['un objet JSON est attendu', 'a JSON object is expected'],
  'wrong-format': (p) => [
    `format ${q(p.value)} : attendu ${q(p.expected)}`,
    `format ${q(p.value)}: expected ${q(p.expected)}`,
  ],
  internal: (p) => [`erreur interne de validation : ${p.detail}`, `internal validation error: ${p.detail}`],
};

export const problem = (path: readonly PropertyKey[], code: string, params: Params = {}): Problem => {
  const [fr, en] = (CUSTOM[code] ?? (() => [code, code]))(params);
  return { path: formatPath(path), code, fr, en };
};

const TYPE_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un entier',
  boolean: 'un booléen',
  object: 'un objet',
  record: 'un objet',
  array: 'une liste',
  literal: 'une valeur précise',
  null: 'null',
};

/** Units of a size limit, in both languages' plural rules (« 1 caractère », « 0 caractère », « 0 characters »). */
const UNITS = createTranslator<'string' | 'array' | 'set'>({
  fr: {
    string: { one: 'caractère', other: 'caractères' },
    array: { one: 'élément', other: 'éléments' },
    set: { one: 'élément', other: 'éléments' },
  },
  en: {
    string: { one: 'character', other: 'characters' },
    array: { one: 'item', other: 'items' },
    set: { one: 'item', other: 'items' },
  },
});

const sizeWord = (origin: string | undefined, fr: boolean, limit: number): string => {
  const units = UNITS(fr ? 'fr' : 'en');
  return origin && units.has(origin) ? units.t(origin, { count: limit }) : '';
};

const discriminatorValue = (input: unknown, key: string): unknown =>
  typeof input === 'object' && input !== null ? ((input as Record<string, unknown>)[key] ?? null) : null;

const hasKey = (input: unknown, key: string): boolean =>
  typeof input === 'object' && input !== null && (input as Record<string, unknown>)[key] !== undefined;

const typeOfInput = (input: unknown): string =>
  input === undefined
    ? 'undefined'
    : input === null
      ? 'null'
      : Array.isArray(input)
        ? 'array'
        : typeof input === 'number' && !Number.isFinite(input)
          ? String(input) // NaN, Infinity: "expected number, received number" would puzzle anyone
          : typeof input;

const required = (path: readonly PropertyKey[]): Problem => ({
  path: formatPath(path),
  code: 'required',
  fr: 'champ obligatoire manquant',
  en: 'required field missing',
});

/** Translates one zod issue into a bilingual problem. */
export const fromZodIssue = (issue: z.core.$ZodIssue): Problem[] => {
  const path = issue.path;
  switch (issue.code) {
    case 'custom':
      return [problem(path, issue.message, (issue.params ?? {}) as Params)];
    case 'invalid_type': {
      const got = typeOfInput(issue.input);
      if (got === 'undefined') return [required(path)];
      const expected = String(issue.expected);
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `${TYPE_FR[expected] ?? expected} attendu, reçu ${TYPE_FR[got] ?? got}`,
          en: `expected ${expected}, received ${got}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const origin = issue.origin as string | undefined;
      const exact = 'exact' in issue && issue.exact;
      const frUnit = sizeWord(origin, true, Number(limit));
      const enUnit = sizeWord(origin, false, Number(limit));
      const frRel = exact ? 'exactement' : small ? 'au moins' : 'au plus';
      const enRel = exact ? 'exactly' : small ? 'at least' : 'at most';
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `${frRel} ${limit}${frUnit ? ` ${frUnit}` : ''} attendu`,
          en: `${enRel} ${limit}${enUnit ? ` ${enUnit}` : ''} expected`,
        },
      ];
    }
    case 'invalid_format': {
      // Custom regex messages travel in `message`; the rest are named formats (datetime, date…).
      if (issue.message in CUSTOM) return [problem(path, issue.message)];
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `format invalide : ${issue.format} attendu`,
          en: `invalid format: ${issue.format} expected`,
        },
      ];
    }
    case 'invalid_value': {
      // A missing literal or enum field (`format`, `status`…) is missing, not "invalid undefined".
      if (issue.input === undefined) return [required(path)];
      const values = issue.values.map((v) => q(v)).join(', ');
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `valeur invalide ${q(issue.input)} : attendu ${values}`,
          en: `invalid value ${q(issue.input)}: expected ${values}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        code: issue.code,
        fr: `champ inconnu ${q(key)}`,
        en: `unknown field ${q(key)}`,
      }));
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator !== undefined) {
        if (!hasKey(issue.input, discriminator)) return [required(path)];
        return [
          {
            path: formatPath(path),
            code: 'invalid_discriminator',
            fr: `valeur de « ${discriminator} » inconnue ${q(discriminatorValue(issue.input, discriminator))}`,
            en: `unknown "${discriminator}" value ${q(discriminatorValue(issue.input, discriminator))}`,
          },
        ];
      }
      return [
        { path: formatPath(path), code: issue.code, fr: 'valeur non reconnue', en: 'unrecognised value' },
      ];
    }
    case 'not_multiple_of':
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `multiple de ${issue.divisor} attendu`,
          en: `multiple of ${issue.divisor} expected`,
        },
      ];
    default:
      if (issue.message in CUSTOM) return [problem(path, issue.message)];
      return [
        {
          path: formatPath(path),
          code: issue.code,
          fr: `valeur invalide (${issue.message})`,
          en: issue.message,
        },
      ];
  }
};
