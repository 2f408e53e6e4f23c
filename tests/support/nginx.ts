/**
 * Debian's nginx on a loopback port, serving a dist directory with the
 * project's own server block (deploy/nginx/), exactly as a host would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export async function startNginx(dist: string): Promise<Served> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}). Install it with: ${INSTALL}`);
  const port = await freePort();
  const site = readFileSync(join(PROJECT, 'deploy/nginx/luu-tru.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/luu-tru\/dist;/, `root ${dist};`);
  if (!site.includes(`root ${dist};`)) throw new Error('deploy/nginx/luu-tru.conf no longer has the expected root line');
  const prefix = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  writeFileSync(join(prefix, 'luu-tru.conf'), site);
  copyFileSync(join(PROJECT, 'deploy/nginx/security-headers.conf'), join(prefix, 'security-headers.conf'));
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
  include ${prefix}/luu-tru.conf;
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
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
