/**
 * Downloads take their turn: each turn of the event loop starts at most a few of them, and
 * whatever else is ready in that turn (a save's next database answer, a page read) goes first.
 *
 * Why: a save is some forty steps one after another (each query waits for the database), and a
 * download is one or two. Node runs everything that is ready in a turn, so under a crowd of
 * downloads each of a save's steps waited behind every download ready in that turn. Measured
 * side by side (bench/mixed.mjs, one process on PostgreSQL, 50 facilitators downloading the
 * manual, 5 designers saving, 8 readers of /servicios): session draft saves took 536 ms, and
 * 1,156 ms on a session with 100 versions, with downloads not taking turns; 111 and 186 ms with
 * two a turn, while downloads went at 1,030 req/s against 948 (nginx: 711 under the same load).
 *
 * Only while the app has other work: when every request in flight in this process is a download
 * (or a kept answer, src/server/publishedAnswers.ts), downloads start as they come, so a crowd of
 * downloads alone goes as fast as before. Other work is whatever the front hands to Next (a save,
 * an admin page, a page built anew), from its start to the end of its answer, in this process or
 * in another app process of the same `npm start` (they share the machine's cores:
 * src/server/siblingWork.mjs).
 *
 * Written here, not taken from a library: concurrency limiters (p-limit, p-queue) bound how many
 * run at once, not how many start per turn of the loop, and a download's cost is in starting it.
 */
export class TurnGate {
  private startedThisTurn = 0
  private turnScheduled = false
  private readonly waiting: Array<() => void> = []
  private otherWorkInFlight = 0
  private siblingsBusy = false
  /** Told when this process starts having other work (true) and when it has none left (false). */
  onOwnWork: ((busy: boolean) => void) | null = null

  /**
   * @param perTurn how many may start in one turn; 0 lets everything through at once.
   * @param schedule runs a callback at the end of this turn (setImmediate: after the turn's I/O).
   */
  constructor(
    readonly perTurn: number,
    private readonly schedule: (callback: () => void) => void = setImmediate,
  ) {}

  /** null when the caller may go on now; else a promise that resolves on its turn, in arrival order. */
  enter(): Promise<void> | null {
    if (this.perTurn <= 0) return null
    if (!this.makingWay && this.waiting.length === 0) return null
    this.scheduleTurn()
    if (this.startedThisTurn < this.perTurn && this.waiting.length === 0) {
      this.startedThisTurn++
      return null
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** Work that is not a download has started; it ends when `answer` closes. Downloads take turns meanwhile. */
  otherWork(answer: { once(event: 'close', listener: () => void): unknown }): void {
    if (this.otherWorkInFlight++ === 0) this.onOwnWork?.(true)
    answer.once('close', () => {
      if (--this.otherWorkInFlight > 0) return
      this.onOwnWork?.(false)
      if (this.waiting.length) this.scheduleTurn()
    })
  }

  /** Other app processes on this machine have other work (true), or none has (src/server/siblingWork.mjs). */
  siblingWork(busy: boolean): void {
    this.siblingsBusy = busy
    if (!busy && this.waiting.length) this.scheduleTurn()
  }

  private get makingWay(): boolean {
    return this.otherWorkInFlight > 0 || this.siblingsBusy
  }

  /** How many are waiting for a turn. */
  get queued(): number {
    return this.waiting.length
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return
    this.turnScheduled = true
    this.schedule(() => this.nextTurn())
  }

  private nextTurn(): void {
    this.turnScheduled = false
    this.startedThisTurn = 0
    // Nothing else to make way for: everyone waiting goes.
    const limit = this.makingWay ? this.perTurn : Infinity
    while (this.waiting.length && this.startedThisTurn < limit) {
      this.startedThisTurn++
      this.waiting.shift()!()
    }
    // The turn just given out counts until the loop comes round again.
    if (this.startedThisTurn) this.scheduleTurn()
  }
}

/**
 * `REEDUCA_DOWNLOADS_PER_TURN`: how many downloads one turn of the event loop starts while there
 * is other work; 0: no limit. Default: two a turn for the machine, so 2 with one app process and
 * 1 in each of several (`REEDUCA_PROCESSES`), which share its cores. Measured with two processes
 * (bench/mixed.mjs, BENCH_DOWNLOADS_PER_TURN=1,2): saves of 120/249 ms (1 and 100 versions) at one
 * a turn against 150/301 ms at two, downloads 617 against 780 req/s (nginx about 644).
 */
export function downloadsPerTurn(value = process.env.REEDUCA_DOWNLOADS_PER_TURN, processes = appProcessCount()): number {
  if (value === undefined || value.trim() === '') return processes > 1 ? 1 : 2
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`REEDUCA_DOWNLOADS_PER_TURN must be a whole number, 0 or more (0: no limit); it is "${value}".`)
  }
  return parsed
}

/** How many app processes share this machine's port: set by scripts/server.mjs for each (REEDUCA_APP_PROCESSES). */
function appProcessCount(): number {
  const count = Number(process.env.REEDUCA_APP_PROCESSES)
  return Number.isInteger(count) && count > 0 ? count : 1
}
