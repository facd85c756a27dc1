import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Operation names are identifiers; anything longer is not a real client. */
export const MAX_OPERATION_NAME_BYTES = 256;

function textOf(source: unknown, name: string): string | null {
  if (!source || typeof source !== 'object') return null;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

function tooLarge(res: Response, field: 'query' | 'operationName', limit: number): void {
  const what = field === 'query' ? 'GraphQL query' : 'operation name';
  res.status(413).json({
    errors: [
      {
        message: `The ${what} is larger than the limit of ${limit} bytes. Send a shorter ${what} (comments count too).`,
        extensions: { code: 'QUERY_TOO_LARGE', reason: 'QUERY_TOO_LARGE', field, limit },
      },
    ],
  });
}

/**
 * Query text is parsed, hashed and kept in caches, so its size is bounded far
 * below the body limit (which must stay large for document content sent as
 * variables). Checked before the public cache and Apollo see the request, so
 * an oversized query costs one body parse and nothing that outlives the request.
 */
export function queryLimit(maxQueryBytes: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const source: unknown = req.method === 'GET' ? req.query : req.body;
    const query = textOf(source, 'query');
    if (query !== null && Buffer.byteLength(query, 'utf8') > maxQueryBytes) return tooLarge(res, 'query', maxQueryBytes);
    const operationName = textOf(source, 'operationName');
    if (operationName !== null && Buffer.byteLength(operationName, 'utf8') > MAX_OPERATION_NAME_BYTES)
      return tooLarge(res, 'operationName', MAX_OPERATION_NAME_BYTES);
    next();
  };
}
