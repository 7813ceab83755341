/**
 * The full overlay's stylesheets (see styles.ts): in overlay-app.js only, added to the shadow
 * root after the tab's (tab.css) the first time the panel or the chip renders there.
 */
import chipCss from '../chip/chip.css?inline';
import overlayCss from './overlay.css?inline';
import questionsCss from './questions.css?inline';

/** The unfolded overlay: panel, subject, clock, questions, annexes. */
export const PANEL_CSS = [overlayCss, questionsCss].join('\n').replaceAll(':root', ':host');
/** The chip shown while the side panel carries the subject. */
export const CHIP_CSS = chipCss.replaceAll(':root', ':host');
