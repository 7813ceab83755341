/**
 * The editor's workspace: the documents open in tabs, the active tab, and the problems of the
 * last file the user tried to open. A rejected file changes nothing that was open before.
 * Pure logic (no DOM): views call its methods and re-render when it notifies them.
 */
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentOf,
  type Grid,
  kindOf,
  MAX_DOCUMENT_BYTES,
  type ParseContext,
  type Problem,
  parse,
  problem,
} from '../../../shared/schema/index.ts';
import { bilingual } from '../i18n.ts';
import { type OutlineNode, outlineOf } from './outline.ts';

export interface OpenDocument {
  /** File name; opening a file of the same name again replaces this document. */
  name: string;
  kind: DocumentKind;
  document: DocumentOf<DocumentKind>;
  /** The file's JSON, pretty-printed as read (before schema defaults are applied). */
  source: string;
  outline: OutlineNode;
}

/** What the last attempt to open a file found; an empty list means it opened cleanly. */
export interface ProblemReport {
  file: string;
  problems: Problem[];
}

export type OpenOutcome = { ok: true; document: OpenDocument } | { ok: false; problems: Problem[] };

const isDocumentKind = (value: unknown): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly unknown[]).includes(value);

const stringField = (input: unknown, key: string): string | undefined => {
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

export class Workspace {
  #documents: readonly OpenDocument[] = [];
  #activeName: string | undefined;
  #report: ProblemReport | undefined;
  #listeners = new Set<() => void>();

  /** A new array after each change, so that views can compare by identity. */
  get documents(): readonly OpenDocument[] {
    return this.#documents;
  }

  get active(): OpenDocument | undefined {
    return this.#documents.find((doc) => doc.name === this.#activeName);
  }

  /** Problems of the last file opened, or `undefined` before any. */
  get report(): ProblemReport | undefined {
    return this.#report;
  }

  get problems(): readonly Problem[] {
    return this.#report?.problems ?? [];
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads a file's text: detects its kind, validates it, and opens it only if it is valid. */
  open(name: string, text: string): OpenOutcome {
    const outcome = this.#read(text);
    this.#report = { file: name, problems: outcome.ok ? [] : outcome.problems };
    if (outcome.ok) {
      const document = { name, ...outcome.value };
      const reopened = this.#documents.some((doc) => doc.name === name);
      this.#documents = reopened
        ? this.#documents.map((doc) => (doc.name === name ? document : doc))
        : [...this.#documents, document];
      this.#activeName = name;
      this.#notify();
      return { ok: true, document };
    }
    this.#notify();
    return { ok: false, problems: outcome.problems };
  }

  /** Records a file that could not even be read (the browser refused it). */
  fail(name: string, detail: string): void {
    this.#report = {
      file: name,
      problems: [{ path: '', code: 'read-error', ...bilingual('problem.readError', { detail }) }],
    };
    this.#notify();
  }

  activate(name: string): void {
    if (name === this.#activeName || !this.#documents.some((doc) => doc.name === name)) return;
    this.#activeName = name;
    this.#notify();
  }

  /** Closes a tab; the one to its right (or else its left) becomes active, as in VS Code. */
  close(name: string): void {
    const at = this.#documents.findIndex((doc) => doc.name === name);
    if (at < 0) return;
    this.#documents = this.#documents.filter((doc) => doc.name !== name);
    if (this.#activeName === name) this.#activeName = (this.#documents[at] ?? this.#documents[at - 1])?.name;
    this.#notify();
  }

  #read(text: string): { ok: true; value: Omit<OpenDocument, 'name'> } | { ok: false; problems: Problem[] } {
    if (text.length > MAX_DOCUMENT_BYTES)
      return { ok: false, problems: [problem([], 'too-large', { size: text.length })] };
    // Parsed once here to learn the kind; `parse` then validates the value (as parseJson would).
    let input: unknown;
    try {
      // Windows editors often save a byte-order mark, which JSON.parse refuses.
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [problem([], 'json-syntax', { detail })] };
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, problems: [problem([], 'not-an-object')] };
    const kind = kindOf(input);
    if (!isDocumentKind(kind)) {
      const path = 'format' in input ? 'format' : '';
      return { ok: false, problems: [{ path, code: 'unknown-kind', ...bilingual('problem.unknownKind') }] };
    }
    const result = parse(kind, input, this.#contextFor(kind, input));
    if (!result.ok) return { ok: false, problems: result.problems };
    return {
      ok: true,
      value: {
        kind,
        document: result.value,
        source: JSON.stringify(input, null, 2),
        outline: outlineOf(kind, result.value),
      },
    };
  }

  /** A subject is checked against the open grid and catalogue it names, when they are open. */
  #contextFor(kind: DocumentKind, input: unknown): ParseContext {
    if (kind !== 'subject') return {};
    const gridId = stringField(input, 'gridId');
    const catalogueId = stringField(input, 'catalogueId');
    const grid = this.#documents.find((doc) => doc.kind === 'grid' && (doc.document as Grid).id === gridId);
    const catalogue = this.#documents.find(
      (doc) => doc.kind === 'catalogue' && (doc.document as { id: string }).id === catalogueId,
    );
    return {
      ...(grid ? { grid: grid.document as DocumentOf<'grid'> } : {}),
      ...(catalogue ? { catalogue: catalogue.document as DocumentOf<'catalogue'> } : {}),
    };
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
