// Work on the page's main thread goes in slices: a slice stops at its budget and the rest
// waits for the browser to be idle, so no single task of ours runs long. When the page
// asks for it (<meta name="crosscount-profile">) each slice is recorded with
// performance.measure, which is how `npm run bench` reads our main-thread time.

export const SLICE_BUDGET_MS = 8;

const profiling = typeof document !== 'undefined' && Boolean(document.querySelector('meta[name="crosscount-profile"]'));

export class Slicer {
  private sliceStart = performance.now();

  constructor(private readonly budget = SLICE_BUDGET_MS) {}

  /** True when the current slice has used its budget. */
  readonly shouldYield = (): boolean => performance.now() - this.sliceStart > this.budget;

  /** Ends the slice and waits for the browser to be idle before the next one. */
  readonly pause = async (): Promise<void> => {
    this.end();
    await idle();
    this.sliceStart = performance.now();
  };

  /** Marks where our synchronous work stops (before awaiting something else). */
  end(): void {
    if (profiling) performance.measure('crosscount', { start: this.sliceStart, end: performance.now() });
  }

  restart(): void {
    this.sliceStart = performance.now();
  }
}

/** Runs a synchronous piece of work, recorded as one slice when profiling. */
export function measured<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    if (profiling) performance.measure('crosscount', { start, end: performance.now() });
  }
}

export function idle(timeout = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
