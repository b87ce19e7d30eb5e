// `npm start` / `npm run serve`: serves dist/ (DIST_DIR overrides) on http://localhost:4173 (PORT overrides).
import { existsSync } from 'node:fs';
import { createStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

// DIST_DIR serves another build folder (e.g. one made with OUT_DIR=dist-quiz npm run build).
const root = process.env.DIST_DIR ?? 'dist';

if (!existsSync(`${root}/index.html`)) {
  console.error(
    `No production build in ${root}/. Run \`npm run build\` first (or \`npm start\`, which builds).`,
  );
  process.exit(1);
}

const server = createStaticServer({ root });
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use. Stop the other server, or pick another port: PORT=4174 npm run serve`,
    );
  } else {
    console.error(`Could not start the server: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Go or Rust? is being served at http://${host}:${port}/ (Ctrl+C to stop)`);
});
