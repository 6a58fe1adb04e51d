// Requests at a steady rate, as officers' checks arrive: one every 1/rate seconds whether or not
// the ones before have been answered (an open loop), over keep-alive connections opened as needed.
// autocannon's overallRate is not this: each of its connections sends its share of a second back to
// back as the second starts, then waits, so "200/s over 32 connections" is a burst of 200 every
// second and its latencies are the time to drain the burst. Each latency here is measured from when
// the request was due, not when it left, so a generator that falls behind cannot hide the wait.
import http from 'node:http';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted, p) {
  return sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** One GET, its body read to the end; resolves with the status (0 for a failed connection). */
function get(agent, base, path, headers, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get(`${base}${path}`, { agent, headers, timeout: timeoutMs }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(0));
  });
}

/**
 * Sends `rate` requests a second for `seconds`, cycling through `paths`; latencies in ms from when
 * each was due. `connections` caps the sockets opened (requests beyond them queue, and the queueing
 * counts in their latency).
 */
export async function pacedLoad({ url, token, paths, rate, seconds, connections = 256, timeoutMs = 10_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  const answered = [];
  const began = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = began + i * interval;
    const early = due - performance.now();
    if (early > 0) await sleep(early);
    answered.push(
      get(agent, url, paths[i % paths.length], headers, timeoutMs).then((status) => {
        latencies.push(performance.now() - due);
        if (status === 0) errors++;
        else if (status < 200 || status >= 300) non2xx++;
      }),
    );
  }
  await Promise.all(answered);
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (x) => (x === undefined ? undefined : Math.round(x * 10) / 10);
  return {
    p50: round(percentile(latencies, 0.5)),
    p90: round(percentile(latencies, 0.9)),
    p99: round(percentile(latencies, 0.99)),
    max: round(latencies.at(-1)),
    mean: round(latencies.reduce((sum, x) => sum + x, 0) / Math.max(1, latencies.length)),
    sent: total,
    rate: total / elapsed,
    non2xx,
    errors,
  };
}
