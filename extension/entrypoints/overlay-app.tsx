/**
 * The Preact overlay and chip, as a script of their own: not listed in the manifest, not
 * web-accessible. The background injects it into the top frame's isolated world when the
 * content script asks (overlay/full-overlay.ts); it registers the two renderers there.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ChipApp } from '../chip/chip-app.tsx';
import { registerFullOverlay } from '../overlay/full-overlay.ts';
import { OverlayApp } from '../overlay/overlay-app.tsx';

export default defineUnlistedScript(() => {
  registerFullOverlay({
    renderOverlay: (root, props) => render(<OverlayApp {...props} />, root),
    renderChip: (root, props) => render(<ChipApp {...props} />, root),
    unmount: (root) => render(null, root),
  });
});
