export { type FocusRequest, GeForm } from './ge-form.ts';
