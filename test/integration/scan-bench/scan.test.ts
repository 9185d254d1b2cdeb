import { strict as assert } from 'assert';
import { novaMailApi } from '../helpers';
import { SCAN_MARKER } from '../../../bench/scan-report';

describe('the workspace scan, timed in the extension host', () => {
  it('checks every file of the workspace and reports the time from activation', async () => {
    const api = await novaMailApi();
    let times = api.scanTimes();
    while (!times.scan) {
      await api.whenScanned();
      times = api.scanTimes();
    }
    const { scan, activatedAt } = times;
    assert.ok(scan.files > 0, 'the scan found the files');
    const memory = process.memoryUsage();
    console.log(
      `${SCAN_MARKER} ${JSON.stringify({
        files: scan.files,
        msFromActivation: scan.endedAt - activatedAt,
        msBeforeScan: scan.startedAt - activatedAt,
        msFinding: scan.foundAt - scan.startedAt,
        msChecking: scan.endedAt - scan.foundAt,
        msReading: scan.readMs,
        msBusy: scan.busyMs,
        slices: scan.slices,
        heapUsedMB: memory.heapUsed / 1048576,
        rssMB: memory.rss / 1048576,
      })}`,
    );
  });
});
