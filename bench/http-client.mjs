// A small load generator (run in its own process, on loopback only): N requests to one URL with
// C concurrent keep-alive connections; prints {requests, ms, rps, p50Ms, p99Ms} as JSON.
// Usage: node bench/http-client.mjs URL N C
import http from 'node:http';

const [url, n, c] = [process.argv[2], Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 8)];
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('loopback only');
const agent = new http.Agent({ keepAlive: true, maxSockets: c });
const times = [];
let next = 0;
function one() {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => { times.push(performance.now() - t); resolve(res.statusCode); });
    }).on('error', reject);
  });
}
async function worker() { while (next++ < n) await one(); }
const t0 = performance.now();
await Promise.all(Array.from({ length: c }, worker));
const ms = performance.now() - t0;
times.sort((a, b) => a - b);
agent.destroy();
console.log(JSON.stringify({ requests: n, ms, rps: n / (ms / 1000), p50Ms: times[Math.floor(n * 0.5)], p99Ms: times[Math.floor(n * 0.99)] }));
