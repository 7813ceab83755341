export { GeApp } from './ge-app.ts';
