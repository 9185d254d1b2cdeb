/** How long work may hold the extension host before the host's other work gets a turn. */
const SLICE_MS = 12;

/**
 * Runs `each` over the items in slices of at most SLICE_MS (plus one item), yielding to the host's
 * loop between slices, so that no amount of items freezes the host. Stops early (undefined) once
 * `stop` says so; otherwise resolves with the time the work itself took and the slice count.
 */
export async function inSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  stop: () => boolean = () => false,
): Promise<{ busyMs: number; slices: number } | undefined> {
  let busyMs = 0;
  let slices = 0;
  for (let next = 0; next < items.length; slices++) {
    if (stop()) return undefined;
    const sliceStart = performance.now();
    do each(items[next++]);
    while (next < items.length && performance.now() - sliceStart < SLICE_MS);
    busyMs += performance.now() - sliceStart;
    await nextTurn();
  }
  return { busyMs, slices };
}

/** A turn of the host's loop: setImmediate in Node; a browser's web worker has only timers. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );
}
