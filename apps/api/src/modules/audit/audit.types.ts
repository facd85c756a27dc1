import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../../kernel/graphql/connection';
import { MaxChars } from '../../kernel/limits';

@ObjectType('AuditEntry', { description: 'One entry of the audit log: who did what, to which object, and what changed' })
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'The acting user; null for operator tooling and sign-in attempts' }) actorUserId:
    string | null;
  @Field({ description: 'How the actor is named: an e-mail address, or e.g. "cli:ops"' }) actorLabel: string;
  @Field({ description: 'What was done, e.g. "workflow.publish" or "membership.update"' }) action: string;
  @Field({ description: 'The kind of object, e.g. "document", "user", "tenant"' }) objectType: string;
  @Field({ description: "The object's id" }) objectId: string;
  @Field(() => GraphQLJSON, { description: 'What changed (before/after, or details of the action)' }) diff: Record<string, unknown>;
  @Field() createdAt: Date;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field() cursor: string;
  @Field(() => AuditEntryType) node: AuditEntryType;
}

@ObjectType('AuditEntryConnection', { description: "A page of the tenant's audit log, newest first" })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType('AuditLogFilter', { description: 'Narrows the audit log; the fields combine (AND)' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: 'A user id, or an actor label such as an e-mail address (any case)' })
  @MaxChars('shortTextChars')
  actor?: string | null;
  @Field(() => String, { nullable: true, description: 'An action exactly, e.g. "workflow.publish"' })
  @MaxChars('nameChars')
  action?: string | null;
  @Field(() => String, { nullable: true, description: 'The kind of object, e.g. "document"' })
  @MaxChars('nameChars')
  objectType?: string | null;
  @Field(() => String, { nullable: true, description: "The object's id" })
  @MaxChars('idChars')
  objectId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Entries written at or after this time' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Entries written before this time' }) to?: Date | null;
}
