import { graphql } from '@careleaf/schema/web';

/** Typed documents of the translation workspace (run `npm run codegen` after changing one). */

export const EditorTranslationViewQuery = graphql(`
  query EditorTranslationView($documentId: ID!, $locale: String!) {
    translationView(documentId: $documentId, locale: $locale) {
      documentId
      sourceLocale
      locale
      targetVersion
      state
      title {
        source
        target
      }
      summary {
        source
        target
      }
      progress {
        total
        missing
        outdated
        draft
        needsReview
        approved
      }
      blocks {
        blockId
        type
        depth
        parentId
        translatable
        status
        source
        target
        sourceText
        targetText
        sourceChange {
          value
          added
          removed
        }
        suggestions {
          match
          sourceText
          targetText
          targetBlock
        }
        terminology {
          kind
          term
          expected
          message
        }
      }
    }
  }
`);

export const EditorSaveTranslatedBlocksMutation = graphql(`
  mutation EditorSaveTranslatedBlocks($input: SaveTranslatedBlocksInput!) {
    saveTranslatedBlocks(input: $input) {
      documentLocale {
        version
      }
    }
  }
`);

export const EditorConfirmBlocksMutation = graphql(`
  mutation EditorConfirmBlocks($input: ConfirmTranslatedBlocksInput!) {
    confirmTranslatedBlocks(input: $input) {
      view {
        targetVersion
      }
    }
  }
`);

export const EditorTranslationProgressQuery = graphql(`
  query EditorTranslationProgress($filter: TranslationProgressFilter, $first: Int!, $after: String) {
    translationProgress(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          documentId
          title
          sourceLocale
          locale
          state
          workflowStatus
          total
          missing
          outdated
          draft
          needsReview
          approved
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EditorXliffExportQuery = graphql(`
  query EditorXliffExport($input: XliffExportInput!) {
    xliffExport(input: $input) {
      filename
      xml
      documents
      units
    }
  }
`);

export const EditorImportXliffMutation = graphql(`
  mutation EditorImportXliff($input: ImportXliffInput!) {
    importXliff(input: $input) {
      accepted
      version
      documents {
        documentId
        imported
        revisionId
      }
      units {
        documentId
        unitId
        result
      }
      problems {
        code
        message
        documentId
        unitId
        segmentId
      }
    }
  }
`);
