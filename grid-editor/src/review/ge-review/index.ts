export { GeReview } from './ge-review.ts';
