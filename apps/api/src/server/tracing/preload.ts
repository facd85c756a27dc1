import { tracingFromEnv } from '../../kernel/config-tracing';

/**
 * Tracing, when an OTLP endpoint is set (ADR 0031): main.ts imports this
 * first, so the instrumentations are in place before http, express, graphql
 * and pg are loaded. Without an endpoint nothing of the SDK is loaded.
 */
type Provider = { shutdown(): Promise<void> };

let provider: Provider | null = null;

export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  const settings = tracingFromEnv(env, 'careleaf-api');
  if (!settings || provider) return provider !== null;
  // A synchronous require: an import() would resolve after main.ts has loaded pg and http.
  const { startSdk } = require('./sdk') as typeof import('./sdk');
  provider = startSdk(settings);
  return true;
}

/** Sends the spans still queued (bounded by the export timeout); called on shutdown. */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown().catch(() => undefined);
  provider = null;
}

startTracing();
