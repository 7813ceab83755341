export { GeReviewTimeline } from './ge-review-timeline.ts';
