import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../kernel/graphql/connection';
import { MaxChars } from '../../kernel/limits';

@InputType('SubmitFeedbackInput', { description: 'A reader’s answer to "Was this page helpful?" on a published page' })
export class SubmitFeedbackInput {
  @Field(() => ID, { description: 'The published document' })
  @MaxChars('idChars')
  documentId: string;
  @Field({ description: 'The language of the page the reader read' })
  @MaxChars('idChars')
  locale: string;
  @Field() helpful: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'At most 1000 characters once trimmed; e-mail addresses and phone numbers in it are replaced by "[…]"',
  })
  @MaxChars('shortTextChars')
  comment?: string | null;
}

@ObjectType('FeedbackSummary', { description: 'Reader feedback on one document in one language (counts of answers)' })
export class FeedbackSummaryType {
  @Field(() => ID) documentId: string;
  @Field() locale: string;
  @Field(() => String, { nullable: true, description: 'The published title; null once the page is no longer published' })
  title: string | null;
  @Field(() => String, { nullable: true }) slug: string | null;
  @Field(() => Int) helpful: number;
  @Field(() => Int) notHelpful: number;
  @Field(() => Int, { description: 'Helpful in the last 28 days (UTC), today included' }) recentHelpful: number;
  @Field(() => Int) recentNotHelpful: number;
  @Field(() => Int, { description: 'Helpful in the 28 days before those' }) earlierHelpful: number;
  @Field(() => Int) earlierNotHelpful: number;
  @Field(() => Int, { description: 'Comments not yet marked handled' }) openComments: number;
  @Field({ description: 'The last day an answer came (ISO date, UTC)' }) lastDay: string;
}

@ObjectType('FeedbackComment', { description: 'A reader’s comment; nothing about the reader is kept' })
export class FeedbackCommentType {
  @Field(() => ID) id: string;
  @Field(() => ID) documentId: string;
  @Field() locale: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field() helpful: boolean;
  @Field() comment: string;
  @Field({ description: 'The day it was sent (ISO date, UTC): the only time kept' }) day: string;
  @Field() handled: boolean;
}

@ObjectType('FeedbackCommentEdge')
export class FeedbackCommentEdge {
  @Field() cursor: string;
  @Field(() => FeedbackCommentType) node: FeedbackCommentType;
}

@ObjectType('FeedbackCommentConnection', { description: 'A page of readers’ comments, newest first' })
export class FeedbackCommentConnection {
  @Field(() => [FeedbackCommentEdge]) edges: FeedbackCommentEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
