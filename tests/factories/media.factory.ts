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

/** An uploaded image whose derivatives the job has made (run here directly, as the queue's worker would). */
export async function createDerivedMedia(
  services: Services,
  tenantId: string,
  opts: Parameters<typeof createMedia>[2] = {},
): Promise<MediaView> {
  const image = await createMedia(services, tenantId, { bytes: pngBytes(400, 200), ...opts });
  const outcome = await services.mediaDerivatives.run({ tenantId, mediaId: image.id });
  if (outcome !== 'ready') throw new Error(`the derivatives of a test image were not made: ${outcome}`);
  return image;
}
