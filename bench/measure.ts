/** Medians after warm-up; fast functions are timed in batches so that a sample is long enough. */
export interface Timing {
  medianMs: number;
  samples: number;
}

export function measureSync(
  fn: () => unknown,
  options: { minTimeMs?: number; minSamples?: number; warmup?: number } = {},
): Timing {
  const { minTimeMs = 400, minSamples = 7, warmup = 3 } = options;
  for (let i = 0; i < warmup; i++) fn();
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t >= 2 || batch >= 1 << 16) break;
    batch *= 2;
  }
  const perCall: number[] = [];
  const start = performance.now();
  while (perCall.length < minSamples || performance.now() - start < minTimeMs) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push((performance.now() - t) / batch);
    if (perCall.length >= 200) break;
  }
  return { medianMs: median(perCall), samples: perCall.length };
}

export async function measureAsync(
  fn: () => Promise<unknown>,
  options: { minTimeMs?: number; minSamples?: number; warmup?: number } = {},
): Promise<Timing> {
  const { minTimeMs = 400, minSamples = 5, warmup = 2 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minSamples || performance.now() - start < minTimeMs) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
    if (samples.length >= 100) break;
  }
  return { medianMs: median(samples), samples: samples.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
