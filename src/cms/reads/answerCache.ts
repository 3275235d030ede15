/**
 * Whole HTTP answers to reads of published content, kept in memory until that content changes.
 *
 * Why: published content changes rarely and is read often, and building each answer again costs
 * far more than sending it. A published session read over REST cost ~22 ms of one core (SQL, its
 * rebuilding by Drizzle, Payload's afterRead, Next's routing), the public directory ~26 ms; at 32
 * readers on 2 cores that queued into a p99 of about a second (bench/rest-session.mjs,
 * bench/portal.mjs). src/server/publishedAnswers.ts decides which requests may share an answer
 * and sends it; this module only keeps answers and forgets them.
 *
 * Forgetting, per topic ('published' for sessions, 'services' for the public pages):
 * - a change made through this process forgets at once, and once more after the saving
 *   transaction has had time to commit (collections/hooks/forgetCurriculumCaches.ts,
 *   forgetPublicPages.ts): an answer built in between would hold the old rows; a save that wrote
 *   a draft version only changes nothing these answers show, and forgets nothing
 *   (collections/hooks/draftOnlySaves.ts);
 * - a change made through another instance or a worker is learnt through
 *   src/cms/reads/sharedChanges.ts within its bound (3 s): callers follow it before a lookup;
 * - an answer whose building overlapped a forget is not kept (the topic's generation moved);
 * - age (ANSWER_TTL_MS) is the backstop should the shared store be unreachable.
 */
import { LRUCache } from 'lru-cache'

import { onSharedChange, type SharedTopic } from './sharedChanges'

export type AnswerTopic = Extract<SharedTopic, 'published' | 'services'>

export interface KeptAnswer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  storedAt: number
}

/** The backstop: an answer older than this is built again even if no change was heard of. */
export const ANSWER_TTL_MS = 60_000
/** Answers bigger than this are not kept (a session answer is ~10–60 kB, a directory page ~100 kB). */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024
const BUDGET_BYTES = 64 * 1024 * 1024

export class AnswerCache {
  private readonly answers: LRUCache<string, KeptAnswer>
  private generation = 0

  constructor(options: { ttlMs?: number; budgetBytes?: number } = {}) {
    this.answers = new LRUCache<string, KeptAnswer>({
      maxSize: options.budgetBytes ?? BUDGET_BYTES,
      sizeCalculation: (answer, key) => answer.body.length + key.length + 512,
      ttl: options.ttlMs ?? ANSWER_TTL_MS,
    })
  }

  /** Where things stand now: pass it back to `keep` so an answer built across a forget is dropped. */
  get current(): number {
    return this.generation
  }

  find(key: string): KeptAnswer | undefined {
    return this.answers.get(key)
  }

  /** Keeps an answer built since `generation`, unless the content changed meanwhile. */
  keep(key: string, generation: number, answer: Omit<KeptAnswer, 'storedAt'>): boolean {
    if (generation !== this.generation || answer.body.length > MAX_ANSWER_BYTES) return false
    this.answers.set(key, { ...answer, storedAt: Date.now() })
    return true
  }

  forget(): void {
    this.generation++
    this.answers.clear()
  }

  get size(): number {
    return this.answers.size
  }
}

// One cache per topic and process even if a bundler loads this module twice: the hooks that
// forget (in Payload's config) and the front that serves (scripts/server.mjs) must share it.
const KEY = Symbol.for('reeduca.answerCaches')
type Holder = { [KEY]?: Map<AnswerTopic, AnswerCache> }

export function answerCache(topic: AnswerTopic): AnswerCache {
  const caches = ((globalThis as Holder)[KEY] ??= new Map())
  let cache = caches.get(topic)
  if (!cache) {
    caches.set(topic, (cache = new AnswerCache()))
    onSharedChange(topic, () => cache!.forget())
  }
  return cache
}

/** Content of `topic` changed in this process: every kept answer of it goes. */
export function forgetAnswers(topic: AnswerTopic): void {
  answerCache(topic).forget()
}
