import { webTracingSettings } from './lib/tracing';

/**
 * Next calls this once when the server starts. Tracing only with an OTLP
 * endpoint set (ADR 0031); otherwise no SDK is loaded. Not in the edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const settings = webTracingSettings(process.env);
  if (!settings) return;
  const { startWebTracing } = await import('./lib/tracing.node');
  await startWebTracing(settings);
}
