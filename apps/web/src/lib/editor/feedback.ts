import { graphql } from '@careleaf/schema/web';

/** Typed documents of the dashboard's reader feedback (run `npm run codegen` after changing one). */

export const EditorFeedbackQuery = graphql(`
  query EditorFeedback($after: String) {
    feedbackSummary {
      documentId
      locale
      title
      helpful
      notHelpful
      recentHelpful
      recentNotHelpful
      earlierHelpful
      earlierNotHelpful
      openComments
    }
    feedbackComments(first: 20, after: $after) {
      edges {
        node {
          id
          documentId
          locale
          title
          helpful
          comment
          day
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkFeedbackHandledMutation = graphql(`
  mutation MarkFeedbackHandled($id: ID!) {
    markFeedbackHandled(id: $id) {
      id
      handled
    }
  }
`);
