/**
 * Views computed from the whole curriculum (the search index, the admin home's coverage report),
 * computed once and reused until the curriculum changes.
 *
 * Why: each reads every session (all locales, drafts included) and every resource, about 1–2 s
 * on the demo curriculum, and they are asked for often: the admin's search panel on every few
 * keystrokes, the coverage report on every visit to the admin home. Saving or deleting a session,
 * resource or track forgets them all (collections/hooks/forgetCurriculumCaches.ts); so does age,
 * because another instance of the app (or a separate jobs worker publishing on schedule) changes
 * the curriculum without this process knowing.
 *
 * They are shared by every user who may read them: all curriculum-team roles read the whole
 * curriculum (collections/access/readCurriculum.ts). A view that depended on who asks must not
 * be cached here.
 */
import { onSharedChange } from './sharedChanges'

export class CurriculumCache<View> {
  private entry: { view: View; builtAt: number; generation: number } | null = null
  private pending: { promise: Promise<View>; generation: number } | null = null
  private generation = 0

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached view, or a new one from `build` (one build at a time, shared by concurrent callers). */
  get(build: () => Promise<View>): Promise<View> {
    const { entry } = this
    if (entry && entry.generation === this.generation && this.now() - entry.builtAt < this.maxAgeMs) return Promise.resolve(entry.view)
    if (this.pending && this.pending.generation === this.generation) return this.pending.promise
    const generation = this.generation
    const startedAt = this.now()
    const promise: Promise<View> = build()
      .then((view) => {
        // A change during the build may be missing from it: serve it to this caller, keep it not.
        if (generation === this.generation) this.entry = { view, builtAt: startedAt, generation }
        return view
      })
      .finally(() => {
        if (this.pending?.promise === promise) this.pending = null
      })
    this.pending = { promise, generation }
    return promise
  }

  /** The curriculum changed: the next request builds the view anew. */
  forget(): void {
    this.generation++
    this.entry = null
  }
}

const maxAgeMs = () => {
  const configured = Number(process.env.REEDUCA_CURRICULUM_CACHE_MAX_AGE_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 30_000
}

// One registry per process even if a bundler loads this module twice: the hooks that forget and
// the views that read must share it.
const KEY = Symbol.for('reeduca.curriculumCaches')
type Holder = { [KEY]?: Map<string, CurriculumCache<unknown>> }
const registry = (): Map<string, CurriculumCache<unknown>> => ((globalThis as Holder)[KEY] ??= new Map())

/** The named view's cache (e.g. 'search-index', 'coverage-report'). */
export function curriculumCache<View>(name: string): CurriculumCache<View> {
  const caches = registry()
  let cache = caches.get(name)
  if (!cache) caches.set(name, (cache = new CurriculumCache<unknown>(maxAgeMs())))
  return cache as CurriculumCache<View>
}

/** A session, resource or track was saved or deleted: every view is built anew on next use. */
export function forgetCurriculumCaches(): void {
  for (const cache of registry().values()) cache.forget()
}

// Saved or deleted through another process (an instance, a worker publishing on schedule): the
// callers follow src/cms/reads/sharedChanges.ts before using a view, so that shows within 3 s.
onSharedChange('curriculum', forgetCurriculumCaches)
