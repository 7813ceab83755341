export { GePrintView, type PrintMode } from './ge-print-view.ts';
