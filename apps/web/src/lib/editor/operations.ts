import { graphql } from '@careleaf/schema/web';

/** Typed documents of the block editor, preview, quality form and pickers (run `npm run codegen` after changing one). */

export const EditorGlossaryKeysQuery = graphql(`
  query EditorGlossaryKeys($locale: String!) {
    glossaryTerms(locale: $locale) {
      id
      key
      term
    }
  }
`);

export const EditorMediaQuery = graphql(`
  query EditorMedia {
    mediaItems(first: 100) {
      id
      fileName
      url
      decorative
      texts {
        locale
        alt
      }
    }
  }
`);

export const EditorCitationsQuery = graphql(`
  query EditorCitations($locale: String!) {
    citations(first: 100) {
      edges {
        node {
          id
          formatted(locale: $locale) {
            text
          }
        }
      }
    }
  }
`);

export const EditorCreateCitationMutation = graphql(`
  mutation EditorCreateCitation($input: CreateCitationInput!) {
    createCitation(input: $input) {
      citation {
        id
      }
    }
  }
`);

export const EditorUnpublishMutation = graphql(`
  mutation EditorUnpublish($input: ScheduledWorkflowInput!) {
    unpublishTranslation(input: $input) {
      documentLocale {
        status
      }
    }
  }
`);

export const EditorCancelScheduleMutation = graphql(`
  mutation EditorCancelSchedule($input: CancelScheduleInput!) {
    cancelScheduledChange(input: $input) {
      documentLocale {
        publishAt
      }
    }
  }
`);

export const EditorQualityQuery = graphql(`
  query EditorQuality($id: ID!) {
    document(id: $id) {
      id
      sourceLocale
      quality {
        publisher
        authors {
          name
          qualification
        }
        reviewers {
          name
          role
          qualification
        }
        lastReviewed
        nextReviewDue
        reviewTrigger
        conflictsOfInterest
        funding
        evidenceNotes
      }
    }
  }
`);

export const EditorUpdateQualityMutation = graphql(`
  mutation EditorUpdateQuality($input: UpdateDocumentMetadataInput!) {
    updateDocumentMetadata(input: $input) {
      document {
        id
      }
    }
  }
`);

/** The draft as a reader would see it: the same fields as the patient page (ReaderDocumentFields in lib/queries.ts). */
export const EditorPreviewQuery = graphql(`
  query EditorPreview($id: ID!, $locale: String!, $region: String) {
    draftPreview(documentId: $id, locale: $locale, region: $region) {
      ...ReaderDocumentFields
    }
  }
`);

export const EditorReadabilityTargetsQuery = graphql(`
  query EditorReadabilityTargets {
    tenant {
      readabilityTargets {
        score
        min
        max
        custom
      }
    }
  }
`);
