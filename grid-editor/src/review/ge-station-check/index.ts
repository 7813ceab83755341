export { GeStationCheck } from './ge-station-check.ts';
