// Drive load with autocannon from this (the bench) process. Latencies are recorded per response
// in fractional milliseconds (autocannon's own histogram rounds to whole ms).
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** build each request afresh (rotating client IPs, accounts) */
  setupRequest?: (request: { headers?: Record<string, string>; body?: string }) => { headers?: Record<string, string>; body?: string };
  connections: number;
  seconds: number;
  /** cap the total request rate (requests per second), for a steady background load */
  overallRate?: number;
}

export interface LoadResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  failures: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN);

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.overallRate,
        requests: [
          {
            method: options.method ?? "GET",
            path: options.path,
            headers: options.headers,
            body: options.body,
            ...(options.setupRequest ? { setupRequest: options.setupRequest as never } : {}),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          rps: latencies.length / result.duration,
          p50_ms: percentile(latencies, 50),
          p99_ms: percentile(latencies, 99),
          requests: latencies.length,
          failures: failures + result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 400) failures += 1;
      latencies.push(ms);
    });
  });
}
