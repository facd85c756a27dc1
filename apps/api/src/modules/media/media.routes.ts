import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
// Aliased: `authorize` here is the injected session check (AuthorizeRequest).
import { authorize as requirePermission, principalFrom } from '../../kernel/policy';
import type { Membership, SessionUser } from '../../kernel/context';
import type { TenantRef } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import { databaseUnavailable, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../kernel/db/pg-errors';
import type { Logger } from '../../kernel/logger';
import type { MediaDeps } from './deps';
import { isUuid } from '../../kernel/uuids';
import { formatBytes, MediaRefusal } from './inspect';
import type { MediaService } from './media.service';

/** The signed-in person behind a request, as the session check finds them. */
export interface RequestPrincipal {
  user: SessionUser;
  /** Their membership in the request's tenant; null when they have none. */
  membership: Membership | null;
}

/**
 * Finds who sent `req` (for `tenant`), or null when nobody is signed in. The
 * app injects it: the sign-in module's session check in production, a stub in tests.
 * An upload also needs the CSRF token; reading a file (`purpose: 'read'`, an
 * `<img>` that cannot send headers) needs only the session.
 */
export type AuthorizeRequest = (req: Request, tenant: TenantRef, purpose?: 'upload' | 'read') => Promise<RequestPrincipal | null>;

/** Files never change under their URL (a new upload gets a new id), so they can be cached for a year. */
export const FILE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** An image no published document shows yet is for the tenant's members only: no cache may keep it. */
export const PRIVATE_FILE_CACHE_CONTROL = 'private, no-store';

/** The server's host → tenant lookup (server/http/tenant-routing.ts); not-found is an AppError NOT_FOUND. */
export interface TenantOfRequest {
  resolve(req: Request): Promise<{ ref: TenantRef }>;
}

interface MediaRouterDeps {
  services: MediaDeps;
  tenants: TenantOfRequest;
  authorize: AuthorizeRequest;
  logger?: Logger;
}

function sendError(res: Response, status: number, code: string, message: string, field?: string, details?: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { ...details, code, ...(field ? { field } : {}) } }] });
}

/** A database outage is 503 with Retry-After, like every other route's; true when `e` was one. */
function sentUnavailable(res: Response, e: unknown): boolean {
  if (!databaseUnavailable(e)) return false;
  if (!res.headersSent) res.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  sendError(res, 503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE);
  return true;
}

function sendAppError(res: Response, e: AppError): void {
  if (e instanceof MediaRefusal) sendError(res, e.status, e.restCode, e.message, e.field, e.details);
  else sendError(res, e.httpStatus, e.code, e.message, e.field, e.details);
}

interface ParsedUpload {
  bytes: Buffer | null;
  fileName: string | null;
  tooLarge: boolean;
  fields: Record<string, string>;
}

/** Reads one file (field "file") and a few text fields; stops keeping bytes past the limit but drains the rest. */
function readMultipart(req: Request, maxBytes: number): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 10_000, parts: 12 },
      });
    } catch {
      reject(new MediaRefusal(400, 'Send the image as multipart/form-data with the image in the field "file".', 'UPLOAD_MALFORMED'));
      return;
    }
    const out: ParsedUpload = { bytes: null, fileName: null, tooLarge: false, fields: {} };
    bb.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      out.fileName = info.filename ?? null;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        out.tooLarge = true;
      });
      stream.on('end', () => {
        out.bytes = out.tooLarge ? null : Buffer.concat(chunks);
      });
    });
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('close', () => resolve(out));
    bb.on('error', () =>
      reject(new MediaRefusal(400, 'The upload could not be read (malformed multipart body). Try again.', 'UPLOAD_MALFORMED')),
    );
    req.pipe(bb);
  });
}

/** The tenant of the request's host, or null for a host no tenant has. */
async function tenantOf(tenants: TenantOfRequest, req: Request): Promise<TenantRef | null> {
  try {
    return (await tenants.resolve(req)).ref;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

function flag(value: string | undefined, field: string): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new AppError('BAD_USER_INPUT', `${field} must be "true" or "false".`, field, 'BOOLEAN_INVALID');
}

/**
 * `POST /media`: upload an image (multipart, field "file"; optional fields
 * "decorative", "locale", "alt", "caption") for the request's tenant.
 * `GET /media/:tenant/:id/:file`: the stored file, only on the tenant's own
 * hosts; to anyone once a published document shows it, before that only to
 * signed-in members of the tenant. Every other case is the same 404.
 */
export function createMediaRouter({ services, tenants, authorize, logger }: MediaRouterDeps): express.Router {
  const router = express.Router();
  const media: MediaService = services.media;

  router.post('/', async (req, res) => {
    try {
      const tenant = (await tenants.resolve(req)).ref;
      const principal = await authorize(req, tenant, 'upload');
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in to upload images.', undefined, 'SIGN_IN_REQUIRED');
      if (!principal.membership) throw new AppError('FORBIDDEN', 'You are not a member of this organisation.', undefined, 'NOT_A_MEMBER');
      const actor = principalFrom(principal.user, principal.membership);
      requirePermission(actor, 'media.upload');
      const max = media.config.maxBytes;
      const declared = Number(req.get('content-length') ?? 0);
      // Multipart framing adds a little; a body far beyond the limit is refused before it is read.
      if (declared > max + 64 * 1024) {
        res.set('Connection', 'close');
        throw new MediaRefusal(
          413,
          `The upload is ${formatBytes(declared)}; the limit is ${formatBytes(max)}. Make the image smaller and upload it again.`,
          { reason: 'IMAGE_FILE_TOO_LARGE', limit: max },
        );
      }
      if (!req.is('multipart/form-data')) {
        throw new MediaRefusal(400, 'Send the image as multipart/form-data with the image in the field "file".', 'UPLOAD_MALFORMED');
      }
      const upload = await readMultipart(req, max);
      if (upload.tooLarge) {
        throw new MediaRefusal(
          413,
          `The file is larger than the limit of ${formatBytes(max)}. Make the image smaller and upload it again.`,
          { reason: 'IMAGE_FILE_TOO_LARGE', limit: max },
        );
      }
      if (!upload.bytes) throw new MediaRefusal(400, 'No image arrived: put the image in the form field "file".', 'IMAGE_MISSING');
      const { locale, alt, caption } = upload.fields;
      const decorative = flag(upload.fields.decorative, 'decorative');
      const item = await services.db.withTenant(tenant.id, (tx) =>
        media.upload(tx, actor, {
          bytes: upload.bytes!,
          fileName: upload.fileName,
          decorative,
          text: locale ? { locale, alt, caption } : null,
        }),
      );
      // After the commit, so the job finds the image; without it, pages keep showing the original.
      await media
        .requestDerivatives(tenant.id, item.id)
        .catch((err: unknown) => logger?.error({ err }, 'queueing image derivatives failed'));
      res.status(201).json({ mediaItem: item });
    } catch (e) {
      if (e instanceof AppError) return sendAppError(res, e);
      if (sentUnavailable(res, e)) return;
      logger?.error({ err: e }, 'media upload failed');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The upload failed on our side. Please try again later.');
    }
  });

  router.get('/:tenant/:id/:file', async (req: Request<{ tenant: string; id: string; file: string }>, res) => {
    // One answer for "no such tenant, id or name", "another tenant's image" and "not yours to see",
    // kept out of caches: the same address may answer 200 once the image is published.
    const notThere = () => {
      res.set('Cache-Control', 'no-store');
      sendError(res, 404, 'NOT_FOUND', 'There is no image at this address.');
    };
    try {
      const { tenant: slug, id, file } = req.params;
      if (!isUuid(id)) return notThere();
      const tenant = await tenantOf(tenants, req);
      // The host decides whose files are served; the slug in the path must agree with it.
      if (!tenant || tenant.slug !== slug) return notThere();
      const found = await services.db.withTenant(tenant.id, (tx) => media.servable(tx, id, file));
      if (!found) return notThere();
      if (!found.published) {
        const principal = await authorize(req, tenant, 'read');
        if (!principal?.membership) return notThere();
      }
      const etag = `"${found.sha256}"`;
      const headers = {
        'Content-Type': found.mimeType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': found.published ? FILE_CACHE_CONTROL : PRIVATE_FILE_CACHE_CONTROL,
        ETag: etag,
        // An image opened on its own can run nothing and load nothing.
        'Content-Security-Policy': "default-src 'none'; sandbox",
        // A draft image is for the tenant's own pages only.
        'Cross-Origin-Resource-Policy': found.published ? 'cross-origin' : 'same-site',
        'Content-Disposition': `inline; filename="${found.fileName}"`,
      };
      if (req.get('if-none-match') === etag) {
        res.set(headers).status(304).end();
        return;
      }
      const stored = await media.storage.get(found.storageKey);
      if (!stored) {
        logger?.error({ key: found.storageKey }, 'a media file is missing from storage');
        return notThere();
      }
      res.set({ ...headers, 'Content-Length': String(stored.size) });
      // pipeline closes the file when the reader goes away mid-download.
      pipeline(stored.body, res).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ERR_STREAM_PREMATURE_CLOSE') logger?.error({ err, key: found.storageKey }, 'reading a media file failed');
      });
    } catch (e) {
      if (e instanceof AppError) return sendAppError(res, e);
      if (sentUnavailable(res, e)) return;
      logger?.error({ err: e }, 'serving a media file failed');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The image could not be read on our side. Please try again later.');
    }
  });

  return router;
}
