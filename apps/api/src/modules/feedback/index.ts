/**
 * The reader feedback module's public face: "Was this page helpful?" on
 * published pages, stored without anything about the reader, and the
 * editors' summary and comments.
 */
import 'reflect-metadata';
export { FeedbackService, DEFAULT_FEEDBACK_OPTIONS, type FeedbackOptions } from './feedback.service';
export { FeedbackResolver } from './feedback.resolver';
export type { FeedbackDeps } from './deps';
