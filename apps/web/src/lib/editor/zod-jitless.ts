import { z } from 'zod';

/**
 * The checks panel validates blocks with zod in the browser. Zod compiles fast
 * parsers with `new Function` unless told not to, and even its probe for that
 * is reported as a Content-Security-Policy violation (script-src 'unsafe-eval'
 * is never allowed here). Imported first by the lazily loaded checks chunk, so
 * it runs before any schema is built: zod reads the setting at construction.
 */
z.config({ jitless: true });
