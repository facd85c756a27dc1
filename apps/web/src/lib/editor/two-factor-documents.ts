import { graphql } from '@careleaf/schema/web';

/** Typed documents of two-factor sign-in (run `npm run codegen` after changing one). */

export const EditorCompleteSignInMutation = graphql(`
  mutation EditorCompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      csrfToken
      user {
        id
      }
    }
  }
`);

export const TwoFactorStatusQuery = graphql(`
  query EditorTwoFactorStatus {
    twoFactorStatus {
      enabled
      enrolmentRequired
      recoveryCodesLeft
    }
  }
`);

export const StartTwoFactorMutation = graphql(`
  mutation EditorStartTwoFactor {
    startTwoFactorEnrolment {
      uri
      secretGroups
      expiresAt
    }
  }
`);

export const ConfirmTwoFactorMutation = graphql(`
  mutation EditorConfirmTwoFactor($input: ConfirmTwoFactorInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      recoveryCodes
    }
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation EditorDisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      disabled
    }
  }
`);
