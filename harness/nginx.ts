/**
 * Debian's nginx on a loopback port, serving a dist directory with the
 * project's own server block (deploy/nginx/), exactly as a host would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_REDIRECTS_FILE } from '../src/integrations/host-redirects.ts';
import { PROJECT } from './build.ts';

export const NGINX = '/usr/sbin/nginx';
const INSTALL = 'apt-get install -y nginx-light';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /** Switch HSTS on in deploy/nginx/hsts.conf, as a site served only over https would. */
  hsts?: boolean;
}

/** The line of deploy/nginx/hsts.conf that a site served only over https uncomments. */
const HSTS_LINE = /^# (add_header Strict-Transport-Security .*)$/m;

export async function startNginx(dist: string, { hsts = false }: NginxOptions = {}): Promise<Served> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}). Install it with: ${INSTALL}`);
  const port = await freePort();
  const deploy = join(PROJECT, 'deploy/nginx');
  // Every file of deploy/nginx/, as a host copies them: the server block (on this port and root) in a
  // folder of its own, the files it includes next to nginx.conf, where relative includes resolve.
  const files = new Map(
    readdirSync(deploy)
      .filter((f) => f.endsWith('.conf'))
      .map((f) => [f, readFileSync(join(deploy, f), 'utf8')]),
  );
  // The root, and the redirects the build wrote into it.
  const site = files
    .get('luu-tru.conf')!
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/srv/luu-tru/dist', dist);
  for (const line of [`root ${dist};`, `include ${dist}/${NGINX_REDIRECTS_FILE};`])
    if (!site.includes(line)) throw new Error(`deploy/nginx/luu-tru.conf no longer has the line ${line}`);
  files.delete('luu-tru.conf');
  if (hsts) {
    const off = files.get('hsts.conf') ?? '';
    if (!HSTS_LINE.test(off)) throw new Error('deploy/nginx/hsts.conf has no commented-out Strict-Transport-Security line to switch on');
    files.set('hsts.conf', off.replace(HSTS_LINE, '$1'));
  }
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  for (const [name, text] of files) writeFileSync(join(prefix, name), text);
  mkdirSync(join(prefix, 'sites-enabled'));
  writeFileSync(join(prefix, 'sites-enabled/luu-tru.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/sites-enabled/luu-tru.conf;
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  // Ready when it answers: 100 tries of 50 ms went on regardless after 5 s, and a loaded machine can take longer.
  const deadline = performance.now() + 60_000;
  for (;;) {
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (exited || performance.now() > deadline) {
      child.kill('SIGKILL');
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx ${exited ? 'exited' : 'did not answer in 60 s'} on ${url}:\n${log}`);
    }
    try {
      await (await fetch(url)).arrayBuffer();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    // Its configuration and temporary folders go with it: test runs and benchmarks leave nothing in /tmp.
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((done) => {
          child.on('exit', () => done());
          child.kill('SIGQUIT');
        });
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Headers;
}

/**
 * The status and headers nginx answers to a request written byte for byte
 * on a new connection: no client library to refuse or tidy a malformed one.
 */
export function rawRequest(url: string, request: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.destroy();
      const [status, ...lines] = received.slice(0, end).split('\r\n');
      const headers = new Headers();
      for (const line of lines) headers.append(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
      done({ status: Number(status!.split(' ')[1]), headers });
    });
    socket.on('error', fail);
    socket.on('close', () =>
      fail(new Error(`nginx closed the connection before the end of the response headers: ${JSON.stringify(received)}`)),
    );
    socket.write(request, 'latin1');
  });
}
