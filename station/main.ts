/**
 * `npm run station`: opens the database (PGlite folder or PostgreSQL), creates the first
 * administrator if asked, and serves workstations and examiners. Plain HTTP is allowed on
 * loopback only, unless --insecure-http (then every examiner page warns). Prints the LAN
 * address to give to the workstations.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { ensureAdmin } from './accounts/accounts.ts';
import { isLoopback, parseCli, USAGE } from './cli.ts';
import { openDatabase } from './db/database.ts';
import { createStation } from './server.ts';

const lanAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);

const main = async () => {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  const tls =
    options.cert && options.key ? { cert: readFileSync(options.cert), key: readFileSync(options.key) } : null;
  const host = options.host ?? (tls || options.insecureHttp ? '0.0.0.0' : '127.0.0.1');
  if (!tls && !isLoopback(host) && !options.insecureHttp) {
    console.error(
      `Refused: plain HTTP on ${host} exposes the examiners' passwords. Give --cert/--key, or --insecure-http.`,
    );
    process.exit(2);
  }
  const started = Date.now();
  const db = await openDatabase(
    options.databaseUrl ? { url: options.databaseUrl } : { dataDir: options.dataDir },
  );
  if (options.admin) {
    const password = options.adminPasswordFile
      ? readFileSync(options.adminPasswordFile, 'utf8').replace(/\r?\n$/, '')
      : process.env.TEMOIN_STATION_ADMIN_PASSWORD;
    if (!password) {
      console.error('--admin needs --admin-password-file (or TEMOIN_STATION_ADMIN_PASSWORD).');
      process.exit(2);
    }
    await ensureAdmin(db, options.admin, password);
  }
  const insecureWarning =
    !tls && !isLoopback(host)
      ? 'Attention : la station fonctionne en HTTP non chiffré sur le réseau (--insecure-http). Les mots de passe et les preuves circulent en clair.'
      : null;
  const station = await createStation({
    db,
    https: tls,
    insecureWarning,
    version: process.env.npm_package_version ?? '0',
  });
  const address = await station.app.listen({ port: options.port, host });
  const port = Number(new URL(address).port);
  const scheme = tls ? 'https' : 'http';
  console.log(
    `Témoin station ready in ${Date.now() - started} ms — database: ${db.kind === 'pglite' ? `embedded (${options.dataDir})` : 'PostgreSQL'}`,
  );
  console.log(`Listening on ${scheme}://${host}:${port}`);
  for (const ip of isLoopback(host) ? [] : lanAddresses())
    console.log(`Workstations: ${scheme}://${ip}:${port}`);
  if (insecureWarning) console.warn(`WARNING: ${insecureWarning}`);
  const stop = async () => {
    await station.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
