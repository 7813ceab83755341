/**
 * How the editor page saves its files (a subject package, marks, labelled recordings): with
 * the downloads API, straight into the downloads folder without a « save as » prompt, as the
 * popup's exports do. The grid editor never calls the extension's APIs itself.
 */
import { browser } from 'wxt/browser';
import type { FileSaver } from '../../grid-editor/src/main.ts';

export const saveWithDownloads: FileSaver = ({ url, filename }) =>
  browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
