/**
 * The /ws limit that needs state: messages per minute per connection (a sliding window kept on the
 * connection). Open connections per user are counted with graphql-ws's (src/transports/shared/connection-slots.ts).
 */

/** Counts events in the last `windowMs`; `hit` records one and says whether it was within `limit`. */
export class SlidingWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event at `now` if the window has room; false (nothing recorded) when it is full. */
  tryHit(now: number): boolean {
    this.prune(now);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  /** Records an event at `now` and returns how many the window holds. */
  hit(now: number): number {
    this.prune(now);
    this.times.push(now);
    return this.times.length;
  }

  private prune(now: number): void {
    const oldest = now - this.windowMs;
    let drop = 0;
    while (drop < this.times.length && this.times[drop]! <= oldest) drop++;
    if (drop > 0) this.times.splice(0, drop);
  }
}
