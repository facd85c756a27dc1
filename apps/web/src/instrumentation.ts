import { webTracingSettings } from './lib/tracing';

/**
 * Next calls this once when a web server process starts. Tracing only with an
 * OTLP endpoint set (ADR 0031); otherwise no SDK is loaded. The revalidation
 * listener needs Node's net (pg). Neither runs in the edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const settings = webTracingSettings(process.env);
  if (settings) {
    const { startWebTracing } = await import('./lib/tracing.node');
    await startWebTracing(settings);
  }
  const { startRevalidationListener } = await import('./lib/shared-state/start-listener');
  startRevalidationListener();
}
