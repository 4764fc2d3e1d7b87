// A bare fastify server with one trivial JSON route, the baseline for API throughput.
// Run: node scripts/run-ts.mjs bench/support/trivial-server.ts <port>
import Fastify from 'fastify';

const app = Fastify({ logger: { level: 'info' } });
app.post('/trivial', async () => ({ ok: true }));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
