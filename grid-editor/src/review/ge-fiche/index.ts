export { GeFiche } from './ge-fiche.ts';
