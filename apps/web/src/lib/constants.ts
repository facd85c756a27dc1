/** Request header the proxy sets to the path and query being rendered (server components cannot see the URL). */
export const CURRENT_URL_HEADER = 'x-careleaf-url';
