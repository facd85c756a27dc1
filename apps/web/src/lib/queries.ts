import { graphql } from '@careleaf/schema/web';

/** Everything the site shell needs about the tenant of the request. */
export const SiteTenantQuery = graphql(`
  query SiteTenant {
    tenant {
      slug
      name
      defaultLocale
      defaultRegion
      locales {
        tag
        direction
        fallbacks
      }
      regions {
        code
        name
        defaultLocale
        locales
      }
    }
  }
`);
