/**
 * Completion of property names in the JSON editor, from the published JSON Schema of the
 * part shown: inside an object, the fields its schema allows and it does not have yet,
 * required ones first, with their type (a `const` such as `format` is completed with its
 * value). Ctrl+Space asks for it anywhere; typing a quote or a letter in an object offers it.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { DocumentKind } from '../../../../shared/schema/index.ts';
import { parsePath } from '../../models/json-path.ts';
import { objectAt, parseJsonTree } from '../../models/json-places.ts';
import { documentSchema, partSchema, propertySuggestions } from '../../models/part-schema.ts';

export interface CompletionSettings {
  /** The document's kind and the part shown (its schema is the piece of the document's). */
  kind: DocumentKind;
  path: string;
  locale: 'fr' | 'en';
}

export const propertyCompletion =
  (settings: () => CompletionSettings) =>
  (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const word = context.matchBefore(/"[^"\n]*|[A-Za-z_$][\w$-]*/);
    if (!word && !context.explicit) return null;
    const from = word?.from ?? context.pos;
    const tree = parseJsonTree(text);
    const at = objectAt(text, word && word.from < context.pos ? word.from + 1 : context.pos, tree);
    if (!at) return null;
    const typed = word ? word.text.replace(/^"/, '') : '';
    const present = at.present.filter((name) => name !== typed);
    const { kind, path, locale } = settings();
    const schema = partSchema(documentSchema(kind), parsePath(path));
    const suggestions = propertySuggestions(schema, at.path, present);
    if (suggestions.length === 0) return null;
    // Replace the whole name being typed, with its closing quote if there is one.
    const to = text[context.pos] === '"' && word?.text.startsWith('"') ? context.pos + 1 : context.pos;
    const options: Completion[] = suggestions.map((s) => ({
      label: `"${s.name}"`,
      displayLabel: s.name,
      type: 'property',
      detail: [s.type, s.required ? (locale === 'fr' ? 'obligatoire' : 'required') : undefined]
        .filter(Boolean)
        .join(' · '),
      ...(s.description ? { info: s.description } : {}),
      boost: s.required ? 1 : 0,
      apply: (view, _completion, applyFrom) => {
        const after = text.slice(to).match(/^\s*:/)
          ? ''
          : `: ${s.constant !== undefined ? JSON.stringify(s.constant) : ''}`;
        const insert = `"${s.name}"${after}`;
        view.dispatch({
          changes: { from: applyFrom, to, insert },
          selection: { anchor: applyFrom + insert.length },
          userEvent: 'input.complete',
        });
      },
    }));
    return { from, to, options, validFor: /^"?[\w$-]*$/ };
  };
