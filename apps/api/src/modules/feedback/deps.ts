import type { FeedbackService } from './feedback.service';

/** What the feedback module's resolvers need; the composition root (server/services.ts) provides it. */
export interface FeedbackDeps {
  feedback: FeedbackService;
}
