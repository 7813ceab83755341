/**
 * The grid editor's entry: the theme and codicon font for the page, the components, and one
 * `<ge-app>` in the body. The standalone page (grid-editor/index.html) and the extension's
 * editor page (extension/entrypoints/editor/) both load this module.
 */
import '@vscode/codicons/dist/codicon.css';
import './theme/theme.css';
import './app/index.ts';

const root = document.documentElement;
root.dataset.theme ??= 'dark';
if (!root.lang) root.lang = 'fr';

if (!document.querySelector('ge-app')) document.body.append(document.createElement('ge-app'));
