/**
 * The JSON editor of the source view: CodeMirror 6, loaded only when a designer opens the
 * JSON view (`ge-source` imports this module dynamically, so the review, the harmonisation
 * and the extension's other pages never download it).
 *
 * Accessibility (CodeMirror's guidance): Tab is left to the browser (no `indentWithTab`), so
 * the editor never traps focus; Escape closes the completion list; the content is a labelled
 * `textbox`; diagnostics are also listed as text under the editor by `ge-source`. The
 * workbench keeps undo and redo (document history): its Ctrl+Z runs before CodeMirror's.
 */
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { minimalChange, type SourceDiagnostic } from '../../models/source-diagnostics.ts';

export { sourceDiagnostics } from '../../models/source-diagnostics.ts';

import { type CompletionSettings, propertyCompletion } from './json-completion.ts';

export interface JsonEditorOptions {
  parent: HTMLElement;
  text: string;
  /** Accessible name and hooks of the editable element. */
  label: string;
  path: string;
  readOnly: boolean;
  completion: () => CompletionSettings;
  /** The designer changed the text. */
  onText(text: string): void;
  onBlur(): void;
}

export interface JsonEditor {
  readonly text: string;
  /** Shows a new text from the model: only the part that differs changes; the caret stays. */
  replace(text: string): void;
  configure(options: { label: string; path: string; readOnly: boolean }): void;
  setDiagnostics(diagnostics: readonly SourceDiagnostic[], extra?: readonly Diagnostic[]): void;
  /** Puts the caret at an offset (or a line's start) and focuses the editor. */
  focusAt(place: { line?: number; offset?: number }): void;
  destroy(): void;
}

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--vscode-editor-foreground, #cccccc)',
    backgroundColor: 'var(--vscode-editor-background, #1f1f1f)',
    fontFamily: 'var(--vscode-editor-font-family, monospace)',
    fontSize: 'var(--vscode-editor-font-size, 14px)',
  },
  '&.cm-focused': { outline: '1px solid var(--vscode-focusBorder, #0078d4)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '19px' },
  '.cm-content': { caretColor: 'var(--vscode-editor-foreground, #cccccc)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--vscode-editor-foreground, #cccccc)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--vscode-list-activeSelectionBackground, #04395e)',
  },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-gutters': {
    color: 'var(--vscode-editorLineNumber-foreground, #8b949e)',
    backgroundColor: 'var(--vscode-editor-background, #1f1f1f)',
    border: 'none',
  },
  '.cm-activeLineGutter': {
    color: 'var(--vscode-editor-foreground, #cccccc)',
    backgroundColor: 'transparent',
  },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'transparent',
    outline: '1px solid var(--vscode-editorBracketMatch-border, #888888)',
  },
  '.cm-tooltip': {
    color: 'var(--vscode-foreground, #cccccc)',
    backgroundColor: 'var(--vscode-editorWidget-background, #252526)',
    border: '1px solid var(--vscode-focusBorder, #0078d4)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    color: 'var(--vscode-list-activeSelectionForeground, #ffffff)',
    backgroundColor: 'var(--vscode-list-activeSelectionBackground, #04395e)',
  },
  '.cm-completionDetail': { fontStyle: 'normal', opacity: '1', marginLeft: '1em' },
  '.cm-diagnostic': { color: 'var(--vscode-foreground, #cccccc)' },
});

const contentAttributes = (options: { label: string; path: string; readOnly: boolean }) =>
  EditorView.contentAttributes.of({
    'aria-label': options.label,
    'data-testid': 'source',
    'data-path': options.path,
    'aria-describedby': 'source-help source-error',
    // Explicitly focusable, so that checkers see the scrolling editor as keyboard-reachable.
    tabindex: '0',
    spellcheck: 'false',
    autocapitalize: 'off',
  });

const editable = (readOnly: boolean) => [
  EditorState.readOnly.of(readOnly),
  EditorView.editable.of(!readOnly),
];

export const createJsonEditor = (options: JsonEditorOptions): JsonEditor => {
  const attributes = new Compartment();
  const access = new Compartment();
  /** Set while a model text is being applied: not the designer's typing. */
  let replacing = false;
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        json(),
        lintGutter(),
        autocompletion({ override: [propertyCompletion(options.completion)], icons: false }),
        // CodeMirror's own keys (caret moves, select all, Escape simplifies the selection); no
        // `indentWithTab`: Tab stays the browser's, so the editor never traps focus.
        keymap.of([...completionKeymap, ...lintKeymap, ...defaultKeymap]),
        EditorState.tabSize.of(2),
        theme,
        attributes.of(contentAttributes(options)),
        access.of(editable(options.readOnly)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !replacing) options.onText(update.state.doc.toString());
          if (update.focusChanged && !update.view.hasFocus) options.onBlur();
        }),
      ],
    }),
  });
  // Hooks for scripts and tests: the editable element's `value` is the whole text, as a
  // textarea's would be (the editor only keeps the visible lines in the DOM).
  Object.defineProperty(view.contentDOM, 'value', {
    get: () => view.state.doc.toString(),
    configurable: true,
  });

  return {
    get text() {
      return view.state.doc.toString();
    },
    replace(text) {
      const change = minimalChange(view.state.doc.toString(), text);
      if (!change) return;
      replacing = true;
      try {
        view.dispatch({ changes: change });
      } finally {
        replacing = false;
      }
    },
    configure(next) {
      view.dispatch({
        effects: [
          attributes.reconfigure(contentAttributes(next)),
          access.reconfigure(editable(next.readOnly)),
        ],
      });
    },
    setDiagnostics(diagnostics, extra = []) {
      const length = view.state.doc.length;
      const list: Diagnostic[] = [
        ...extra,
        ...diagnostics.map((d) => ({
          from: Math.min(d.from, length),
          to: Math.min(d.to, length),
          severity: d.severity,
          message: d.message,
          source: d.code,
        })),
      ];
      view.dispatch(setDiagnostics(view.state, list));
    },
    focusAt({ line, offset }) {
      const doc = view.state.doc;
      const at =
        offset !== undefined
          ? Math.min(offset, doc.length)
          : doc.line(Math.max(1, Math.min(line ?? 1, doc.lines))).from;
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
};
