/**
 * The workbench's files: opening those the user chose or dropped (documents go to the
 * explorer, an evidence bundle to the tests view as the recording rules are tried on; a file
 * refused says why in the status bar, and in the tests view when it was meant as a
 * recording), a new subject from the template, and the export of the active document.
 */
import { problemCount } from '../i18n.ts';
import { exportDocument } from '../models/export.ts';
import { freshName, newSubjectPackage, SUBJECT_PACKAGE_SUFFIX } from '../models/templates.ts';
import type { ProblemReport } from '../models/workspace.ts';
import { downloadText } from './download.ts';
import type { Workbench } from './workbench.ts';

export interface FileOpener extends Workbench {
  /** Shows (or clears) why the last recording was refused, in the tests view. */
  refuseRecording(report: ProblemReport | undefined): void;
}

/** Reads files one after the other: the problems panel ends on the last one. */
export const openFiles = async (
  app: FileOpener,
  files: readonly File[],
  purpose?: 'recording',
): Promise<void> => {
  const rejected = (file: string, problems: number) =>
    app.announce(app.t('status.rejected', { file, problems: problemCount(app.locale, problems) }));
  for (const file of files) {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      app.workspace.fail(file.name, error instanceof Error ? error.name : String(error));
      rejected(file.name, 1);
      continue;
    }
    const outcome = await app.workspace.openFile(file.name, text);
    if (outcome.ok) {
      if ('recording' in outcome) {
        app.refuseRecording(undefined);
        app.setUi({ view: 'tests', sidebarVisible: true });
        app.announce(app.t('status.recording', { file: file.name }));
      } else {
        if (purpose === 'recording') app.setUi({ view: 'explorer' });
        app.announce(app.t('status.opened', { file: file.name }));
      }
    } else {
      if (outcome.bundle || purpose === 'recording')
        app.refuseRecording({ file: file.name, problems: outcome.problems });
      rejected(file.name, outcome.problems.length);
    }
  }
};

/** Saves the active document as a file (a subject as its package); refused, the problems show. */
export const exportActive = async (app: Workbench): Promise<void> => {
  app.flushSource();
  const doc = app.workspace.active;
  if (!doc) return;
  const outcome = await exportDocument(doc, app.workspace.documents);
  if (!outcome.ok) {
    app.announce(
      app.t('status.exportRefused', { problems: problemCount(app.locale, outcome.problems.length) }),
    );
    app.showPanel('problems');
    return;
  }
  await downloadText(outcome.fileName, outcome.text);
  app.announce(app.t('status.exported', { file: outcome.fileName }));
};

/** A new subject package from the template, opened on its title. */
export const newSubject = (app: Workbench, cms: 'wordpress' | 'prestashop'): void => {
  const name = freshName(
    'nouveau-sujet',
    SUBJECT_PACKAGE_SUFFIX,
    app.workspace.documents.map((doc) => doc.name),
  );
  app.workspace.create(name, 'subject-package', newSubjectPackage(cms), 'subject');
  app.setUi({ view: 'explorer', sidebarVisible: true });
  app.reveal(name, 'subject.title', true);
  app.announce(app.t('status.opened', { file: name }));
};
