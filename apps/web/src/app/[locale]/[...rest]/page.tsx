import PageNotFound from '../page-not-found/page';

/**
 * Paths the proxy did not turn away (it normally does, with status 404) still
 * get the 404 content rather than an empty error shell.
 */
export default PageNotFound;
export { generateMetadata } from '../page-not-found/page';
