export { GeQuestionTime } from './ge-question-time.ts';
