import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { inSlices } from '../../src/extension/slices';

/** Holds the thread for at least `ms`, as a slow item would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('work in slices on the extension host', () => {
  it('does every item in order, and lets other work in between slices', async () => {
    const done: number[] = [];
    let otherWorkRanAfter = -1;
    setImmediate(() => (otherWorkRanAfter = done.length));
    const work = await inSlices([...Array(10).keys()], (item) => {
      busy(5);
      done.push(item);
    });
    assert.deepEqual(done, [...Array(10).keys()]);
    // 5 ms an item and 12 ms a slice: at most three items a slice.
    assert.ok(work && work.slices >= 4, JSON.stringify(work));
    assert.ok(
      otherWorkRanAfter > 0 && otherWorkRanAfter < 10,
      `other work ran after ${otherWorkRanAfter} items`,
    );
  });

  it('stops between slices once told to, and says so', async () => {
    const done: number[] = [];
    const work = await inSlices(
      [...Array(10).keys()],
      (item) => {
        busy(5);
        done.push(item);
      },
      () => done.length > 0,
    );
    assert.equal(work, undefined);
    assert.ok(done.length > 0 && done.length <= 3, `${done.length} items done`);
  });

  it('resolves at once for no items', async () => {
    assert.deepEqual(await inSlices([], () => assert.fail('no item')), { busyMs: 0, slices: 0 });
  });
});
