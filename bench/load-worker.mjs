// The load generator's own thread: autocannon runs here, so it never shares the event loop of
// the servers it measures (they run in the main thread). Plain JavaScript, because on Node.js 20
// a worker thread does not inherit tsx's TypeScript loader. Its input and output are typed as
// LoadRequest and LoadFigures in load.ts.
//
// autocannon keeps every response body as a string (`body += chunk`), which costs a UTF-8
// decode of every byte received. We never read the bodies, and that decode made the client,
// not the server, the bottleneck for large or binary responses: a 64 KB gzip feed topped out
// below 1,000 req/s on the bare baseline itself, whose bytes are served from memory, while
// 64 KB of ASCII reached ten times that. Dropping the bodies gives both servers the same
// cheap client.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const require = createRequire(import.meta.url);
const Queue = require(require.resolve("autocannon/lib/pipelinedRequestsQueue.js"));
if (typeof Queue.prototype.addBody !== "function") {
  throw new Error("autocannon changed: PipelinedRequestsQueue.addBody is gone; update bench/load-worker.mjs");
}
Queue.prototype.addBody = () => {};

const { url, headers, connections, seconds, graceSeconds } = workerData;
const options = { url, headers, connections, duration: seconds };
const instance = autocannon(options, (error, raw) => {
  clearTimeout(guard);
  if (error) throw error;
  // Off the main thread autocannon hands back encoded histograms, as to its own manager.
  const result = autocannon.aggregateResult([raw], options);
  parentPort?.postMessage({
    requestsPerSecond: raw.totalCompletedRequests / raw.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: raw.totalCompletedRequests,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  });
});
const guard = setTimeout(() => instance.stop(), (seconds + graceSeconds) * 1000);
