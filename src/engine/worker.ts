/** The worker-thread entry point (piscina): runs a block and returns its accumulator. */
import { runBlock, type BlockTask } from './block.js';
import { runPairedBlock, type PairedTask } from './paired.js';

export default function task(t: (BlockTask & { kind?: 'block' }) | (PairedTask & { kind: 'paired' })) {
  return t.kind === 'paired' ? runPairedBlock(t) : runBlock(t);
}
