export { GeQuickInput } from './ge-quick-input.ts';
