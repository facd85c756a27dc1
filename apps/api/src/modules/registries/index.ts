/**
 * The registries module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { RegistryEditorResolver } from './registry.editor.resolver';
export { RegistryEntryRow, RegistryEntryTextRow } from './registry.entity';
export { type ImportReport } from './registry.import';
export { type RegistryEntrySpec } from './registry.model';
export { PublishedRegistryListsResolver, RegionNameResolver, RegistryPublicResolver } from './registry.public.resolver';
export { RegistryService } from './registry.service';
