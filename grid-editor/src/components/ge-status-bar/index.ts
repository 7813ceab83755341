export { GeStatusBar } from './ge-status-bar.ts';
