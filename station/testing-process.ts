/** Starts the real station as a child process (`station/main.ts`), as a centre would, for tests and the benchmark. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const ADMIN = { username: 'admin', password: 'admin-password-1' };

export interface StationProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Stops it (SIGKILL simulates a crash: no clean shutdown). */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export const startStationProcess = async (options: {
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  timeoutMs?: number;
}): Promise<StationProcess> => {
  const secrets = mkdtempSync(join(tmpdir(), 'temoin-station-admin-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${ADMIN.password}\n`, { mode: 0o600 });
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'station/main.ts'),
    '--port',
    String(options.port ?? 0),
    '--admin',
    ADMIN.username,
    '--admin-password-file',
    passwordFile,
    ...(options.databaseUrl
      ? ['--database', options.databaseUrl]
      : ['--data', options.dataDir ?? mkdtempSync(join(tmpdir(), 'temoin-station-'))]),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`station did not start:\n${output}`)),
      options.timeoutMs ?? 90_000,
    );
    const check = () => {
      const match = /Listening on https?:\/\/[^:]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`station exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
};

/** Logs in as the administrator; returns the cookie header and a JSON fetch helper. */
export const adminSession = async (url: string) => {
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(ADMIN).toString(),
    redirect: 'manual',
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie.includes('=')) throw new Error(`login failed: ${response.status}`);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const reply = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return (await reply.json()) as T;
  };
  return { cookie, call };
};
