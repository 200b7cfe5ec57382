/**
 * Counts work in progress (waiting step timers, busy delivery lanes) so callers can await the
 * moment nothing is pending: `RunningMock.idle()` and `trigger` use it. Held `--manual` steps
 * are not work in progress, so they are never counted.
 */
export class Activity {
  #busy = 0;
  #waiters: Array<() => void> = [];

  get busy(): number {
    return this.#busy;
  }

  begin(): void {
    this.#busy++;
  }

  end(): void {
    if (this.#busy === 0) return;
    this.#busy--;
    if (this.#busy === 0) {
      // Let work started in the same tick (a run handing a step to the dispatcher) register first.
      queueMicrotask(() => this.#flush());
    }
  }

  /** Resolves once nothing is in progress. */
  whenIdle(): Promise<void> {
    if (this.#busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #flush(): void {
    if (this.#busy !== 0) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
