/** Counts work under way, so that closing can wait for it to finish. */
export class InFlight {
  #count = 0;
  #waiting: (() => void)[] = [];

  /** Counts `work` until it settles; hands back the same outcome. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.#count += 1;
    try {
      return await work;
    } finally {
      this.#count -= 1;
      if (this.#count === 0) for (const done of this.#waiting.splice(0)) done();
    }
  }

  /** Resolves when nothing is under way. */
  idle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise((done) => this.#waiting.push(done));
  }
}
