import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type ResolverData } from 'type-graphql';
import { AuditResolver } from '../../modules/audit';
import { FeedbackResolver } from '../../modules/feedback';
import { AuthResolver, MemberResolver, MeResolver, SsoResolver, TenantSummaryResolver, TwoFactorResolver } from '../../modules/identity';
import { DocumentResolver, EditorToolsResolver, PreviewResolver, PublicContentResolver, WorkflowResolver } from '../../modules/content';
import { LocalizationResolver } from '../../modules/localization';
import { MediaResolver } from '../../modules/media';
import { CitationResolver, GlossaryResolver } from '../../modules/references';
import {
  PublishedRegistryListsResolver,
  RegionNameResolver,
  RegistryEditorResolver,
  RegistryPublicResolver,
} from '../../modules/registries';
import { SearchResolver } from '../../modules/search';
import { NotificationResolver } from '../../modules/notifications';
import { TenantResolver } from '../../modules/tenancy';
import { WebhookResolver } from '../../modules/webhooks';
import { PolicyAuthChecker } from '../../kernel/policy';
import type { Services } from '../services';

export const resolvers = [
  TenantResolver,
  AuthResolver,
  MeResolver,
  TenantSummaryResolver,
  MemberResolver,
  TwoFactorResolver,
  SsoResolver,
  DocumentResolver,
  WorkflowResolver,
  PublicContentResolver,
  EditorToolsResolver,
  PreviewResolver,
  CitationResolver,
  GlossaryResolver,
  MediaResolver,
  RegistryPublicResolver,
  PublishedRegistryListsResolver,
  RegionNameResolver,
  RegistryEditorResolver,
  LocalizationResolver,
  SearchResolver,
  AuditResolver,
  NotificationResolver,
  WebhookResolver,
  FeedbackResolver,
] as const;

/** Resolvers and the auth checker are built once, with the process's services. */
class ServiceContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();
  constructor(private readonly services: Services | null) {}

  get(someClass: new (services: Services | null) => unknown, _data: ResolverData): unknown {
    let instance = this.instances.get(someClass);
    if (!instance) {
      instance = new someClass(this.services);
      this.instances.set(someClass, instance);
    }
    return instance;
  }
}

export function buildGraphQLSchema(services: Services | null): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker: PolicyAuthChecker,
    container: new ServiceContainer(services),
    // Rules live in the services (shared with the CLI); class-validator runs only where inputs declare constraints.
    validate: { forbidUnknownValues: false },
  });
}

/** The committed contract: sorted, so the file changes only when the API does. */
export async function printContract(): Promise<string> {
  const schema = await buildGraphQLSchema(null);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
