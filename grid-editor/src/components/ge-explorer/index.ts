export { GeExplorer } from './ge-explorer.ts';
