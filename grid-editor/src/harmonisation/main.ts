/**
 * The harmonisation view as a page of its own: grid-editor/harmonisation.html in the
 * standalone editor, `harmonisation.html` in the extension. The theme and codicon font for the
 * page, then one `<ge-harmonisation>` in `<main>`; the page's language follows the view's.
 */
import '@vscode/codicons/dist/codicon.css';
import '../theme/theme.css';
import './ge-harmonisation/index.ts';
import { hz, type Locale } from './i18n.ts';

const root = document.documentElement;
root.dataset.theme ??= 'dark';
if (!root.lang) root.lang = 'fr';

const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
const view =
  main.querySelector('ge-harmonisation') ?? main.appendChild(document.createElement('ge-harmonisation'));
view.locale = root.lang === 'en' ? 'en' : 'fr';

const follow = (locale: Locale) => {
  root.lang = locale;
  document.title = `Témoin — ${hz(locale, 'title')}`;
};
follow(view.locale);
view.addEventListener('ge-locale-change', (event) => follow(event.detail.locale));
