import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../../scripts/static-server.mjs';

export type BuildCopy = { dir: string; baseURL: string; close: () => Promise<void> };

/**
 * Serves a private copy of the production build on a free port, so a journey can change files under it
 * (delete a chunk, deploy a new service worker) without touching the build other journeys use.
 */
export async function serveBuildCopy(
  prepare: (dir: string) => Promise<void> = async () => {},
): Promise<BuildCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'go-or-rust-build-'));
  await cp(process.env.DIST_DIR ?? 'dist', dir, { recursive: true });
  await prepare(dir);
  const server = createStaticServer({ root: dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    baseURL: `http://localhost:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
