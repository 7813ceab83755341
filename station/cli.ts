/** The station's command line: `npm run station -- --port 8443 --data ./station-data …`. */
import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string | null;
  dataDir: string;
  databaseUrl: string | null;
  admin: string | null;
  adminPasswordFile: string | null;
  cert: string | null;
  key: string | null;
  insecureHttp: boolean;
}

export const USAGE = `npm run station -- [options]
  --port <n>                   port (default 8443 with TLS, 8080 without)
  --host <address>             address to listen on (default: all with TLS or --insecure-http, else 127.0.0.1)
  --data <dir>                 embedded database folder (default ./station-data)
  --database postgres://…      a PostgreSQL server instead of the embedded database
  --admin <user>               first administrator, created if missing (or TEMOIN_STATION_ADMIN)
  --admin-password-file <file> their password (or TEMOIN_STATION_ADMIN_PASSWORD)
  --cert <file> --key <file>   TLS certificate and key provided by the centre
  --insecure-http              plain HTTP on the network (examiner pages show a warning)`;

export const parseCli = (argv: string[]): CliOptions => {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      database: { type: 'string' },
      admin: { type: 'string' },
      'admin-password-file': { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'insecure-http': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (Boolean(values.cert) !== Boolean(values.key)) throw new Error('--cert and --key go together.');
  if (values.database && !/^postgres(ql)?:\/\//.test(values.database))
    throw new Error('--database expects a postgres:// URL.');
  const tls = Boolean(values.cert);
  const port = values.port ? Number(values.port) : tls ? 8443 : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port}`);
  return {
    port,
    host: values.host ?? null,
    dataDir: values.data ?? 'station-data',
    databaseUrl: values.database ?? null,
    admin: values.admin ?? process.env.TEMOIN_STATION_ADMIN ?? null,
    adminPasswordFile: values['admin-password-file'] ?? null,
    cert: values.cert ?? null,
    key: values.key ?? null,
    insecureHttp: values['insecure-http'] ?? false,
  };
};

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || host.startsWith('127.');
