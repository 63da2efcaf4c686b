import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import type { ChunkReply, ChunkRequest, WorkerSetup } from './messages.js';

// A worker thread of a batch check (src/check/pool.ts): it loads the rules once, then checks the
// chunks of files it is sent, one after the other, and sends back each chunk's outcomes.
const batch = workerData as WorkerSetup;
const port = parentPort!;

port.on('message', (request: ChunkRequest) => {
  const checked = request.files.map(({ target, settings }) => checkFile(target, { settings }, batch));
  port.postMessage({ id: request.id, checked } satisfies ChunkReply);
});
