#!/usr/bin/env node
// `npm start`: build, then run the API (with the embedded PostgreSQL unless
// DATABASE_URL is set; migrations applied, demo tenants seeded once) and the
// web app, and print where they answer.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = Number(process.env.API_PORT ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const webReady = fs.existsSync(path.join(root, 'apps', 'web', 'src', 'app')) || fs.existsSync(path.join(root, 'apps', 'web', 'app'));
// The API tells the web app when a publish changes what readers see (both sides share the secret).
const revalidation = webReady
  ? {
      CARELEAF_REVALIDATE_SECRET: process.env.CARELEAF_REVALIDATE_SECRET ?? randomBytes(24).toString('base64url'),
      WEB_REVALIDATE_URL: process.env.WEB_REVALIDATE_URL ?? `http://127.0.0.1:${webPort}/api/revalidate`,
    }
  : {};
// The web app signs each visitor's address for the API's sign-in limits (both sides share the secret).
const clientIp = webReady
  ? { CARELEAF_CLIENT_IP_SECRET: process.env.CARELEAF_CLIENT_IP_SECRET ?? randomBytes(32).toString('base64url') }
  : {};
const env = { ...process.env, ...revalidation, ...clientIp, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };

function run(title, cmd, args) {
  console.log(`▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(r.status ?? 1);
  }
}

async function waitFor(url, what, child, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

run('building', path.join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only']);

const children = [];
function stopAll(code = 0) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 2000).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

// A smaller young generation keeps the API's memory under its budget under load (docs/performance.md).
const api = spawn(process.execPath, ['--max-semi-space-size=16', '--max-old-space-size=224', 'apps/api/dist/src/server/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, API_PORT: String(apiPort), SEED_DEMO: process.env.SEED_DEMO ?? 'true' },
});
children.push(api);
api.on('exit', (code) => stopAll(code ?? 1));

try {
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`, 'The API', api);
  if (webReady) {
    const web = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(webPort)], {
      cwd: path.join(root, 'apps', 'web'),
      stdio: 'inherit',
      // `next start` runs as production, which assumes HTTPS on the default port; this is plain http on webPort.
      env: {
        ...env,
        CARELEAF_API_URL: `http://127.0.0.1:${apiPort}/graphql`,
        PORT: String(webPort),
        PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL ?? `http://{host}:${webPort}`,
      },
    });
    children.push(web);
    web.on('exit', (code) => stopAll(code ?? 1));
    await waitFor(`http://127.0.0.1:${webPort}/`, 'The web app', web);
  }
} catch (e) {
  console.error(`✖ ${e.message}`);
  stopAll(1);
}

console.log(`
Careleaf is running (${process.env.DATABASE_URL ? 'database: DATABASE_URL' : 'database: embedded, files in .data/'}).
  Patient site   http://gesundheit.localhost:${webPort}/      (German demo institute)
                 http://gesundheit-at.localhost:${webPort}/   (Austrian partner)
  GraphQL API    http://gesundheit.localhost:${apiPort}/graphql
  Health         http://127.0.0.1:${apiPort}/healthz  ·  readiness http://127.0.0.1:${apiPort}/readyz
Demo admin passwords are printed above the first time the demo is seeded.
E-mail ${process.env.SMTP_HOST ? `goes out through ${process.env.SMTP_HOST}` : 'is not sent (no SMTP_HOST): invitations and reset links appear in this terminal (the API log), lines "mail to …"'}.
Stop with Ctrl+C.`);
