export { GeStatusBar, type OpenNotice } from './ge-status-bar.ts';
