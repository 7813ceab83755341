/**
 * Where the components' events go: each typed event (events.ts) that reaches the workbench
 * becomes one call on the workspace model or the workbench. The components never act on the
 * model themselves; this table is the one place to read what an event does.
 */
import type { GeEventMap } from '../events.ts';
import type { CommandId } from '../models/commands.ts';
import { pickLibraryRule } from './commands.ts';
import type { Workbench } from './workbench.ts';

export interface RoutedWorkbench extends Workbench {
  openFiles(files: readonly File[], purpose?: 'recording'): Promise<void>;
  openProblem(file: string, path: string): void;
  toggleView(id: string): void;
  runCommand(id: CommandId): void;
}

type Routes = { [K in keyof GeEventMap]?: (app: RoutedWorkbench, detail: GeEventMap[K]['detail']) => void };

const ROUTES: Routes = {
  'ge-files-open': (app, { files, purpose }) => void app.openFiles(files, purpose),
  'ge-document-select': (app, { name }) => app.workspace.activate(name),
  'ge-document-close': (app, { name }) => app.workspace.close(name),
  'ge-reveal': (app, { name, path, focus }) => app.reveal(name, path, focus),
  'ge-edit': (app, { name, path, value, coalesce }) =>
    app.workspace.edit(name, path, value, { coalesce: coalesce ?? false }),
  'ge-edit-end': (app, { name }) => app.workspace.seal(name),
  'ge-source-problem': (app, { name, problem }) => app.workspace.setSourceProblem(name, problem),
  'ge-problem-open': (app, { file, path }) => app.openProblem(file, path),
  'ge-report-dismiss': (app) => app.workspace.dismissReport(),
  'ge-command': (app, { id }) => app.runCommand(id),
  'ge-library-pick': (app, { name, path }) => pickLibraryRule(app, name, path),
  'ge-mode-change': (app, { mode }) => app.setUi({ editorMode: mode }),
  'ge-locale-change': (app, { locale }) => app.setUi({ locale }),
  'ge-view-select': (app, { id }) => app.toggleView(id),
  'ge-event-show': (app, { event }) => app.showEvent(event),
};

/**
 * Listens on `target` (the workbench's element: the events are composed, they cross the
 * shadow roots up to it) until `signal` ends.
 */
export const routeEvents = (app: RoutedWorkbench, target: EventTarget, signal: AbortSignal): void => {
  for (const [type, route] of Object.entries(ROUTES) as [keyof GeEventMap, Routes[keyof GeEventMap]][]) {
    const handle = route as (app: RoutedWorkbench, detail: unknown) => void;
    target.addEventListener(type, (event) => handle(app, (event as CustomEvent).detail), { signal });
  }
};
