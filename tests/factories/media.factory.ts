import type { Services } from '../../apps/api/src/server/services';
import type { MediaView } from '../../apps/api/src/modules/media/media.service';
import { pngBytes } from '../support/images';
import { testActor } from './tenant.factory';

/**
 * An uploaded image through the media service (bytes checked and stored as
 * in a real upload), by default a small PNG.
 */
export async function createMedia(
  services: Services,
  tenantId: string,
  opts: { bytes?: Buffer; fileName?: string; decorative?: boolean; alt?: { locale: string; alt: string; caption?: string } } = {},
): Promise<MediaView> {
  return services.db.withTenant(tenantId, (tx) =>
    services.media.upload(tx, testActor, {
      bytes: opts.bytes ?? pngBytes(),
      fileName: opts.fileName ?? 'test-image.png',
      decorative: opts.decorative,
      text: opts.alt ?? null,
    }),
  );
}
