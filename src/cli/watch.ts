/**
 * render --watch: the config watched (chokidar, which follows editors' save-by-rename), each change redrawn
 * with one line said of it; a config that fails to read or build is reported in one line and the watch goes
 * on; Ctrl-C (or SIGTERM) ends it with exit code 0, as the normal end of a watch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { report } from './wording';
import { io } from './io';

/** Waits for changes until a stop signal; `redraw` renders once and throws a usage error for a bad config. */
export async function watchConfig(config: string, redraw: () => Promise<number>): Promise<number> {
  const chokidar = require('chokidar') as typeof import('chokidar');
  // A save is taken once the file has stood still for 60 ms: editors write in pieces, and chokidar drops a
  // second change that comes within its throttle of the first.
  const watcher = chokidar.watch(path.resolve(config), {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  // Said once the watch is in place: an edit from then on is seen.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.stdout.write(`watching ${config} (Ctrl-C to stop)\n`);
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  const onChange = () => {
    // Changes while a redraw runs are folded into one more redraw after it.
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      // Drawn again while the file changed under the drawing: the last save is always the one drawn. Each
      // drawing waits for the file to stand still, so a save caught half-written is not reported as a mistake.
      let seen = await settled(config);
      for (;;) {
        try {
          await redraw();
        } catch (err) {
          report(err); // one line on stderr, as the command would say it; the watch goes on
        }
        const now = await settled(config);
        if (now === seen) break;
        seen = now;
      }
    });
  };
  watcher.on('change', onChange).on('add', onChange);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running;
  await watcher.close();
  return 0;
}

/** The file's bytes as text, or '' while it is missing (an editor's save by rename). */
function contents(file: string): string {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

/** The file's contents once two reads 60 ms apart agree (an editor's or a script's write has finished). */
async function settled(file: string): Promise<string> {
  let before = contents(file);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    const after = contents(file);
    if (after === before) return after;
    before = after;
  }
}
