export { GeHzMarksChart, type MarksGroup } from './ge-hz-marks-chart.ts';
