/**
 * Where the workspace's problems show in the workbench: the marks on the explorer's tree (the
 * worst severity and the count under each part), the problems of the part on screen, and the
 * order F8 walks them in (errors first in each file).
 */
import type { ExplorerEntry } from '../components/ge-explorer/index.ts';
import type { EditorDocument } from '../models/document.ts';
import { ancestry, locate, type OutlineNode } from '../models/outline.ts';
import type { Severity } from '../models/validate.ts';
import type { FileProblems, Workspace } from '../models/workspace.ts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A document as the explorer lists it, with the marks of its problems on every part above them. */
export const explorerEntry = (workspace: Workspace, doc: EditorDocument): ExplorerEntry => {
  const outline = workspace.outline(doc);
  const marks = new Map<string, { severity: Severity; count: number }>();
  for (const problem of workspace.problemsOf(doc.name)) {
    if (problem.severity === 'info') continue;
    const node = locate(outline, problem.path);
    for (const above of ancestry(outline, node.path)) {
      const mark = marks.get(above.path);
      marks.set(above.path, {
        severity:
          mark && SEVERITY_RANK[mark.severity] <= SEVERITY_RANK[problem.severity]
            ? mark.severity
            : problem.severity,
        count: (mark?.count ?? 0) + 1,
      });
    }
  }
  return { doc, outline, marks };
};

/** Every problem's place, file by file, the worst first in each file: what « next problem » walks. */
export const problemPlaces = (files: readonly FileProblems[]): { file: string; path: string }[] =>
  files.flatMap(({ file, problems }) =>
    [...problems]
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
      .map((p) => ({ file, path: p.path })),
  );

/** The problems the form shows with the part on screen (those that locate to that very part). */
export const partProblems = (
  workspace: Workspace,
  doc: EditorDocument | undefined,
  outline: OutlineNode | undefined,
  node: OutlineNode | undefined,
) =>
  doc && outline && node
    ? workspace.problemsOf(doc.name).filter((p) => locate(outline, p.path).path === node.path)
    : [];
