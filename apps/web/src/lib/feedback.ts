import { graphql } from '@careleaf/schema/web';

/** Typed documents of reader feedback (run `npm run codegen` after changing one). */
export const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input)
  }
`);

/** The longest comment the API keeps (LIMITS.feedbackCommentChars), for the field's maxlength and its hint. */
export const FEEDBACK_COMMENT_MAX = 1000;

/** The id of the feedback section: the redirect's fragment, so the browser scrolls to (and focuses) the outcome. */
export const FEEDBACK_ANCHOR = 'feedback';

/** What the page says after the form's redirect (`?feedback=<outcome>`). */
export const FEEDBACK_OUTCOMES = ['thanks', 'limited', 'tooLong', 'choose', 'failed'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export function feedbackOutcome(currentUrl: string): FeedbackOutcome | null {
  const value = new URLSearchParams(currentUrl.split('?')[1] ?? '').get('feedback');
  return FEEDBACK_OUTCOMES.find((o) => o === value) ?? null;
}

/** The page again (its path only: a document page has no query of its own), with the outcome and the fragment. */
export function feedbackRedirect(pagePath: string, outcome: FeedbackOutcome): string {
  return `${pagePath.split(/[?#]/)[0]}?feedback=${outcome}#${FEEDBACK_ANCHOR}`;
}

/** The outcome for the API's first error reason (none: thanks). */
export function outcomeOfReason(reason: string | undefined, anyError: boolean): FeedbackOutcome {
  if (!anyError) return 'thanks';
  if (reason === 'FEEDBACK_LIMITED') return 'limited';
  if (reason === 'FEEDBACK_COMMENT_TOO_LONG') return 'tooLong';
  return 'failed';
}
