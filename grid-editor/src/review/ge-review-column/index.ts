export { GeReviewColumn } from './ge-review-column.ts';
