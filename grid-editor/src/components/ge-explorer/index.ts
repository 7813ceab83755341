export { type ExplorerEntry, GeExplorer, iconOf, KIND_ICONS, NODE_ICONS } from './ge-explorer.ts';
