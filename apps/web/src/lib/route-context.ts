/** The second argument of route handlers under app/[locale]. */
export interface LocaleRouteContext {
  params: Promise<{ locale: string }>;
}
