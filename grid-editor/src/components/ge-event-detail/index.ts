export { GeEventDetail } from './ge-event-detail.ts';
