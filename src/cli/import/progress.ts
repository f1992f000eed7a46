// Progress of an import on stderr: a bar when stderr is a terminal, otherwise (a log, a CI job,
// a pipe) one line per finished file, so the record survives.
import cliProgress from 'cli-progress';
import { messages } from '../messages.js';
import type { IndexRow } from './index-row.js';

export interface Progress {
  done(row: IndexRow): void;
  stop(): void;
}

export interface ProgressTarget {
  /** The terminal to draw a bar on; absent when stderr is not a TTY. */
  tty?: NodeJS.WritableStream;
  write: (s: string) => void;
}

/** Redraws per second: enough to look live, few enough to cost nothing. */
const BAR_FPS = 5;

export function startProgress(total: number, target: ProgressTarget): Progress {
  const counts = { ok: 0, warn: 0, failed: 0 };
  const count = (row: IndexRow): void => {
    if (row.status === 'ok') counts.ok++;
    else if (row.status === 'parse-warnings') counts.warn++;
    else counts.failed++;
  };
  if (!target.tty) {
    let n = 0;
    return {
      done(row) {
        count(row);
        target.write(messages.importProgressLine(++n, total, row) + '\n');
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: target.tty,
      fps: BAR_FPS,
      format: messages.importBarFormat,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, counts);
  return {
    done(row) {
      count(row);
      bar.increment(1, counts);
    },
    stop() {
      bar.stop();
    },
  };
}
