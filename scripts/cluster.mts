#!/usr/bin/env node
// `npm run cluster` | `cluster:stop` | `cluster:clean`: the local cluster of docs/scaling.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanCluster, failover, layout, startCluster, stopCluster } from './cluster/cluster.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const l = layout(root);
const command = process.argv[2] ?? 'start';
const started = Date.now();
/** Inside the checkout: relative; elsewhere (CLUSTER_DIR): absolute. */
const shown = (p: string) => (path.relative(root, p).startsWith('..') ? p : path.relative(root, p) || p);

try {
  if (command === 'start') {
    const u = await startCluster(l);
    const host = (h: string) => u.site.replace('127.0.0.1', h);
    console.log(`
Careleaf cluster is running (${((Date.now() - started) / 1000).toFixed(0)}s), everything in ${shown(l.dir)}/
  Patient site (nginx → web-1, web-2)  ${host('gesundheit.localhost')}/
                                       ${host('gesundheit-at.localhost')}/
  API (nginx → api-1, api-2)           ${u.api}
  Processes                            API ${u.apis.join(' ')}  web ${u.webs.join(' ')}
  PostgreSQL                           primary 127.0.0.1:${l.ports.primary}  replica 127.0.0.1:${l.ports.replica} (passwords: secrets.json)
  Metrics                              ${u.apis[0]}/metrics (Authorization: Bearer <metrics in secrets.json>)
  Logs                                 ${shown(l.logs)}/ (demo passwords: seed.log)
Stop with npm run cluster:stop; remove everything with npm run cluster:clean.`);
  } else if (command === 'stop') {
    await stopCluster(l);
    console.log(`stopped; the data stays in ${l.dir} (npm run cluster:clean removes it)`);
  } else if (command === 'failover') {
    // The drill of docs/scaling.md ("Failover drill"): the replica becomes the primary.
    await failover(l, (line) => console.log(line));
    console.log(`the API processes now use the promoted server on 127.0.0.1:${l.ports.replica}; npm run cluster:clean ends the drill`);
  } else if (command === 'clean') {
    await cleanCluster(l);
    console.log(`stopped and removed ${l.dir}`);
  } else {
    throw new Error(`unknown command "${command}": start, stop, failover or clean`);
  }
} catch (e) {
  console.error(`✖ ${(e as Error).message}`);
  process.exit(1);
}
