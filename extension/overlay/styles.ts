/**
 * The folded tab's stylesheet, inlined at build time (a string in the bundle costs no request,
 * and no file the page can load from the extension). WXT's `:root` rules apply to the host.
 *
 * The subject UI's stylesheets are split by who needs them (issue 19): the content script, on
 * every page of the reference site, carries and parses this one only (about a quarter of the
 * whole); the full overlay's script brings the panel's and the chip's (full-styles.ts), added
 * to the shadow root the first time it renders there (shadow-host.ts `addShadowStyle`).
 */
import tabCss from './tab.css?inline';

/** The folded tab, and the base every host of ours has (the host's reset, colours, fonts). */
export const TAB_CSS = tabCss.replaceAll(':root', ':host');
