export { GeReviewQuestion } from './ge-review-question.ts';
