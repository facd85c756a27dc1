import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../content';

@ObjectType('SnippetPart', { description: 'A piece of a search snippet: plain text (never markup), marked when it is a hit' })
export class SnippetPartType {
  @Field() text: string;
  @Field() hit: boolean;
}

@ObjectType('SearchHit', { description: 'A published document that matches a search' })
export class SearchHitType {
  @Field(() => ID) documentId: string;
  @Field({ description: 'The locale of the matching version (a fallback locale when `fallback` is true)' }) locale: string;
  @Field({ description: 'ltr or rtl' }) dir: string;
  @Field() fallback: boolean;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Float) rank: number;
  @Field(() => [SnippetPartType]) snippet: SnippetPartType[];
}

@ObjectType('SearchEdge')
export class SearchEdgeType {
  @Field() cursor: string;
  @Field(() => SearchHitType) node: SearchHitType;
}

@ObjectType('SearchConnection')
export class SearchConnectionType {
  @Field(() => [SearchEdgeType]) edges: SearchEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}
