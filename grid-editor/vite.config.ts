/**
 * The grid editor, standalone: `npm run editor` serves it on 127.0.0.1 (port 4310 unless
 * `-- --port <n>` is given; the next free one if taken), `npm run editor:build` writes
 * `dist/grid-editor/`. Everything it needs, codicons included, is bundled: no network at run time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset URLs: the built folder works from any path or a file server.
  base: './',
  publicDir: false,
  server: { host: '127.0.0.1', port: 4310, strictPort: false },
  preview: { host: '127.0.0.1', port: 4310, strictPort: false },
  build: {
    outDir: here('../dist/grid-editor'),
    emptyOutDir: true,
    target: 'es2022',
    // The codicon font stays a file rather than a data URL in the stylesheet.
    assetsInlineLimit: 0,
    rolldownOptions: { input: { main: here('index.html'), harmonisation: here('harmonisation.html') } },
  },
});
