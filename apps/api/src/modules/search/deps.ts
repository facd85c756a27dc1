import type { SearchService } from './search.service';

/** What the search module's resolvers need; the composition root (server/services.ts) provides it. */
export interface SearchDeps {
  search: SearchService;
}
