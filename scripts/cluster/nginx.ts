// nginx in front of the processes: its own configuration, pid, logs and temp files in the folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { livePid, type ClusterLayout } from './layout.ts';

export const nginxBin = () => process.env.NGINX_BIN ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

// Passive health checks: a server that fails (refused, reset; an API process also on 502/503) is left
// out for 5 s. GET and HEAD go to the other server on those failures; POST never (nginx's default for
// non-idempotent methods, kept on purpose: a mutation must not run twice). Host is passed as the
// reader sent it. A web process's 503 means the API is away (it would be the other's answer too):
// it goes to the reader and leaves the web process in, or a short API outage would take every page
// (the cached ones too) off for 5 s (found by the failover drill, tests/cluster/faults.int.spec.ts).
const upstream = (name: string, ports: number[]) => `
  upstream ${name} {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }`;

const proxied = (name: string, extra = '', failures = 'error timeout http_502 http_503') => `
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;${extra}
      proxy_next_upstream ${failures};
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }`;

export function nginxConfig(l: ClusterLayout): string {
  const tmp = path.join(l.nginxDir, 'tmp');
  return `# Careleaf local cluster (scripts/cluster/nginx.ts): generated on every start.
daemon on;
worker_processes 1;
pid ${path.join(l.run, 'nginx.pid')};
error_log ${path.join(l.logs, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${path.join(l.logs, 'nginx-access.log')};
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  client_max_body_size 50m;
${upstream('careleaf_web', l.ports.web)}
${upstream('careleaf_api', l.ports.api)}

  # Readers and editors: the web processes. The reader's Host is the only forwarded host believed.
  server {
    listen 127.0.0.1:${l.ports.site};
${proxied('careleaf_web', '\n      proxy_set_header X-Forwarded-Host $http_host;', 'error timeout')}
  }

  # The API, for the web processes (which forward the reader's host) and API clients.
  server {
    listen 127.0.0.1:${l.ports.apiProxy};
${proxied('careleaf_api')}
  }
}
`;
}

export function startNginx(l: ClusterLayout): void {
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(l.nginxDir, 'tmp', d), { recursive: true });
  // As root, nginx's workers run as www-data (Debian's build): they write request bodies to tmp/.
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'www-data', path.join(l.nginxDir, 'tmp')]);
  const conf = path.join(l.nginxDir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(l));
  // -p: the prefix, so nothing is read from or written to /etc/nginx or /var/log/nginx.
  const args = ['-p', l.nginxDir, '-c', conf, '-e', path.join(l.logs, 'nginx-error.log')];
  const running = livePid(l, 'nginx') !== null;
  const r = spawnSync(nginxBin(), running ? [...args, '-s', 'reload'] : args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nginx failed to start: ${r.stderr}`);
}

export function stopNginx(l: ClusterLayout): void {
  const pid = livePid(l, 'nginx');
  if (pid) process.kill(pid, 'SIGQUIT'); // graceful: requests in flight finish
}
