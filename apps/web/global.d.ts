import type { Messages } from './src/i18n/catalogs';

// Message keys are checked by the compiler: t('Home.welcome') must exist in the German catalog.
declare module 'next-intl' {
  interface AppConfig {
    Messages: Messages;
  }
}
