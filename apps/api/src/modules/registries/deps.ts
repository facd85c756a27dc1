import type { RegistryService } from './registry.service';

/** What the registries module's resolvers need; the composition root (server/services.ts) provides it. */
export interface RegistriesDeps {
  registries: RegistryService;
}
