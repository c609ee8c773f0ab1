import { SingleBar } from 'cli-progress';
import type { Io } from '../io/io.js';
import type { Lang } from '../core/model.js';

/** Accounts done of those listed so far, failures so far, elapsed and ETA: on a terminal only (cli-progress). */
export interface Progress {
  listed(total: number): void;
  done(failing: boolean): void;
  stop(): void;
}

const FORMAT: Record<Lang, string> = {
  en: 'aws-baseline {bar} {value}/{total} accounts · {failing} with FAIL · {duration_formatted} elapsed · ETA {eta_formatted}',
  ja: 'aws-baseline {bar} {value}/{total} アカウント · FAIL あり {failing} · 経過 {duration_formatted} · 残り {eta_formatted}',
};

export function accountProgress(io: Io, lang: Lang, enabled: boolean): Progress {
  const sink = io.progressSink;
  if (sink) return { listed: (total) => sink({ listed: total }), done: (failing) => sink({ done: failing }), stop: () => undefined };
  if (!enabled) return { listed: () => undefined, done: () => undefined, stop: () => undefined };
  const stream = { write: (text: string) => io.stderr(text), isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, on: () => undefined };
  const bar = new SingleBar({ format: FORMAT[lang], stream: stream as unknown as NodeJS.WritableStream, hideCursor: false, clearOnComplete: true, etaBuffer: 20, barsize: 20 });
  let failing = 0;
  let started = false;
  return {
    listed(total) {
      if (!started) bar.start(total, 0, { failing });
      else bar.setTotal(total);
      started = true;
    },
    done(isFailing) {
      if (isFailing) failing += 1;
      bar.increment(1, { failing });
    },
    stop: () => bar.stop(),
  };
}
