import { graphql } from '@careleaf/schema/web';

/** Typed documents of the editor's own account pages (run `npm run codegen` after changing one). */

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      signInPrefix
      current
      device {
        browser
        os
        kind
      }
    }
  }
`);

export const SignOutSessionMutation = graphql(`
  mutation SignOutSession($id: ID!) {
    signOutSession(id: $id) {
      session {
        id
        current
      }
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere($keepCurrent: Boolean!) {
    signOutEverywhere(keepCurrent: $keepCurrent) {
      signedOutCount
      signedOutHere
    }
  }
`);
