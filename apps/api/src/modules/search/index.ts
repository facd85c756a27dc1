/**
 * The search module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
export { SearchResolver } from './search.resolver';
export { SearchService } from './search.service';
