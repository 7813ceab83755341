export { GeActivityBar } from './ge-activity-bar.ts';
