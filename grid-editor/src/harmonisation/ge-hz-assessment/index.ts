export { GeHzAssessment } from './ge-hz-assessment.ts';
