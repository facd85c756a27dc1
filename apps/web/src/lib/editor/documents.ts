import { graphql } from '@careleaf/schema/web';

/** Typed documents of the editor (run `npm run codegen` after changing one). */

export const EditorMeQuery = graphql(`
  query EditorMe {
    me {
      csrfToken
      user {
        id
        displayName
        email
      }
      membership {
        role
        locales
      }
      # The actions the editor's screens show or hide controls for (lib/editor/admin/access.ts).
      can(
        actions: [
          "tenant.settings"
          "tenant.configureSso"
          "member.manage"
          "registry.edit"
          "audit.read"
          "webhook.manage"
          "feedback.read"
        ]
      ) {
        action
        allowed
      }
      memberships {
        role
        tenant {
          slug
          name
          host
          defaultLocale
          locales
        }
      }
    }
  }
`);

export const EditorSignInMutation = graphql(`
  mutation EditorSignIn($input: SignInInput!) {
    signIn(input: $input) {
      csrfToken
      user {
        id
      }
      secondFactor {
        token
      }
      twoFactorEnrolmentRequired
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      hasAccount
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        email
      }
    }
  }
`);

export const PasswordResetLinkOpenQuery = graphql(`
  query PasswordResetLinkOpen($token: String!) {
    passwordResetLinkOpen(token: $token)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      email
    }
  }
`);

export const EditorSignOutMutation = graphql(`
  mutation EditorSignOut {
    signOut {
      __typename
    }
  }
`);

export const EditorDocumentsQuery = graphql(`
  query EditorDocuments($filter: DocumentFilter!, $first: Int!) {
    documents(filter: $filter, first: $first) {
      edges {
        node {
          documentId
          slug
          title
          status
          updatedAt
        }
      }
    }
  }
`);

export const EditorDocumentLocalesQuery = graphql(`
  query EditorDocumentLocales($id: ID!) {
    document(id: $id) {
      sourceLocale
      locales {
        locale
      }
    }
  }
`);

/** What the unpublish confirmation names: the language's title and whether a version of it is public now. */
export const EditorUnpublishTargetQuery = graphql(`
  query EditorUnpublishTarget($id: ID!) {
    document(id: $id) {
      id
      locales {
        locale
        title
        publishedRevisionId
      }
    }
  }
`);

export const EditorDocumentQuery = graphql(`
  query EditorDocument($id: ID!, $locale: String!, $uiLocale: String!) {
    document(id: $id) {
      id
      sourceLocale
      reviewOverdue
      locales {
        locale
        slug
        title
        status
        version
        headRevisionId
        publishedRevisionId
        publishAt
        unpublishAt
      }
    }
    revisions(documentId: $id, locale: $locale) {
      id
      number
      authorLabel
      createdAt
      message
      content
      restoredFrom
    }
    contentChecks(documentId: $id, locale: $locale, uiLocale: $uiLocale) {
      findings {
        blockId
        checkId
        message
        path
        severity
      }
      unmetRequirements {
        requirement
        field
      }
    }
  }
`);

export const EditorRevisionDiffQuery = graphql(`
  query EditorRevisionDiff($from: ID!, $to: ID!) {
    revisionDiff(from: $from, to: $to) {
      title {
        value
        added
        removed
      }
      summary {
        value
        added
        removed
      }
      blocks {
        blockId
        change
        words {
          value
          added
          removed
        }
      }
    }
  }
`);

export const EditorSaveMutation = graphql(`
  mutation EditorSave($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      documentLocale {
        version
      }
    }
  }
`);

export const EditorRestoreMutation = graphql(`
  mutation EditorRestore($input: RestoreRevisionInput!) {
    restoreRevision(input: $input) {
      documentLocale {
        version
      }
    }
  }
`);

export const EditorImportMutation = graphql(`
  mutation EditorImport($input: ImportDocumentInput!) {
    importDocument(input: $input) {
      document {
        id
      }
      report {
        code
        element
        reason
        line
        blockId
        text
      }
    }
  }
`);

export const EditorSubmitMutation = graphql(`
  mutation EditorSubmit($input: WorkflowInput!) {
    submitForReview(input: $input) {
      documentLocale {
        status
      }
    }
  }
`);

export const EditorApproveMutation = graphql(`
  mutation EditorApprove($input: ReviewInput!) {
    approveTranslation(input: $input) {
      documentLocale {
        status
      }
    }
  }
`);

export const EditorSendBackMutation = graphql(`
  mutation EditorSendBack($input: ReviewInput!) {
    sendBackTranslation(input: $input) {
      documentLocale {
        status
      }
    }
  }
`);

export const EditorPublishMutation = graphql(`
  mutation EditorPublish($input: PublishInput!) {
    publishTranslation(input: $input) {
      documentLocale {
        status
      }
    }
  }
`);
