/**
 * The grid editor's host entrypoint: the theme and codicon font for the page, the components,
 * and `mountEditor`, which puts one `<ge-app>` in the body with what the host page provides.
 * The standalone page (grid-editor/standalone.ts) mounts it bare; the extension's editor
 * page (extension/entrypoints/editor/) gives it the workstation's live session and its way
 * of saving files.
 */
import '@vscode/codicons/dist/codicon.css';
import './theme/theme.css';
import './app/index.ts';
import { type FileSaver, useFileSaver } from './app/download.ts';
import type { GeApp } from './app/index.ts';
import type { LiveSource } from './review/live-source.ts';

export type { FileSaver } from './app/download.ts';
export type { LiveBundle, LiveSource } from './review/live-source.ts';

export interface EditorHost {
  /** This workstation's live session (the review's « live session » column). */
  liveSource?: LiveSource;
  /** Saves the files the editor exports (else a link does). */
  saveFile?: FileSaver;
}

export const mountEditor = (host: EditorHost = {}): GeApp => {
  const root = document.documentElement;
  root.dataset.theme ??= 'dark';
  if (!root.lang) root.lang = 'fr';
  const app = document.querySelector('ge-app') ?? document.createElement('ge-app');
  app.liveSource = host.liveSource;
  useFileSaver(host.saveFile);
  if (!app.isConnected) document.body.append(app);
  return app;
};
