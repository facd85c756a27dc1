/**
 * The media module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { createMediaStorage, loadMediaConfig, type MediaConfig } from './media.config';
export { MediaRow, MediaTextRow } from './media.entity';
export { MediaResolver } from './media.resolver';
export { createMediaRouter, type AuthorizeRequest } from './media.routes';
export { MediaService, type DerivativeJobs, type ImageSource } from './media.service';
export {
  ensureDerivativesQueue,
  MediaDerivatives,
  startMediaDerivatives,
  DERIVATIVES_QUEUE,
  type DerivativeJob,
  type DerivativeOutcome,
} from './derivatives';
export { S3Storage } from './s3-storage';
export { LocalDiskStorage, type MediaStorage } from './storage';
