import { Worker } from "node:worker_threads";

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

/** What load-worker.mjs is given. */
interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** Stop autocannon if it has not finished this long after its duration, rather than hang. */
  graceSeconds: number;
}

const graceSeconds = 15;
const workerFile = new URL("./load-worker.mjs", import.meta.url);

/** One autocannon run in a fresh worker thread (load-worker.mjs says why not autocannon's own). */
function run(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadFigures> {
  const request: LoadRequest = { url, headers, connections, seconds, graceSeconds };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let figures: LoadFigures | undefined;
    worker.once("message", (message: LoadFigures) => {
      figures = message;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (figures) resolve(figures);
      else reject(new Error(`the load worker for ${url} exited with code ${code} and no figures`));
    });
  });
}

/** Warms one URL up (JIT, caches, pools); the figures are discarded. */
export async function warmUp(url: string, headers: Record<string, string>, options: LoadOptions): Promise<void> {
  if (options.warmupSeconds > 0) await run(url, headers, options.connections, options.warmupSeconds);
}

/** Loads one URL for the measured duration. */
export function measure(url: string, headers: Record<string, string>, options: LoadOptions): Promise<LoadFigures> {
  return run(url, headers, options.connections, options.durationSeconds);
}
