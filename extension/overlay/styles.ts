/**
 * The subject UI's stylesheet (overlay, questions, chip), inlined in the content script at
 * build time. WXT's `cssInjectionMode: 'ui'` fetched the entry's CSS file for each UI mounted,
 * on every page load (the overlay, then the chip when the side panel opens); a string in the
 * bundle costs no request, and no file the page can load from the extension
 * (`web_accessible_resources` is no longer needed for it).
 */
import chipCss from '../chip/chip.css?inline';
import overlayCss from './overlay.css?inline';
import questionsCss from './questions.css?inline';

/** As WXT's 'ui' mode gave it: `:root` rules apply to the shadow root's host. */
export const SUBJECT_UI_CSS = [overlayCss, questionsCss, chipCss].join('\n').replaceAll(':root', ':host');
