import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Block } from '@careleaf/schema';
import { BlockLocaleType, FallbackKindEnum } from './fallback.types';

export enum DocumentKindEnum {
  ARTICLE = 'article',
  FAQ = 'faq',
  LANDING = 'landing',
  GLOSSARY = 'glossary',
}
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });

export enum WorkflowStatusEnum {
  DRAFT = 'draft',
  IN_REVIEW = 'in_review',
  APPROVED = 'approved',
  PUBLISHED = 'published',
  UNPUBLISHED = 'unpublished',
  ARCHIVED = 'archived',
}
registerEnumType(WorkflowStatusEnum, { name: 'WorkflowStatus', description: 'Where a document locale stands in the editorial workflow' });

export enum DocumentOrder {
  UPDATED_DESC = 'UPDATED_DESC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(DocumentOrder, { name: 'DocumentOrder' });

export enum BlockChangeKindEnum {
  ADDED = 'added',
  REMOVED = 'removed',
  CHANGED = 'changed',
  MOVED = 'moved',
  UNCHANGED = 'unchanged',
}
registerEnumType(BlockChangeKindEnum, { name: 'BlockChangeKind' });

@ObjectType('Contributor')
export class PersonType {
  @Field() name: string;
  @Field(() => String, { nullable: true }) qualification?: string;
}

@ObjectType('Reviewer')
export class ReviewerType {
  @Field() name: string;
  @Field({ description: 'internal, externalExpert or userTest' }) role: string;
  @Field(() => String, { nullable: true }) qualification?: string;
}

@ObjectType('QualityMetadata', { description: 'Who stands behind a document and when it was last checked' })
export class QualityType {
  @Field(() => String, { nullable: true }) publisher?: string;
  @Field(() => [PersonType], { nullable: true }) authors?: PersonType[];
  @Field(() => [ReviewerType], { nullable: true }) reviewers?: ReviewerType[];
  @Field(() => String, { nullable: true, description: 'ISO date' }) lastReviewed?: string;
  @Field(() => String, { nullable: true, description: 'ISO date' }) nextReviewDue?: string;
  @Field(() => String, { nullable: true, description: 'scheduled, newEvidence or safetyAlert' }) reviewTrigger?: string;
  @Field(() => String, { nullable: true }) conflictsOfInterest?: string;
  @Field(() => String, { nullable: true }) funding?: string;
  @Field(() => String, { nullable: true }) evidenceNotes?: string;
}

@ObjectType('Revision', { description: 'One immutable save of a document locale' })
export class RevisionType {
  @Field(() => ID) id: string;
  @Field(() => ID) documentId: string;
  @Field() locale: string;
  @Field(() => Int) number: number;
  @Field() authorLabel: string;
  @Field() message: string;
  @Field(() => GraphQLJSON, { description: 'DocumentContent: { title, summary, blocks } (see packages/schema)' }) content: unknown;
  @Field(() => ID, { nullable: true }) restoredFrom: string | null;
  @Field() createdAt: Date;
}

@ObjectType('DocumentLocale', { description: 'One language version of a document and its workflow state' })
export class DocumentLocaleType {
  @Field(() => ID) documentId: string;
  @Field() locale: string;
  @Field() slug: string;
  @Field() title: string;
  @Field(() => WorkflowStatusEnum) status: WorkflowStatusEnum;
  @Field(() => Int, { description: 'Number of the newest revision; pass it as baseVersion when saving' }) version: number;
  @Field(() => ID, { nullable: true }) headRevisionId: string | null;
  @Field(() => ID, { nullable: true }) publishedRevisionId: string | null;
  @Field(() => ID, { nullable: true }) approvedRevisionId: string | null;
  @Field(() => Date, { nullable: true }) publishAt: Date | null;
  @Field(() => Date, { nullable: true }) unpublishAt: Date | null;
  @Field() updatedAt: Date;
}

@ObjectType('Document')
export class DocumentType {
  @Field(() => ID) id: string;
  @Field(() => DocumentKindEnum) kind: DocumentKindEnum;
  @Field() sourceLocale: string;
  @Field(() => [String]) topics: string[];
  @Field(() => QualityType) quality: QualityType;
  @Field(() => Date, { nullable: true }) firstPublishedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('DocumentListItem')
export class DocumentListItemType {
  @Field(() => ID) documentId: string;
  @Field() locale: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => DocumentKindEnum) kind: DocumentKindEnum;
  @Field(() => [String]) topics: string[];
  @Field(() => WorkflowStatusEnum) status: WorkflowStatusEnum;
  @Field() updatedAt: Date;
  @Field(() => String, { nullable: true }) nextReviewDue: string | null;
}

@ObjectType('DocumentEdge')
export class DocumentEdgeType {
  @Field() cursor: string;
  @Field(() => DocumentListItemType) node: DocumentListItemType;
}

// One PageInfo type for every connection in the schema.
export { PageInfo as PageInfoType } from '../../kernel/graphql/page-info';
import { PageInfo as PageInfoType } from '../../kernel/graphql/page-info';

@ObjectType('DocumentConnection')
export class DocumentConnectionType {
  @Field(() => [DocumentEdgeType]) edges: DocumentEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}

@ObjectType('Link')
export class LinkType {
  @Field() label: string;
  @Field() href: string;
}

@ObjectType('Reference', { description: 'A source, numbered in the order readers meet it' })
export class ReferenceType {
  @Field(() => Int) number: number;
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => [LinkType]) links: LinkType[];
}

@ObjectType('GlossaryTermUse', { description: 'A glossary term used in a document, with its definition' })
export class GlossaryTermUseType {
  @Field(() => ID) id: string;
  @Field() term: string;
  @Field() definition: string;
  @Field({ description: 'The locale the definition is in (may be a fallback)' }) locale: string;
}

@ObjectType('MediaUse')
export class MediaUseType {
  @Field(() => ID) id: string;
  @Field({ description: 'The original file: the fallback of every srcset' }) url: string;
  @Field(() => Int, { nullable: true }) width: number | null;
  @Field(() => Int, { nullable: true }) height: number | null;
  @Field(() => [ImageSourceType], {
    description: 'Resized copies (AVIF and WebP, smallest first per format) for srcset; empty until they are made, or for a GIF',
  })
  sources: ImageSourceType[];
}

@ObjectType('ImageSource', { description: 'A resized copy of an image; its URL never changes content (cached for a year)' })
export class ImageSourceType {
  @Field() url: string;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
  @Field({ description: 'image/avif or image/webp' }) mimeType: string;
}

@ObjectType('PublishedQuality')
export class PublishedQualityType extends QualityType {
  @Field() declare publisher: string;
  @Field() firstPublished: string;
  @Field() lastUpdated: string;
}

@ObjectType('Alternate', { description: 'The same document published in another language' })
export class AlternateType {
  @Field() locale: string;
  @Field() slug: string;
}

@ObjectType('PublishedDocument', { description: 'What a reader sees: the published version for their language and region' })
export class PublishedDocumentType {
  @Field(() => ID) id: string;
  @Field(() => DocumentKindEnum) kind: DocumentKindEnum;
  @Field({ description: 'The locale of the title and summary (the first of the fallback chain that is published)' }) locale: string;
  @Field({ description: 'The locale the reader asked for' }) requestedLocale: string;
  @Field(() => FallbackKindEnum, { description: 'Whether (parts of) the document are shown in a fallback locale' })
  fallback: FallbackKindEnum;
  @Field(() => [BlockLocaleType], { description: 'For every block (nested ones too): the locale it came from, for lang and dir' })
  blockLocales: BlockLocaleType[];
  @Field({ description: 'ltr or rtl' }) dir: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => [String]) topics: string[];
  @Field(() => String, { nullable: true, description: 'The region the region blocks were resolved for' }) region: string | null;
  @Field(() => GraphQLJSON, { description: 'Blocks (packages/schema) with region blocks already resolved' }) blocks: Block[];
  @Field(() => [ReferenceType]) references: ReferenceType[];
  @Field(() => [GlossaryTermUseType]) glossary: GlossaryTermUseType[];
  @Field(() => [MediaUseType]) media: MediaUseType[];
  @Field(() => PublishedQualityType) quality: PublishedQualityType;
  @Field(() => [AlternateType]) alternates: AlternateType[];
  @Field(() => ID) revisionId: string;
  @Field() publishedAt: string;
}

@ObjectType('WordChange')
export class WordChangeType {
  @Field() value: string;
  @Field() added: boolean;
  @Field() removed: boolean;
}

@ObjectType('BlockChange')
export class BlockChangeType {
  @Field() blockId: string;
  @Field(() => BlockChangeKindEnum) change: BlockChangeKindEnum;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
  @Field(() => [WordChangeType]) words: WordChangeType[];
}

@ObjectType('RevisionDiff')
export class RevisionDiffType {
  @Field(() => [WordChangeType], { nullable: true }) title: WordChangeType[] | null;
  @Field(() => [WordChangeType], { nullable: true }) summary: WordChangeType[] | null;
  @Field(() => [BlockChangeType]) blocks: BlockChangeType[];
}

@ObjectType('WorkflowEvent')
export class WorkflowEventType {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field(() => WorkflowStatusEnum) fromStatus: WorkflowStatusEnum;
  @Field(() => WorkflowStatusEnum) toStatus: WorkflowStatusEnum;
  @Field() actorLabel: string;
  @Field() comment: string;
  @Field() createdAt: Date;
}
