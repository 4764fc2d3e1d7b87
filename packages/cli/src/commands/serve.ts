import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig, startServer } from '@myomap/server';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** `myomap serve`: migrate the database and serve the API and web app until stopped. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Myomap server (PORT, HOST, DATABASE_URL, MYOMAP_DATA_DIR from the environment)')
    .option('-p, --port <port>', 'port to listen on (default $PORT or 3000)')
    .option('-H, --host <host>', 'host to bind (default $HOST or localhost)')
    .action(async (opts: { port?: string; host?: string }) => {
      const env = { ...process.env };
      if (opts.port !== undefined) env.PORT = opts.port;
      if (opts.host !== undefined) env.HOST = opts.host;
      const config = loadConfig(env, { webDir: WEB_DIST });
      const server = await startServer(config);
      process.stdout.write(
        `Myomap is running at ${server.url} (database: ${server.store.engine}${config.databaseUrl === undefined ? `, ${config.dataDir}` : ''})\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void server.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
