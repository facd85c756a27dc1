import { graphql } from '@careleaf/schema/web';

/** Typed documents of single sign-on (run `npm run codegen` after changing one). */

export const SsoProviderQuery = graphql(`
  query EditorSsoProvider {
    ssoProvider {
      name
    }
  }
`);

export const StartSsoSignInMutation = graphql(`
  mutation EditorStartSsoSignIn {
    startSsoSignIn {
      authorizationUrl
      binding
      expiresAt
    }
  }
`);

export const CompleteSsoSignInMutation = graphql(`
  mutation EditorCompleteSsoSignIn($input: CompleteSsoSignInInput!) {
    completeSsoSignIn(input: $input) {
      csrfToken
      twoFactorEnrolmentRequired
      user {
        id
      }
    }
  }
`);

export const AdminSsoSettingsQuery = graphql(`
  query AdminSsoSettings {
    ssoRedirectUri
    ssoSettings {
      enabled
      providerName
      issuer
      clientId
      clientSecretSet
      allowedDomains
      claim
      mappings {
        value
        role
        locales
      }
      justInTime
      ssoOnly
    }
  }
`);

export const AdminConfigureSsoMutation = graphql(`
  mutation AdminConfigureSso($input: ConfigureSsoInput!) {
    configureSso(input: $input) {
      enabled
    }
  }
`);
