export { GeHzLevelsChart } from './ge-hz-levels-chart.ts';
