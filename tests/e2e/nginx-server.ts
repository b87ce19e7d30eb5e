import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { localNginxConfig } from '../../scripts/nginx-config.mjs';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export type NginxServer = { baseURL: string; close: () => Promise<void> };

/** A port nothing listens on right now (NGINX_PORT picks one instead). */
async function freePort(): Promise<number> {
  if (process.env.NGINX_PORT) return Number(process.env.NGINX_PORT);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitForPort(port: number, exited: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !exited(); i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Starts Debian's nginx in the foreground, as the current user, with every file it writes in a temporary
 * prefix: the committed server block with only its port and root replaced, inside an `http` block like
 * the official image's /etc/nginx/nginx.conf (which includes conf.d/*.conf).
 */
export async function startNginx(
  root: string,
  configFile = 'deploy/nginx.conf',
): Promise<NginxServer> {
  await access(NGINX_PATH, constants.X_OK).catch(() => {
    throw new Error(
      `No nginx at ${NGINX_PATH}: install Debian's (apt-get install -y nginx-light) or set NGINX_PATH`,
    );
  });
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'go-or-rust-nginx-'));
  const port = await freePort();
  const server = localNginxConfig(await readFile(configFile, 'utf8'), {
    port,
    root: path.resolve(root),
  });
  await writeFile(path.join(prefix, 'default.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${path.join(prefix, name)};`)
    .join('\n');
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
events {}
http {
    access_log ${path.join(prefix, 'access.log')};
${temp}
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 65;
    include ${path.join(prefix, 'default.conf')};
}
`,
  );
  const errorLog = path.join(prefix, 'error.log');
  // Run as the invoking user (as root, workers would otherwise drop to "nobody" and lose the build).
  const child = spawn(
    NGINX_PATH,
    [
      '-p',
      prefix,
      '-e',
      errorLog,
      '-c',
      path.join(prefix, 'nginx.conf'),
      '-g',
      `daemon off; pid ${path.join(prefix, 'nginx.pid')}; user ${os.userInfo().username};`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  if (!(await waitForPort(port, () => exited))) {
    child.kill('SIGKILL');
    const log = await readFile(errorLog, 'utf8').catch(() => '');
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start on port ${port}:\n${stderr}\n${log}`);
  }
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: async () => {
      // SIGQUIT: finish the open responses, then stop the workers and the master.
      if (!exited) child.kill('SIGQUIT');
      await exit;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
