import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface Running {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts a server process and waits until `ready(port)` answers; `port` 0 means the process prints "listening <port>". */
export async function startServer(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  cwd: string,
): Promise<Running> {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let actualPort = port;
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
    const m = /listening (\d+)/.exec(output);
    if (m && !actualPort) actualPort = Number(m[1]);
  });
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited: ${output.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`${cmd} did not become ready: ${output.slice(-2000)}`);
    if (actualPort) {
      try {
        const res = await fetch(`http://127.0.0.1:${actualPort}${readyPath}`);
        // And only while our process runs (a server that failed to start must not pass for ready).
        if (res.status < 500 && child.exitCode === null) break;
      } catch {
        // not yet
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${actualPort}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** A port nothing listens on right now, for servers that cannot report the one they chose. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
