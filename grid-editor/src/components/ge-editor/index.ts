export { GeEditor } from './ge-editor.ts';
