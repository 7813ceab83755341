export { type ActivityItem, GeActivityBar } from './ge-activity-bar.ts';
