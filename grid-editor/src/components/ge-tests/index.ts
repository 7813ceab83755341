export { elapsed, GeTests } from './ge-tests.ts';
