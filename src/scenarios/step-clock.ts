/** Something waiting for its step: woken once when its time comes, unless cancelled first. */
export interface Sleeper {
  wake(): void;
}

/** The sleepers of one delay length, in the order they are due. */
interface Queue {
  sleepers: Array<Sleeper | undefined>;
  dues: number[];
  head: number;
  /** Entries taken off the front of the arrays so far: a place is `index + dropped`. */
  dropped: number;
  /** Sleepers in the queue not cancelled. */
  live: number;
  timer: NodeJS.Timeout | undefined;
  /** Waking its due sleepers now: one timer is armed after, for the next. */
  firing: boolean;
}

/** A timer that fires up to this much early still wakes what is due (Node rounds to the ms). */
const EARLY_MS = 1;

/**
 * Waits for scenario steps with one timer per delay length instead of one per order and step.
 * Every order of a mock waits the same step delay, so sleepers of one length are due in the
 * order they came: a queue, with a timer for its head only. A `setTimeout`, its promise and
 * closure per step were most of the cost of `serve`'s default intake beyond the post itself
 * (profiled).
 */
export class StepClock {
  readonly #queues = new Map<number, Queue>();

  /**
   * Wakes `sleeper` after `ms` (more than 0). Returns its place, for `cancel`.
   */
  after(ms: number, sleeper: Sleeper): number {
    let queue = this.#queues.get(ms);
    if (!queue) {
      queue = {
        sleepers: [],
        dues: [],
        head: 0,
        dropped: 0,
        live: 0,
        timer: undefined,
        firing: false,
      };
      this.#queues.set(ms, queue);
    }
    const place = queue.sleepers.length + queue.dropped;
    queue.sleepers.push(sleeper);
    queue.dues.push(performance.now() + ms);
    queue.live++;
    if (queue.timer === undefined && !queue.firing)
      this.#arm(ms, queue, (queue.dues[queue.head] as number) - performance.now());
    return place;
  }

  /** `sleeper`, given to `after(ms, …)` at `place`, will not be woken (if it has not been). */
  cancel(ms: number, place: number, sleeper: Sleeper): void {
    const queue = this.#queues.get(ms);
    if (!queue) return;
    const at = place - queue.dropped;
    if (at < queue.head || queue.sleepers[at] !== sleeper) return;
    queue.sleepers[at] = undefined;
    // Nothing left to wake: no timer keeps the process alive for it.
    if (--queue.live === 0 && !queue.firing) this.#drop(ms, queue);
  }

  #arm(ms: number, queue: Queue, wait: number): void {
    queue.timer = setTimeout(() => this.#fire(ms, queue), Math.max(0, wait));
  }

  #fire(ms: number, queue: Queue): void {
    queue.timer = undefined;
    queue.firing = true;
    const now = performance.now() + EARLY_MS;
    const { sleepers, dues } = queue;
    try {
      while (queue.head < sleepers.length && (dues[queue.head] as number) <= now) {
        const sleeper = sleepers[queue.head];
        sleepers[queue.head] = undefined;
        queue.head++;
        if (!sleeper) continue;
        queue.live--;
        sleeper.wake(); // may add to this queue (at its end) or cancel others in it
      }
    } finally {
      queue.firing = false;
    }
    if (queue.live === 0) {
      this.#drop(ms, queue);
      return;
    }
    if (queue.head > 1024 && queue.head * 2 > sleepers.length) {
      sleepers.splice(0, queue.head);
      dues.splice(0, queue.head);
      queue.dropped += queue.head;
      queue.head = 0;
    }
    // The next sleeper not cancelled is due first.
    while (sleepers[queue.head] === undefined) queue.head++;
    this.#arm(ms, queue, (dues[queue.head] as number) - performance.now());
  }

  #drop(ms: number, queue: Queue): void {
    if (queue.timer !== undefined) clearTimeout(queue.timer);
    queue.timer = undefined;
    if (this.#queues.get(ms) === queue) this.#queues.delete(ms);
  }
}

/** The clock of every scenario run in this process. */
export const stepClock = new StepClock();
