/**
 * The curriculum search index, built once and reused until the curriculum changes.
 *
 * Why: building it reads every session (all locales, drafts included) and every resource, about
 * 1.2 s on the demo curriculum, and the admin's search panel asks on every few keystrokes.
 * Saving or deleting a session or resource forgets the index (hooks in collections/Sessions
 * and collections/Resources); so does age, because another instance of the app (or a separate
 * jobs worker publishing on schedule) changes the curriculum without this process knowing.
 */
export class CurriculumIndexCache<Index> {
  private entry: { index: Index; builtAt: number; generation: number } | null = null
  private pending: { promise: Promise<Index>; generation: number } | null = null
  private generation = 0

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached index, or a new one from `build` (one build at a time, shared by concurrent callers). */
  get(build: () => Promise<Index>): Promise<Index> {
    const { entry } = this
    if (entry && entry.generation === this.generation && this.now() - entry.builtAt < this.maxAgeMs) return Promise.resolve(entry.index)
    if (this.pending && this.pending.generation === this.generation) return this.pending.promise
    const generation = this.generation
    const startedAt = this.now()
    const promise: Promise<Index> = build()
      .then((index) => {
        // A change during the build may be missing from it: serve it to this caller, keep it not.
        if (generation === this.generation) this.entry = { index, builtAt: startedAt, generation }
        return index
      })
      .finally(() => {
        if (this.pending?.promise === promise) this.pending = null
      })
    this.pending = { promise, generation }
    return promise
  }

  /** The curriculum changed: the next search builds a new index. */
  forget(): void {
    this.generation++
    this.entry = null
  }
}

const maxAgeMs = () => {
  const configured = Number(process.env.REEDUCA_SEARCH_INDEX_MAX_AGE_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 30_000
}

// One per process even if a bundler loads this module twice (the hooks and the endpoint must share it).
const KEY = Symbol.for('reeduca.curriculumSearchIndex')
type Holder = { [KEY]?: CurriculumIndexCache<unknown> }

export function curriculumIndexCache<Index>(): CurriculumIndexCache<Index> {
  const holder = globalThis as Holder
  holder[KEY] ??= new CurriculumIndexCache<unknown>(maxAgeMs())
  return holder[KEY] as CurriculumIndexCache<Index>
}

/** For the collections' hooks: a session or resource was saved or deleted. */
export const forgetCurriculumIndex = (): void => curriculumIndexCache().forget()
