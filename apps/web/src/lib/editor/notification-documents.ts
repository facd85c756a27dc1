import { graphql } from '@careleaf/schema/web';

/** Typed documents of the notification settings and the unsubscribe link (run `npm run codegen` after changing one). */

export const MyNotificationSettingsQuery = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      kinds {
        kind
        delivery
        digestOffered
      }
      locale
    }
  }
`);

export const UpdateMyNotificationSettingsMutation = graphql(`
  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      locale
    }
  }
`);

export const UnsubscribeNotificationsMutation = graphql(`
  mutation UnsubscribeNotifications($token: String!) {
    unsubscribeNotifications(token: $token) {
      kind
    }
  }
`);
