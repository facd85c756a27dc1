import { graphql } from '@careleaf/schema/web';

/** Typed documents of the webhook settings (run `npm run codegen` after changing one). */

export const AdminWebhooksQuery = graphql(`
  query AdminWebhooks {
    tenant {
      corsOrigins
    }
    webhooks {
      id
      url
      description
      events
      active
      disabledReason
      consecutiveFailures
      createdAt
    }
  }
`);

export const AdminWebhookDeliveriesQuery = graphql(`
  query AdminWebhookDeliveries($webhookId: ID!, $after: String) {
    webhookDeliveries(webhookId: $webhookId, first: 20, after: $after) {
      edges {
        node {
          id
          eventType
          state
          attempts
          createdAt
          redeliveryOf
          tries {
            attempt
            startedAt
            statusCode
            durationMs
            error
            outcome
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminCreateWebhookMutation = graphql(`
  mutation AdminCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`);

export const AdminUpdateWebhookMutation = graphql(`
  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      id
      active
    }
  }
`);

export const AdminRotateWebhookSecretMutation = graphql(`
  mutation AdminRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
      }
    }
  }
`);

export const AdminDeleteWebhookMutation = graphql(`
  mutation AdminDeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const AdminRedeliverWebhookMutation = graphql(`
  mutation AdminRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
    }
  }
`);
