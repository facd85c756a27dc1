import { Foundation1764201600000 } from './1764201600000-foundation';
import { IdentitySessions1764300000000 } from './1764300000000-identity-sessions';
import { Content1764400000000 } from './1764400000000-content';
import { Localization1764600000000 } from './1764600000000-localization';
import { References1764500000000 } from './1764500000000-references';
import { Media1764500100000 } from './1764500100000-media';
import { Registries1764700000000 } from './1764700000000-registries';
import { PublicReads1764840000000 } from './1764840000000-public-reads';
import { SearchByTenant1764840100000 } from './1764840100000-search-by-tenant';
import { SignInLimits1764900000000 } from './1764900000000-sign-in-limits';
import { PublishedMedia1764916000000 } from './1764916000000-published-media';
import { SessionSignInPrefix1765100000000 } from './1765100000000-session-sign-in-prefix';
import { TwoFactor1765200000000 } from './1765200000000-two-factor';
import { TenantSso1765300000000 } from './1765300000000-tenant-sso';
import { NotificationPreferences1765400000000 } from './1765400000000-notification-preferences';
import { TitleSummaryTracking1765500000000 } from './1765500000000-title-summary-tracking';
import { Webhooks1765600000000 } from './1765600000000-webhooks';
import { CitationDrafts1765700000000 } from './1765700000000-citation-drafts';
import { NotificationDigest1765800000000 } from './1765800000000-notification-digest';
import { MediaDerivatives1765900000000 } from './1765900000000-media-derivatives';
import { SharedState1766000000000 } from './1766000000000-shared-state';
import { ReaderFeedback1766300000000 } from './1766300000000-reader-feedback';

export { APP_ROLE, AUTH_ROLE, CURRENT_TENANT } from './roles';

/** Every migration, oldest first. */
export const migrations = [
  Foundation1764201600000,
  IdentitySessions1764300000000,
  Content1764400000000,
  References1764500000000,
  Media1764500100000,
  Localization1764600000000,
  Registries1764700000000,
  PublicReads1764840000000,
  SearchByTenant1764840100000,
  SignInLimits1764900000000,
  PublishedMedia1764916000000,
  SessionSignInPrefix1765100000000,
  TwoFactor1765200000000,
  TenantSso1765300000000,
  NotificationPreferences1765400000000,
  TitleSummaryTracking1765500000000,
  Webhooks1765600000000,
  CitationDrafts1765700000000,
  NotificationDigest1765800000000,
  MediaDerivatives1765900000000,
  SharedState1766000000000,
  ReaderFeedback1766300000000,
];
