/**
 * The Preact overlay and chip, as a script of their own: not listed in the manifest, not
 * web-accessible. The background injects it into the top frame's isolated world when the
 * content script asks (overlay/full-overlay.ts); it registers the two renderers there. Each
 * brings its stylesheet into the shadow root it renders in (the content script's is the
 * folded tab's only: overlay/styles.ts).
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ChipApp } from '../chip/chip-app.tsx';
import { registerFullOverlay } from '../overlay/full-overlay.ts';
import { CHIP_CSS, PANEL_CSS } from '../overlay/full-styles.ts';
import { OverlayApp } from '../overlay/overlay-app.tsx';
import { addShadowStyle } from '../overlay/shadow-host.ts';

export default defineUnlistedScript(() => {
  registerFullOverlay({
    renderOverlay: (root, props) => {
      addShadowStyle(root, 'panel', PANEL_CSS);
      render(<OverlayApp {...props} />, root);
    },
    renderChip: (root, props) => {
      addShadowStyle(root, 'chip', CHIP_CSS);
      render(<ChipApp {...props} />, root);
    },
    unmount: (root) => render(null, root),
  });
});
