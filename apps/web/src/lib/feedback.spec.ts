import { feedbackOutcome, feedbackRedirect, outcomeOfReason } from './feedback';

test('the redirect goes back to the page path with the outcome and the feedback fragment', () => {
  expect(feedbackRedirect('/de/asthma?feedback=failed#x', 'thanks')).toBe('/de/asthma?feedback=thanks#feedback');
});

test('only known outcomes are read from the address', () => {
  expect(feedbackOutcome('/de/asthma?feedback=limited')).toBe('limited');
  expect(feedbackOutcome('/de/asthma?feedback=<script>')).toBeNull();
  expect(feedbackOutcome('/de/asthma')).toBeNull();
});

test("the API's refusals become outcomes the page can phrase", () => {
  expect(outcomeOfReason(undefined, false)).toBe('thanks');
  expect(outcomeOfReason('FEEDBACK_LIMITED', true)).toBe('limited');
  expect(outcomeOfReason('FEEDBACK_COMMENT_TOO_LONG', true)).toBe('tooLong');
  expect(outcomeOfReason('FEEDBACK_DOCUMENT_NOT_FOUND', true)).toBe('failed');
});
