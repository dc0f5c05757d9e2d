/**
 * Progress of long start-up work (re-indexing migrations, cache loads at a million patents): nothing
 * for work that ends within `quietMs`, then a line every `everyMs` and one when it is done, so a start
 * that takes a minute says what it is doing instead of looking hung.
 */
export interface Progress {
  /** How far it has got (rows, say); `total` when known. */
  update(done: number, total?: number): void;
  /** The work is over (prints a closing line if any was printed). */
  end(): void;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Starts reporting `label`'s progress. */
export function startProgress(label: string, opts: { quietMs?: number; everyMs?: number; log?: (line: string) => void } = {}): Progress {
  const { quietMs = 3000, everyMs = 5000, log = (line: string) => console.log(line) } = opts;
  const t0 = performance.now();
  let done = 0;
  let total: number | undefined;
  let printed = false;
  const seconds = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const line = () => {
    printed = true;
    const pct = total ? ` ${Math.min(100, Math.floor((done / total) * 100))} %` : '';
    log(`… ${label}:${pct} ${fmt(done)}${total ? ` / ${fmt(total)}` : ''} (${seconds()})`);
  };
  let timer: NodeJS.Timeout | undefined = setTimeout(() => {
    line();
    timer = setInterval(line, everyMs);
    timer.unref();
  }, quietMs);
  timer.unref();
  return {
    update(d, t) {
      done = d;
      if (t !== undefined) total = t;
    },
    end() {
      clearTimeout(timer);
      clearInterval(timer);
      if (printed) log(`✓ ${label}: ${fmt(done)} (${seconds()})`);
    },
  };
}
