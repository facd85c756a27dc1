import type { Database } from '../../kernel/db/database';
import type { MediaService } from './media.service';

/** What the media module's resolvers and routes need; the composition root (server/services.ts) provides it. */
export interface MediaDeps {
  db: Database;
  media: MediaService;
}
