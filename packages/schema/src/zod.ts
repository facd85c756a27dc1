import { z } from 'zod';

/**
 * The one way this package reaches zod. In the browser (the editor's checks
 * panel validates blocks as the editor types) zod must not compile parsers
 * with `new Function`: the Content-Security-Policy never allows eval, and even
 * zod's probe for it is reported as a violation. Zod reads the setting when a
 * schema is built, so it is set here, before any schema module gets `z`.
 * On the server the compiled parsers stay (they are faster).
 */
if ('window' in globalThis) z.config({ jitless: true });

export { z };
