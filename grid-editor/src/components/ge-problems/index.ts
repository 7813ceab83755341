export { GeProblems } from './ge-problems.ts';
