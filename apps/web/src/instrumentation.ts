/** Runs once when a web server process starts (Next's instrumentation hook). */
export async function register(): Promise<void> {
  // The listener needs Node's net (pg): never in the edge runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRevalidationListener } = await import('./lib/shared-state/start-listener');
  startRevalidationListener();
}
