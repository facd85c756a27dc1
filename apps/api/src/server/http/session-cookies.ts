import type { ApolloServerPlugin } from '@apollo/server';
import { doubleCsrf } from 'csrf-csrf';
import type { CookieOptions, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../../kernel/config';
import type { HttpExchange, RequestContext } from '../../kernel/context';
import { clientAddressResolver } from './client-address';

export interface CookieNames {
  session: string;
  csrf: string;
}

/**
 * `__Host-` cookies are refused by browsers unless Secure, host-only and on
 * path /: the prefix makes those guarantees visible and enforced.
 */
export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-careleaf_session', csrf: '__Host-careleaf_csrf' }
    : { session: 'careleaf_session', csrf: 'careleaf_csrf' };
}

// The session a CSRF token is bound to: set on the request once the session is known.
const SESSION_BINDING = Symbol('careleaf.session-binding');
type BoundRequest = Request & { [SESSION_BINDING]?: string };

export const CSRF_HEADER = 'x-csrf-token';

/**
 * Session cookie plus CSRF protection (signed double-submit, csrf-csrf):
 * the CSRF token is an HMAC over the session's token hash and a random
 * value, kept in an httpOnly cookie and echoed by the client in a header.
 * A cross-site page can neither read the token nor set the header.
 */
export class SessionCookies {
  readonly names: CookieNames;
  private readonly sessionOptions: CookieOptions;
  private readonly csrf: ReturnType<typeof doubleCsrf>;

  private readonly clientAddress: (req: Request) => string;

  constructor(config: Pick<Config, 'cookieSecure' | 'csrfSecret' | 'trustedProxies' | 'clientIpSecret'>) {
    this.clientAddress = clientAddressResolver(config);
    this.names = cookieNames(config.cookieSecure);
    this.sessionOptions = { httpOnly: true, secure: config.cookieSecure, sameSite: 'lax', path: '/' };
    this.csrf = doubleCsrf({
      getSecret: () => config.csrfSecret,
      getSessionIdentifier: (req) => (req as BoundRequest)[SESSION_BINDING] ?? '',
      cookieName: this.names.csrf,
      cookieOptions: { httpOnly: true, secure: config.cookieSecure, sameSite: 'strict', path: '/' },
      // The header only: reading the token from the cookie would defeat the check.
      getCsrfTokenFromRequest: (req) => req.get(CSRF_HEADER),
    });
  }

  /** The session token the browser sent, if any. */
  sessionToken(req: Request): string | null {
    const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[this.names.session];
    return typeof value === 'string' && value ? value : null;
  }

  /** Ties CSRF tokens of this request to the session with this token hash. */
  bind(req: Request, tokenHash: Buffer): void {
    (req as BoundRequest)[SESSION_BINDING] = tokenHash.toString('hex');
  }

  /** True when the header carries the cookie's CSRF token and that token was made for this session. */
  csrfValid(req: Request): boolean {
    return (req as BoundRequest)[SESSION_BINDING] !== undefined && this.csrf.validateRequest(req);
  }

  exchange(req: Request, res: Response): HttpExchange {
    return {
      ip: this.clientAddress(req),
      userAgent: req.get('user-agent') ?? null,
      startSession: (token, tokenHash, expiresAt) => {
        res.cookie(this.names.session, token, { ...this.sessionOptions, expires: expiresAt });
        this.bind(req, tokenHash);
        return this.csrf.generateCsrfToken(req, res, { overwrite: true, cookieOptions: { expires: expiresAt } });
      },
      endSession: () => {
        res.clearCookie(this.names.session, this.sessionOptions);
        res.clearCookie(this.names.csrf, { ...this.sessionOptions, sameSite: 'strict' });
      },
      csrfToken: () => {
        if ((req as BoundRequest)[SESSION_BINDING] === undefined) throw new Error('A CSRF token needs a session.');
        return this.csrf.generateCsrfToken(req, res);
      },
      csrfValid: () => this.csrfValid(req),
    };
  }
}

export const CSRF_REJECTED =
  'This change was refused because the request lacks a valid CSRF token. Send the token from signIn (or from `me { csrfToken }`) in the x-csrf-token header.';

/**
 * Mutations of a cookie-authenticated request need the CSRF header. Checked
 * once the operation is known, so queries and anonymous mutations (signIn,
 * password reset, accepting an invitation) pass without it; Apollo's own
 * csrfPrevention still makes every POST a non-simple request.
 */
export function csrfPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.session) return;
          if (contextValue.http?.csrfValid()) return;
          throw new GraphQLError(CSRF_REJECTED, {
            extensions: { code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID', http: { status: 403 } },
          });
        },
      };
    },
  };
}
