export { GeSource } from './ge-source.ts';
