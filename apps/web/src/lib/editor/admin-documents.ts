import { graphql } from '@careleaf/schema/web';

/** Typed documents of the editor's administration screens: tenant settings, members, registries (run `npm run codegen` after changing one). */

export const AdminTenantQuery = graphql(`
  query AdminTenant {
    tenant {
      id
      name
      domains
      defaultLocale
      defaultRegion
      reviewCycleMonths
      requireTwoFactor
      locales {
        tag
        fallbacks
      }
      regions {
        code
        name
        defaultLocale
        locales
        domains
      }
      theme {
        background
        surface
        text
        mutedText
        link
        accent
        accentText
        focus
        focusText
        focusRing
        border
      }
      readabilityTargets {
        score
        min
        max
        custom
      }
      publishRequirements {
        author
        reviewer
        lastReviewed
        summary
        sources
        readability
      }
    }
  }
`);

export const AdminUpdateTenantMutation = graphql(`
  mutation AdminUpdateTenant($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      tenant {
        id
      }
    }
  }
`);

export const AdminMembersQuery = graphql(`
  query AdminMembers {
    members(first: 100) {
      totalCount
      edges {
        node {
          role
          locales
          since
          user {
            id
            email
            displayName
          }
        }
      }
    }
    invitations {
      id
      email
      role
      locales
      expiresAt
    }
  }
`);

export const AdminInviteMutation = graphql(`
  mutation AdminInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
      }
    }
  }
`);

export const AdminChangeRoleMutation = graphql(`
  mutation AdminChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      member {
        role
      }
    }
  }
`);

export const AdminRemoveMemberMutation = graphql(`
  mutation AdminRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      member {
        role
      }
    }
  }
`);

export const AdminRevokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
      }
    }
  }
`);

export const RegistryListQuery = graphql(`
  query RegistryList($filter: ManagedRegistryEntryFilter!, $first: Int!, $after: String) {
    registryEntriesForEditors(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          name
          regions
          flags
          validUntil
          lastVerifiedOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RegistryEntryQuery = graphql(`
  query RegistryEntry($id: ID!, $locale: String) {
    registryEntryForEditors(id: $id, locale: $locale) {
      id
      version
      kind
      key
      name
      texts {
        locale
        name
        description
      }
      regions
      identifiers {
        scheme
        value
      }
      validFrom
      validUntil
      lastVerifiedOn
      website
      email
      phone
      address
      source
      tags
      condition
      legalBasis
      sample
      flags
      idFormatSource
      careCentre {
        certification
        certifier
      }
      trialRegistry {
        idFormat
        idExample
        idFormatVerified
        whoPrimaryRegistry
      }
    }
  }
`);

export const RegistryCreateMutation = graphql(`
  mutation RegistryCreate($input: CreateRegistryEntryInput!) {
    createRegistryEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

export const RegistryUpdateMutation = graphql(`
  mutation RegistryUpdate($input: UpdateRegistryEntryInput!) {
    updateRegistryEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

export const RegistryDeleteMutation = graphql(`
  mutation RegistryDelete($input: DeleteRegistryEntryInput!) {
    deleteRegistryEntry(input: $input) {
      deletedId
    }
  }
`);

export const RegistryVerifyMutation = graphql(`
  mutation RegistryVerify($input: MarkRegistryEntryVerifiedInput!) {
    markRegistryEntryVerified(input: $input) {
      entry {
        lastVerifiedOn
      }
    }
  }
`);

export const RegistryImportMutation = graphql(`
  mutation RegistryImport($input: ImportRegistryEntriesInput!) {
    importRegistryEntries(input: $input) {
      dryRun
      written
      rows
      valid
      created
      updated
      skipped
      issues {
        line
        column
        field
        code
        message
      }
    }
  }
`);

/** One page of the audit log, newest first (variables from lib/editor/admin/audit-filter.ts). */
export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          createdAt
          actorLabel
          action
          objectType
          objectId
          diff
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminResetTwoFactorMutation = graphql(`
  mutation AdminResetTwoFactor($input: ResetMemberTwoFactorInput!) {
    resetMemberTwoFactor(input: $input) {
      hadTwoFactor
    }
  }
`);
