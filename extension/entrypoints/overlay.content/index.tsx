/**
 * Content script: mounts `<temoin-overlay>` (open shadow root, Preact) in the top frame of a
 * configured reference origin, and nowhere else.
 */
import '../../overlay/overlay.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OverlayApp } from '../../overlay/overlay-app.tsx';
import { loadLocale, loadReferenceOrigins } from '../../settings/reference-origins.ts';

export default defineContentScript({
  // Loopback is granted in the manifest; other reference origins are registered at run time.
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window) return;
    const origins = await loadReferenceOrigins();
    if (!origins.includes(location.origin)) return;
    const locale = await loadLocale();
    const ui = await createShadowRootUi(ctx, {
      name: 'temoin-overlay',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount(container) {
        const root = document.createElement('div');
        root.className = 'root';
        container.append(root);
        render(<OverlayApp locale={locale} />, root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    ui.mount();
  },
});
