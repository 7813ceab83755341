export { GeHarmonisation } from './ge-harmonisation.ts';
