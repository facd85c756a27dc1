import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { TenantRouter } from './tenant-routing';
import { regionForHost } from '../../modules/tenancy';

interface Entry {
  /** UTF-8, off the JavaScript heap: sent as is on every hit, and counted by its real size. */
  body: Buffer;
  etag: string;
  generation: number;
}

interface GraphQLParams {
  query: string | null;
  variables: Record<string, unknown>;
  operationName: string | null;
  hash: string | null;
}

/** Cookies that make a request personal (also matches the `__Host-` form); such requests are never cached. */
export const PERSONAL_COOKIES = ['careleaf_session'];

/**
 * True when the request may carry a session, in any spelling: a parsed cookie
 * (the parser the session code reads, which trims names and values) whose name
 * contains a personal name in any case, or a raw Cookie header that mentions
 * one at all. Erring towards "personal" only costs a cache miss.
 */
export function mayCarrySession(req: Request): boolean {
  const raw = req.get('cookie');
  if (!raw) return false;
  const lower = raw.toLowerCase();
  if (PERSONAL_COOKIES.some((name) => lower.includes(name))) return true;
  const parsed = (req.cookies ?? {}) as Record<string, unknown>;
  return Object.keys(parsed).some((key) => PERSONAL_COOKIES.some((name) => key.toLowerCase().includes(name)));
}

// Set by the GraphQL context function when it ran with no session cookie and no principal.
const COMPUTED_ANONYMOUSLY = 'careleafComputedAnonymously';

/** Called from the context function: this response was computed without any session. */
export function markComputedAnonymously(res: Response): void {
  res.locals[COMPUTED_ANONYMOUSLY] = true;
}

function computedAnonymously(res: Response): boolean {
  return res.locals[COMPUTED_ANONYMOUSLY] === true && !res.getHeader('set-cookie');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Root query fields that anyone may call: only operations made of these are cached. */
export function publicQueryFields(schema: GraphQLSchema): Set<string> {
  const fields = schema.getQueryType()?.getFields() ?? {};
  return new Set(
    Object.values(fields)
      .filter((f) => f.extensions?.access === 'public' && f.extensions?.publicCache !== false)
      .map((f) => f.name),
  );
}

/**
 * The variables as one canonical value, or `undefined` when the request must
 * not be answered from the cache. Equal exactly where Apollo treats requests
 * alike, so a hit never answers what Apollo would refuse: in a POST body an
 * absent member, `null` and `{}` are the same request (a JSON-encoded string
 * or a non-object is refused by Apollo); in a GET an absent parameter and
 * `variables={}` are the same (an empty, `null` or repeated parameter is
 * refused by Apollo).
 */
export function canonicalVariables(method: string, raw: unknown): Record<string, unknown> | undefined {
  let value = raw;
  if (method === 'GET') {
    if (value === undefined) return {};
    if (typeof value !== 'string') return undefined;
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  } else if (value === undefined || value === null) {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/**
 * JSON with object members in code-point order at every level, so
 * `{"a":1,"b":2}` and `{"b":2,"a":1}` share a key. Arrays keep their order
 * (it is meaningful). Size is bounded by the request body limit.
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function paramsOf(req: Request): GraphQLParams | null {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object') return null;
  const parseJson = (v: unknown) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  };
  const extensions = parseJson(source.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = typeof extensions?.persistedQuery?.sha256Hash === 'string' ? extensions.persistedQuery.sha256Hash : null;
  const variables = canonicalVariables(req.method, source.variables);
  if (variables === undefined) return null;
  return {
    query: typeof source.query === 'string' ? source.query : null,
    variables,
    operationName: typeof source.operationName === 'string' ? source.operationName : null,
    hash,
  };
}

/**
 * Anonymous reads of published content, answered without executing GraphQL
 * again. Keyed by tenant, operation and variables; an entry remembers the
 * tenant's publication generation it was made in, and a publish (here or, via
 * PostgreSQL NOTIFY, in another process) moves the generation on, so nothing
 * stale is served — entries are never expired by time alone.
 * Also serves persisted queries (sha256 of the query) over GET with ETag/304.
 */
export class PublicResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly generations = new Map<string, number>();
  // Keyed by the sha256 of operation name and query: a verdict costs ~200 bytes whatever the query's size.
  private readonly cacheable = new LRUCache<string, boolean>({ maxSize: 512 * 1024, sizeCalculation: (_v, key) => 2 * key.length + 64 });
  // Query texts by their hash: bounded by the texts' bytes (each at most GRAPHQL_MAX_QUERY_BYTES).
  private readonly persisted: LRUCache<string, string>;
  hits = 0;
  misses = 0;

  constructor(
    private readonly publicFields: Set<string>,
    maxBytes = 64 * 1024 * 1024,
    persistedBytes = 4 * 1024 * 1024,
  ) {
    // Keys are sha256 hex digests (64 characters), so an entry costs its body plus a fixed overhead.
    this.entries = new LRUCache({ maxSize: Math.max(maxBytes, 1), sizeCalculation: (e, key) => e.body.byteLength + 2 * key.length + 128 });
    this.persisted = new LRUCache({ maxSize: Math.max(persistedBytes, 1), sizeCalculation: (q, key) => 2 * (q.length + key.length) + 64 });
  }

  /** Bytes and counts held by each structure, as their bounds count them. */
  sizes(): Record<'entries' | 'cacheable' | 'persisted', { count: number; bytes: number; maxBytes: number }> {
    const of = (c: LRUCache<string, Entry> | LRUCache<string, boolean> | LRUCache<string, string>) => ({
      count: c.size,
      bytes: c.calculatedSize,
      maxBytes: c.maxSize,
    });
    return { entries: of(this.entries), cacheable: of(this.cacheable), persisted: of(this.persisted) };
  }

  /** Remembers a persisted query's text under its hash, if the hash is the text's sha256. */
  rememberPersisted(hash: string, query: string): void {
    if (SHA256_HEX.test(hash) && !this.persisted.has(hash) && sha256(query) === hash) this.persisted.set(hash, query);
  }

  /** Everything cached for the tenant is stale from now on. */
  invalidateTenant(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
  }

  clear(): void {
    this.entries.clear();
  }

  private generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  /** The digest of an operation's name and text: the verdict's key and part of the response's key, hashed once per request. */
  static queryKey(query: string, operationName: string | null): string {
    return sha256(`${operationName ?? ''}\n${query}`);
  }

  /** Parsed once per distinct query text: a query operation made only of public root fields. */
  isCacheable(query: string, operationName: string | null, key = PublicResponseCache.queryKey(query, operationName)): boolean {
    let ok = this.cacheable.get(key);
    if (ok === undefined) {
      ok = false;
      try {
        const doc = parse(query, { maxTokens: 5000 });
        const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
        ok =
          !!op &&
          op.operation === 'query' &&
          doc.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) &&
          op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && this.publicFields.has(s.name.value));
      } catch {
        ok = false;
      }
      this.cacheable.set(key, ok);
    }
    return ok;
  }

  middleware(router: TenantRouter): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'POST') || req.get('authorization')) return next();
      if (mayCarrySession(req)) return next();
      const params = paramsOf(req);
      if (!params) return next();
      let query = params.query;
      if (params.hash) {
        if (query) {
          this.rememberPersisted(params.hash, query);
        } else {
          query = this.persisted.get(params.hash) ?? null;
          // Unknown hash: Apollo answers PERSISTED_QUERY_NOT_FOUND and the client sends the query once.
          if (!query) return next();
          req.body = {
            ...(typeof req.body === 'object' && req.body ? req.body : {}),
            query,
            variables: params.variables,
            operationName: params.operationName,
          };
        }
      }
      if (!query) return next();
      const queryKey = PublicResponseCache.queryKey(query, params.operationName);
      if (!this.isCacheable(query, params.operationName, queryKey)) return next();

      router.resolve(req).then(
        ({ ref, config }) =>
          this.serve(
            req,
            res,
            next,
            // The domain's default region answers reads that name no region, so two domains of one tenant differ.
            // Hashed: the key's size is fixed, whatever the query and variables weigh.
            sha256(`${ref.id}\n${regionForHost(config, req.hostname) ?? ''}\n${queryKey}\n${stableJson(params.variables)}`),
            ref.id,
          ),
        () => next(), // Apollo reports the unknown tenant
      );
    };
  }

  private serve(req: Request, res: Response, next: NextFunction, key: string, tenantId: string): void {
    const generation = this.generation(tenantId);
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) {
      this.hits++;
      this.headers(res, hit.etag, tenantId, 'HIT');
      if (req.get('if-none-match') === hit.etag) {
        res.status(304).end();
        return;
      }
      res.status(200).type('application/json; charset=utf-8').send(hit.body);
      return;
    }
    this.misses++;
    // GraphQL may call the ETag-less send only once; remember what it sends if it is a clean answer.
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      // Only an answer the context computed with no session at all (and that sets no cookie) is shared.
      if (res.statusCode === 200 && typeof body === 'string' && computedAnonymously(res) && !body.includes('"errors":')) {
        const bytes = Buffer.from(body, 'utf8');
        const etag = `W/"${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"`;
        this.entries.set(key, { body: bytes, etag, generation });
        this.headers(res, etag, tenantId, 'MISS');
        if (req.get('if-none-match') === etag) return res.status(304).end();
      }
      return send(body);
    };
    next();
  }

  private headers(res: Response, etag: string, tenantId: string, state: 'HIT' | 'MISS'): void {
    res.setHeader('ETag', etag);
    // Revalidate every time (cheap: 304), so a publish is visible at once; CDNs purge by surrogate key.
    res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
    res.setHeader('Surrogate-Key', `tenant-${tenantId}`);
    res.setHeader('X-Cache', state);
    // Appended: the CORS middleware may already vary the answer by Origin.
    res.vary('Cookie');
    res.vary('Authorization');
  }
}
