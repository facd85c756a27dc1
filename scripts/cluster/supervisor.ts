// Keeps the cluster's API and web processes running: started detached by `npm run cluster`, it
// starts each process, restarts one that exits (a crash, a kill) after a short pause, and on
// SIGTERM stops them all gracefully (SIGTERM, then SIGKILL after 35 s) and exits.
// processes.json is read again on SIGHUP (processes added since are started: the web processes
// join once their build is done) and before each restart (a failover drill points the API
// processes at the promoted server and restarts them one at a time).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ProcessSpec {
  name: string;
  cmd: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

const runDir = process.argv[2] ?? '';
const logDir = process.argv[3] ?? '';
if (!runDir || !logDir) throw new Error('usage: supervisor.ts <run dir> <log dir>');
const readSpecs = () => JSON.parse(fs.readFileSync(path.join(runDir, 'processes.json'), 'utf8')) as ProcessSpec[];
let specs = readSpecs();
const children = new Map<string, ChildProcess>();
/** Names waiting for their restart delay: SIGHUP must not start them a second time. */
const restarting = new Set<string>();
let stopping = false;

function launch(spec: ProcessSpec, restarts: number): void {
  const log = fs.openSync(path.join(logDir, `${spec.name}.log`), 'a');
  const child = spawn(spec.cmd, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  children.set(spec.name, child);
  fs.writeFileSync(path.join(runDir, `${spec.name}.pid`), `${child.pid}\n`);
  const started = Date.now();
  child.once('exit', (code, signal) => {
    children.delete(spec.name);
    if (stopping) return;
    // A process that keeps failing at once is retried more slowly (at most every 10 s).
    const again = Date.now() - started < 10_000 ? restarts + 1 : 0;
    const delay = Math.min(500 * 2 ** again, 10_000);
    fs.appendFileSync(
      path.join(logDir, 'supervisor.log'),
      `${new Date().toISOString()} ${spec.name} exited (${signal ?? code}); restarting in ${delay} ms\n`,
    );
    restarting.add(spec.name);
    setTimeout(() => {
      restarting.delete(spec.name);
      if (stopping) return;
      specs = readSpecs();
      launch(specs.find((s) => s.name === spec.name) ?? spec, again);
    }, delay);
  });
}

function stopAll(): void {
  if (stopping) return;
  stopping = true;
  const all = [...children.values()];
  for (const c of all) c.kill('SIGTERM');
  const killer = setTimeout(() => all.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 35_000);
  void Promise.all(all.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(
    () => {
      clearTimeout(killer);
      for (const s of readSpecs()) fs.rmSync(path.join(runDir, `${s.name}.pid`), { force: true });
      fs.rmSync(path.join(runDir, 'supervisor.pid'), { force: true });
      process.exit(0);
    },
  );
}

process.on('SIGTERM', stopAll);
process.on('SIGINT', stopAll);
process.on('SIGHUP', () => {
  if (stopping) return;
  specs = readSpecs();
  for (const spec of specs) if (!children.has(spec.name) && !restarting.has(spec.name)) launch(spec, 0);
});
fs.writeFileSync(path.join(runDir, 'supervisor.pid'), `${process.pid}\n`);
for (const spec of specs) launch(spec, 0);
