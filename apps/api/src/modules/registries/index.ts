/**
 * The registries module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
export { RegistryEditorResolver } from './registry.editor.resolver';
export { RegistryEntryRow, RegistryEntryTextRow } from './registry.entity';
export { type ImportReport } from './registry.import';
export { type RegistryEntrySpec } from './registry.model';
export { PublishedRegistryListsResolver, RegionNameResolver, RegistryPublicResolver } from './registry.public.resolver';
export { RegistryService } from './registry.service';
