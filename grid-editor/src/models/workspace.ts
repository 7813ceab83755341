/**
 * The editor's workspace: the documents open in tabs and their drafts, the active tab, the
 * part each one shows, undo/redo, every document's live problems, the last file refused, and
 * the recording rules are tested against. A file that cannot be read as a valid document is
 * refused and changes nothing. Pure logic (no DOM): views call its methods and re-render when
 * it notifies them; persistence (persistence.ts) listens the same way.
 */
import {
  type Catalogue,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Grid,
  kindOf,
  MAX_DOCUMENT_BYTES,
  type Problem,
  parse,
  problem,
} from '../../../shared/schema/index.ts';
import { bilingual } from '../i18n.ts';
import {
  createDocument,
  type EditOptions,
  type EditorDocument,
  editDocument,
  redoDocument,
  replaceDocument,
  sealHistory,
  undoDocument,
} from './document.ts';
import { asRecord, getAt, isRecord } from './json-path.ts';
import { locate, nodeAt, type OutlineNode, outlineOf } from './outline.ts';
import { type Recording, readRecording, runRuleTests, type TestRun } from './rule-test.ts';
import { countBySeverity, type EditorProblem, validateDocument } from './validate.ts';

/** What the last attempt to open a file found; an empty list means it opened cleanly. */
export interface ProblemReport {
  file: string;
  problems: Problem[];
}

/** One document's live problems, as the problems panel groups them. */
export interface FileProblems {
  file: string;
  problems: EditorProblem[];
}

export type OpenOutcome =
  | { ok: true; document: EditorDocument }
  | { ok: true; recording: Recording }
  | { ok: false; problems: Problem[]; bundle?: boolean };

/** Kinds a designer edits; the others open read-only. */
export const EDITABLE_KINDS: readonly DocumentKind[] = ['grid', 'catalogue', 'subject', 'subject-package'];

const isDocumentKind = (value: unknown): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly unknown[]).includes(value);

/** The JSON of a file's text, or why it is not a document at all. */
const readJson = (
  text: string,
): { ok: true; input: Record<string, unknown>; kind: DocumentKind } | { ok: false; problems: Problem[] } => {
  if (text.length > MAX_DOCUMENT_BYTES)
    return { ok: false, problems: [problem([], 'too-large', { size: text.length })] };
  let input: unknown;
  try {
    // Windows editors often save a byte-order mark, which JSON.parse refuses.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem([], 'json-syntax', { detail })] };
  }
  if (!isRecord(input)) return { ok: false, problems: [problem([], 'not-an-object')] };
  const kind = kindOf(input);
  if (!isDocumentKind(kind)) {
    const path = 'format' in input ? 'format' : '';
    return { ok: false, problems: [{ path, code: 'unknown-kind', ...bilingual('problem.unknownKind') }] };
  }
  return { ok: true, input, kind };
};

/** Where the subject is inside a document of `kind` (`undefined`: it holds none). */
export const subjectBase = (kind: DocumentKind): string | undefined =>
  kind === 'subject' ? '' : kind === 'subject-package' ? 'subject' : undefined;

export class Workspace {
  #documents: readonly EditorDocument[] = [];
  #activeName: string | undefined;
  #report: ProblemReport | undefined;
  #sourceProblems = new Map<string, EditorProblem>();
  #recording: Recording | undefined;
  #listeners = new Set<() => void>();
  #now: () => number;
  #outlines = new WeakMap<object, OutlineNode>();
  #validated = new Map<string, { value: unknown; context: unknown[]; problems: EditorProblem[] }>();
  #tested: { value: unknown; recording: Recording; run: TestRun } | undefined;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  /** A new array after each change, so that views can compare by identity. */
  get documents(): readonly EditorDocument[] {
    return this.#documents;
  }

  get active(): EditorDocument | undefined {
    return this.#documents.find((doc) => doc.name === this.#activeName);
  }

  document(name: string): EditorDocument | undefined {
    return this.#documents.find((doc) => doc.name === name);
  }

  /** Problems of the last file refused, or `undefined`. */
  get report(): ProblemReport | undefined {
    return this.#report;
  }

  /** Problems of the last file the user tried to open (empty when it opened). */
  get problems(): readonly Problem[] {
    return this.#report?.problems ?? [];
  }

  get recording(): Recording | undefined {
    return this.#recording;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  outline(doc: EditorDocument): OutlineNode {
    if (!isRecord(doc.value)) return outlineOf(doc.kind, doc.value);
    let outline = this.#outlines.get(doc.value);
    if (!outline) {
      outline = outlineOf(doc.kind, doc.value);
      this.#outlines.set(doc.value, outline);
    }
    return outline;
  }

  // ——— opening files ———

  /** Reads a file's text: a document opens (if valid), a bundle becomes the recording tested. */
  async openFile(name: string, text: string): Promise<OpenOutcome> {
    const read = readJson(text);
    if (read.ok && read.kind === 'bundle') {
      const outcome = await readRecording(name, text);
      if (!outcome.ok) return { ...this.#refuse(name, outcome.problems), bundle: true };
      this.#recording = outcome.recording;
      this.#report = undefined;
      this.#notify();
      return outcome;
    }
    return this.open(name, text);
  }

  /** Opens a document file if it is valid; a file of the same name is replaced (one undo step). */
  open(name: string, text: string): OpenOutcome {
    const read = readJson(text);
    if (!read.ok) return this.#refuse(name, read.problems);
    if (read.kind === 'bundle')
      return this.#refuse(name, [{ path: '', code: 'bundle', ...bilingual('problem.bundleAsDocument') }]);
    const result = parse(read.kind, read.input, this.#parseContext(read.kind, read.input));
    if (!result.ok) return this.#refuse(name, result.problems);
    this.#report = undefined;
    const existing = this.document(name);
    const readOnly = !EDITABLE_KINDS.includes(read.kind);
    const document =
      existing && existing.kind === read.kind && !readOnly
        ? { ...replaceDocument(existing, read.input, this.#now()), selection: '' }
        : createDocument(name, read.kind, read.input, { readOnly });
    this.#put(document);
    this.#activeName = name;
    this.#notify();
    return { ok: true, document };
  }

  /** Records a file that could not even be read (the browser refused it). */
  fail(name: string, detail: string): void {
    this.#refuse(name, [{ path: '', code: 'read-error', ...bilingual('problem.readError', { detail }) }]);
  }

  /** Forgets the last refused file's problems. */
  dismissReport(): void {
    if (!this.#report) return;
    this.#report = undefined;
    this.#notify();
  }

  /** Adds a new document (from a template) and shows `selection` in it. */
  create(name: string, kind: DocumentKind, value: unknown, selection = ''): EditorDocument {
    const document = createDocument(name, kind, value, { selection });
    this.#put(document);
    this.#activeName = name;
    this.#notify();
    return document;
  }

  /** Puts back documents read from the store, without notifying twice. */
  restore(documents: readonly EditorDocument[], active?: string, recording?: Recording): void {
    const names = new Set(this.#documents.map((doc) => doc.name));
    this.#documents = [...documents.filter((doc) => !names.has(doc.name)), ...this.#documents];
    if (this.#activeName === undefined && active !== undefined && this.document(active))
      this.#activeName = active;
    this.#activeName ??= this.#documents[0]?.name;
    if (recording && !this.#recording) this.#recording = recording;
    this.#notify();
  }

  closeRecording(): void {
    if (!this.#recording) return;
    this.#recording = undefined;
    this.#notify();
  }

  // ——— tabs and selection ———

  activate(name: string): void {
    if (name === this.#activeName || !this.document(name)) return;
    this.#activeName = name;
    this.#notify();
  }

  /** Closes a tab; the one to its right (or else its left) becomes active, as in VS Code. */
  close(name: string): void {
    const at = this.#documents.findIndex((doc) => doc.name === name);
    if (at < 0) return;
    this.#documents = this.#documents.filter((doc) => doc.name !== name);
    this.#sourceProblems.delete(name);
    this.#validated.delete(name);
    if (this.#activeName === name) this.#activeName = (this.#documents[at] ?? this.#documents[at - 1])?.name;
    this.#notify();
  }

  /** Shows the part at `path` of a document (and makes it the active tab). */
  select(name: string, path: string): void {
    const doc = this.document(name);
    if (!doc) return;
    const part = locate(this.outline(doc), path).path;
    if (doc.selection === part && this.#activeName === name) return;
    this.#put({ ...sealHistory(doc), selection: part });
    this.#activeName = name;
    this.#sourceProblems.delete(name);
    this.#notify();
  }

  // ——— editing ———

  /** Sets the value at `path` in a document's draft (one undo step, or merged while typing). */
  edit(name: string, path: string, value: unknown, options: Omit<EditOptions, 'now'> = {}): void {
    const doc = this.document(name);
    if (!doc) return;
    const next = editDocument(doc, path, value, { ...options, now: this.#now() });
    if (next === doc) return;
    this.#put(this.#keepSelection(next));
    this.#notify();
  }

  /** Ends the typing step in progress (the field was left): the next edit is a step of its own. */
  seal(name: string): void {
    const doc = this.document(name);
    if (!doc) return;
    const sealed = sealHistory(doc);
    if (sealed !== doc) this.#put(sealed);
  }

  undo(name = this.#activeName): boolean {
    return this.#travel(name, undoDocument);
  }

  redo(name = this.#activeName): boolean {
    return this.#travel(name, redoDocument);
  }

  /** Records that `version` of a document is in the store (clears its unsaved marker). */
  markSaved(name: string, version: number): void {
    const doc = this.document(name);
    if (!doc || doc.savedVersion === version) return;
    this.#put({ ...doc, savedVersion: version });
    this.#notify();
  }

  /** The JSON source view's text that does not parse, as a problem at the part it edits. */
  setSourceProblem(name: string, found: EditorProblem | undefined): void {
    const before = this.#sourceProblems.get(name);
    if (before?.path === found?.path && before?.en === found?.en) return;
    if (found) this.#sourceProblems.set(name, found);
    else this.#sourceProblems.delete(name);
    this.#notify();
  }

  // ——— problems ———

  /** A document's live problems: source syntax, schema, references and design lints. */
  problemsOf(name: string): EditorProblem[] {
    const doc = this.document(name);
    if (!doc) return [];
    const source = this.#sourceProblems.get(name);
    const context = this.#validationContext(doc);
    const contextKey = [context.grid, context.catalogue];
    const cached = this.#validated.get(name);
    let problems: EditorProblem[];
    if (cached && cached.value === doc.value && cached.context.every((v, i) => v === contextKey[i]))
      problems = cached.problems;
    else {
      problems = doc.readOnly ? [] : validateDocument(doc.kind, doc.value, context);
      this.#validated.set(name, { value: doc.value, context: contextKey, problems });
    }
    return source ? [source, ...problems] : problems;
  }

  /** Every open document's problems, in tab order (documents without any are left out). */
  get fileProblems(): FileProblems[] {
    return this.#documents
      .map((doc) => ({ file: doc.name, problems: this.problemsOf(doc.name) }))
      .filter((entry) => entry.problems.length > 0);
  }

  /** Errors and warnings of every document (infos are not problems), plus the refused file's. */
  get counts(): { errors: number; warnings: number; infos: number } {
    let errors = this.#report?.problems.length ?? 0;
    let warnings = 0;
    let infos = 0;
    for (const { problems } of this.fileProblems) {
      const counts = countBySeverity(problems);
      errors += counts.error;
      warnings += counts.warning;
      infos += counts.info;
    }
    return { errors, warnings, infos };
  }

  // ——— testing rules ———

  /** The document whose rules are tested: the active one if it holds a subject, else the first that does. */
  get testTarget(): EditorDocument | undefined {
    const active = this.active;
    if (active && subjectBase(active.kind) !== undefined) return active;
    return this.#documents.find((doc) => subjectBase(doc.kind) !== undefined);
  }

  /** The subject draft of the test target (its `subject` part for a package), for calibration. */
  get testSubject(): { name: string; draft: unknown } | undefined {
    const target = this.testTarget;
    if (!target) return undefined;
    const base = subjectBase(target.kind)!;
    return { name: target.name, draft: base ? getAt(target.value, base) : target.value };
  }

  /** The rules of the test target run on the recording; recomputed whenever either changes. */
  get testRun(): TestRun | undefined {
    const target = this.testTarget;
    const recording = this.#recording;
    if (!target || !recording) return undefined;
    if (this.#tested && this.#tested.value === target.value && this.#tested.recording === recording)
      return this.#tested.run;
    const base = subjectBase(target.kind)!;
    const run = runRuleTests(base ? getAt(target.value, base) : target.value, base, recording);
    this.#tested = { value: target.value, recording, run };
    return run;
  }

  // ——— internals ———

  #travel(
    name: string | undefined,
    step: (doc: EditorDocument) => { doc: EditorDocument; path?: string },
  ): boolean {
    const doc = name === undefined ? undefined : this.document(name);
    if (!doc) return false;
    const { doc: next, path } = step(doc);
    if (next === doc || path === undefined) return false;
    // Show what changed, as an editor moves the cursor to the undone edit.
    const part = locate(this.outline(next), path).path;
    this.#put({ ...next, selection: part });
    this.#notify();
    return true;
  }

  /** After an edit, the part shown still exists, or its nearest ancestor is shown. */
  #keepSelection(doc: EditorDocument): EditorDocument {
    const outline = this.outline(doc);
    if (nodeAt(outline, doc.selection)) return doc;
    return { ...doc, selection: locate(outline, doc.selection).path };
  }

  #put(document: EditorDocument): void {
    const exists = this.#documents.some((doc) => doc.name === document.name);
    this.#documents = exists
      ? this.#documents.map((doc) => (doc.name === document.name ? document : doc))
      : [...this.#documents, document];
  }

  #refuse(name: string, problems: Problem[]): { ok: false; problems: Problem[] } {
    this.#report = { file: name, problems };
    this.#notify();
    return { ok: false, problems };
  }

  /** A subject file is checked against the open grid and catalogue it names, when valid ones are open. */
  #validationContext(doc: EditorDocument): { grid?: Grid; catalogue?: Catalogue } {
    if (doc.kind !== 'subject') return {};
    return this.#parseContext('subject', doc.value);
  }

  #parseContext(kind: DocumentKind, input: unknown): { grid?: Grid; catalogue?: Catalogue } {
    if (kind !== 'subject') return {};
    const { gridId, catalogueId } = asRecord(input);
    const find = <K extends 'grid' | 'catalogue'>(k: K, id: unknown) => {
      const doc = this.#documents.find((d) => d.kind === k && asRecord(d.value).id === id);
      if (!doc) return undefined;
      return this.#parsed(doc, k);
    };
    const grid = find('grid', gridId) as Grid | undefined;
    const catalogue = find('catalogue', catalogueId) as Catalogue | undefined;
    return { ...(grid ? { grid } : {}), ...(catalogue ? { catalogue } : {}) };
  }

  #parsedCache = new WeakMap<object, unknown>();

  #parsed(doc: EditorDocument, kind: 'grid' | 'catalogue'): unknown {
    if (!isRecord(doc.value)) return undefined;
    if (this.#parsedCache.has(doc.value)) return this.#parsedCache.get(doc.value);
    const result = parse(kind, doc.value);
    const value = result.ok ? result.value : undefined;
    this.#parsedCache.set(doc.value, value);
    return value;
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
