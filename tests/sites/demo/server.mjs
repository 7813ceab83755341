#!/usr/bin/env node
// CLI: `node tests/sites/demo/server.mjs [--port <n>]` (or PORT=<n>); default port 4300.
import { startDemoSite } from './app.mjs';
import { ADMIN_USER } from './seed.mjs';

function readPort(argv, env) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const text =
    index === -1 ? env.PORT : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  if (text === undefined || text === '') return 4300;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${text}`);
    process.exit(2);
  }
  return port;
}

const site = await startDemoSite({ port: readPort(process.argv.slice(2), process.env) });
console.log(`Demo site: ${site.url}`);
console.log(`Admin: ${site.url}admin/login (user: ${ADMIN_USER.login}, password: ${ADMIN_USER.password})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await site.close();
    process.exit(0);
  });
}
