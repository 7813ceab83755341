export * from './ge-live-column.ts';
