import autocannon from "autocannon";

/** How hard and how long to push. */
export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** The figures of one measured run. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

// If autocannon has not finished this long after its duration, stop it rather than hang.
const graceSeconds = 15;

function run(url: string, headers: Record<string, string>, connections: number, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      // One worker thread fires the requests, so the load generator does not share the event
      // loop of the servers it measures (they run in this process's main thread).
      { url, headers, connections, duration: seconds, workers: 1 },
      (error, result) => {
        clearTimeout(guard);
        if (error) reject(error);
        else resolve(result);
      },
    );
    const guard = setTimeout(() => instance.stop(), (seconds + graceSeconds) * 1000);
  });
}

/** Loads one URL: a discarded warm-up (JIT, caches, pools), then the measured run. */
export async function measure(
  url: string,
  headers: Record<string, string>,
  options: LoadOptions,
): Promise<LoadFigures> {
  if (options.warmupSeconds > 0) await run(url, headers, options.connections, options.warmupSeconds);
  const result = await run(url, headers, options.connections, options.durationSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
