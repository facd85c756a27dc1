import { Field, ObjectType } from 'type-graphql';

/** Relay page information, shared by every connection. */
@ObjectType('PageInfo', { description: 'Where a page of a connection ends and whether more follow' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' }) endCursor: string | null;
}
