/**
 * Loads the demo programme into a Payload instance: accounts, the programme, themes, both tracks
 * with their modules and sessions (Spanish and English), generated media and resources, the
 * directory of services, and the manual's front-matter chapters and glossary. Idempotent: what exists (matched by email, slug, number or name) is
 * left alone, so running it twice changes nothing.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Media, Service } from '@payload-types'
import { toSlug } from '@collections/fields/slug'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import { demoResources, glossaryTerms, manualChapters, services, themes, tracks } from '@/cms/seed/curriculum'
import type { Localized, SeedActivity, SeedLocale, SeedSession, SeedTrack } from '@/cms/seed/curriculum/types'
import { sessionMaterials } from '@/cms/seed/curriculum/materials'
import { breathingGuideWav, demoVideoMp4, illustrationPng, webVtt } from './media'
import { demoAccounts, demoProgramme } from './programme'
import { seedReviewStates } from './review'

type ID = number | string
/**
 * A relation's ID as the generated types spell it. They name the default adapter's type (numbers
 * on SQLite); at run time an ID is whatever the adapter returned, string or number, untouched.
 */
const ref = (id: ID) => id as number
type SeedCollection = 'users' | 'programmes' | 'tracks' | 'modules' | 'sessions' | 'themes' | 'resources' | 'media' | 'services' | 'manual-chapters' | 'glossary-terms'

export interface SeedOptions {
  password: string
  /** Called after each step: done of total, and what was just done. */
  onProgress?: (done: number, total: number, label: string) => void
}

export interface SeedSummary {
  created: Record<string, number>
  skipped: Record<string, number>
}

const LOCALES: SeedLocale[] = ['es', 'en']
const rich = lexicalFromParagraphs

export function seedStepCount(): number {
  const moduleCount = tracks.reduce((sum, track) => sum + track.modules.length, 0)
  const sessionCount = tracks.reduce((sum, track) => sum + track.sessions.length, 0)
  return (
    demoAccounts.length + 1 + themes.length + tracks.length + moduleCount + Object.keys(demoResources).length + sessionCount + services.length +
    manualChapters.length + glossaryTerms.length
  )
}

/**
 * Each step (a programme, a track, an account, a session…) is written in a transaction of its own
 * (where the database has them): a failed seed leaves no half-written document, and what it
 * finished stays, so running it again (find-or-create) completes it. One transaction for the whole
 * seed was aborted on MongoDB, which ends a transaction after 60 s by default
 * (transactionLifetimeLimitSeconds), and held SQLite's write lock for the whole seed.
 */
export async function seedDemo(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  let inTransaction = await initTransaction(req)
  const checkpoint = async () => {
    if (!inTransaction) return
    await commitTransaction(req)
    inTransaction = await initTransaction(req)
  }
  try {
    const summary = await seedAll(payload, req, options, checkpoint)
    if (inTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    if (inTransaction) await killTransaction(req)
    throw error
  }
}

/** What every step shares: the request (one transaction per step), progress, and find-or-create. */
interface Seed {
  payload: Payload
  req: PayloadRequest
  options: SeedOptions
  summary: SeedSummary
  /** Ends a step: commits its transaction, starts the next one, reports progress. */
  step(label: string): Promise<void>
  findOne(collection: SeedCollection, where: Where): Promise<{ id: ID } | undefined>
  /** Finds by `where` or runs `create`; counts which. Returns the ID. */
  upsert(collection: SeedCollection, where: Where, create: () => Promise<{ id: ID }>): Promise<ID>
  /** Creates a document with its Spanish text, then writes its English text. */
  createInBothLanguages(collection: SeedCollection, es: Record<string, unknown>, en: Record<string, unknown>): Promise<{ id: ID }>
}

type Ids = Record<string, ID>

async function seedAll(payload: Payload, req: PayloadRequest, options: SeedOptions, checkpoint: () => Promise<void>): Promise<SeedSummary> {
  const summary: SeedSummary = { created: {}, skipped: {} }
  const total = seedStepCount()
  let done = 0
  const seed: Seed = {
    payload,
    req,
    options,
    summary,
    step: async (label) => {
      await checkpoint()
      options.onProgress?.(++done, total, label)
    },
    findOne: async (collection, where) =>
      (await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false, req })).docs[0] as { id: ID } | undefined,
    async upsert(collection, where, create) {
      const existing = await this.findOne(collection, where)
      if (existing) {
        summary.skipped[collection] = (summary.skipped[collection] ?? 0) + 1
        return existing.id
      }
      const created = await create()
      summary.created[collection] = (summary.created[collection] ?? 0) + 1
      return created.id
    },
    async createInBothLanguages(collection, es, en) {
      const created = await payload.create({ collection, locale: 'es', req, data: es as never })
      await payload.update({ collection, id: created.id, locale: 'en', req, data: en as never })
      return created
    },
  }

  // Programme, then tracks: accounts are scoped to tracks.
  const programmeId = await seedProgramme(seed)
  const trackIds = await seedTracks(seed, programmeId)
  await seedAccounts(seed, trackIds)
  const themeIds = await seedThemes(seed)
  const moduleIds = await seedModules(seed, trackIds)
  const resourceIds = await seedResources(seed, trackIds)
  await seedSessions(seed, { trackIds, moduleIds, themeIds, resourceIds })
  await seedServices(seed)
  await seedManualMatter(seed, programmeId, trackIds)
  return summary
}

async function seedProgramme(seed: Seed): Promise<ID> {
  const { title, summary, overview, howToJoin } = demoProgramme
  const id = await seed.upsert('programmes', { slug: { equals: demoProgramme.slug } }, () =>
    seed.createInBothLanguages(
      'programmes',
      {
        slug: demoProgramme.slug,
        title: title.es,
        institution: demoProgramme.institution,
        summary: summary.es,
        overview: rich(overview.es),
        states: demoProgramme.states,
        howToJoin: { phone: howToJoin.phone, who: howToJoin.who.es, where: howToJoin.where.es, contact: howToJoin.contact.es },
      },
      {
        title: title.en,
        summary: summary.en,
        overview: rich(overview.en),
        howToJoin: { who: howToJoin.who.en, where: howToJoin.where.en, contact: howToJoin.contact.en },
      },
    ),
  )
  await seed.step('programme')
  return id
}

async function seedTracks(seed: Seed, programmeId: ID): Promise<Ids> {
  const trackIds: Ids = {}
  for (const track of tracks) {
    trackIds[track.key] = await seed.upsert('tracks', { slug: { equals: track.slug } }, () =>
      seed.createInBothLanguages(
        'tracks',
        {
          programme: ref(programmeId),
          slug: track.slug,
          title: track.title.es,
          audience: track.audience,
          plannedSessions: track.plannedSessions,
          sessionMinutes: track.sessionMinutes,
          description: track.description.es,
          discreetTitle: track.discreetTitle?.es,
          ...(track.groupFormat ? { groupFormat: track.groupFormat } : {}),
          ...(track.openGroup ? { openGroup: { sessionsPerTheme: track.openGroup.sessionsPerTheme, entryGuidance: track.openGroup.entryGuidance.es } } : {}),
        },
        {
          title: track.title.en,
          description: track.description.en,
          discreetTitle: track.discreetTitle?.en,
          ...(track.openGroup ? { openGroup: { sessionsPerTheme: track.openGroup.sessionsPerTheme, entryGuidance: track.openGroup.entryGuidance.en } } : {}),
        },
      ),
    )
    await seed.step(`track ${track.slug}`)
  }
  return trackIds
}

async function seedAccounts(seed: Seed, trackIds: Ids): Promise<void> {
  for (const account of demoAccounts) {
    await seed.upsert('users', { email: { equals: account.email } }, () =>
      seed.payload.create({
        collection: 'users',
        req: seed.req,
        data: {
          email: account.email,
          name: account.name,
          password: seed.options.password,
          roles: account.roles,
          tracks: (account.trackKeys ?? []).map((key) => ref(trackIds[key])),
        },
      }),
    )
    await seed.step(`account ${account.email}`)
  }
}

async function seedThemes(seed: Seed): Promise<Ids> {
  const themeIds: Ids = {}
  for (const theme of themes) {
    themeIds[theme.key] = await seed.upsert('themes', { slug: { equals: theme.key } }, () =>
      seed.createInBothLanguages(
        'themes',
        { slug: theme.key, title: theme.title.es, description: theme.description.es },
        { title: theme.title.en, description: theme.description.en },
      ),
    )
    await seed.step(`theme ${theme.key}`)
  }
  return themeIds
}

async function seedModules(seed: Seed, trackIds: Ids): Promise<Ids> {
  const moduleIds: Ids = {}
  for (const track of tracks) {
    for (const seedModule of track.modules) {
      moduleIds[`${track.key}:${seedModule.key}`] = await seed.upsert(
        'modules',
        { and: [{ track: { equals: trackIds[track.key] } }, { order: { equals: seedModule.order } }] },
        () =>
          seed.createInBothLanguages(
            'modules',
            { track: ref(trackIds[track.key]), order: seedModule.order, title: seedModule.title.es, summary: seedModule.summary.es, _status: 'published' },
            { title: seedModule.title.en, summary: seedModule.summary.en, _status: 'published' },
          ),
      )
      await seed.step(`module ${track.slug} ${seedModule.order}`)
    }
  }
  return moduleIds
}

async function seedResources(seed: Seed, trackIds: Ids): Promise<Ids> {
  const { payload, req } = seed
  const resourceIds: Ids = {}
  // Made once, only if a video resource is still to be created; null without ffmpeg.
  let demoVideo: Buffer | null | undefined
  for (const [key, resource] of Object.entries(demoResources)) {
    if (resource.kind === 'video') {
      const existing = await payload.find({ collection: 'resources', where: { title: { equals: resource.title.es } }, locale: 'es', limit: 1, depth: 0, draft: true, req })
      if (!existing.docs.length) {
        demoVideo ??= await demoVideoMp4({ seconds: 6 })
        if (!demoVideo) {
          payload.logger.info(`Seed: ffmpeg is not installed, the demo video "${resource.title.en}" is skipped.`)
          await seed.step(`resource ${key} (skipped: no ffmpeg)`)
          continue
        }
      }
    }
    const usedBy = tracks.filter((track) => track.sessions.some((session) => session.resourceKeys?.includes(key)))
    const resourceTracks = (usedBy.length ? usedBy : tracks).map((track) => ref(trackIds[track.key]))
    resourceIds[key] = await seed.upsert('resources', { title: { equals: resource.title.es } }, async () => {
      const drawing = key.replace(/^(illustration|audio|video)-/, '')
      const captions: Array<{ language: SeedLocale; file: number }> = []
      let file: Media
      let durationSeconds: number | undefined
      if (resource.kind === 'audio' || resource.kind === 'video') {
        durationSeconds = resource.kind === 'video' ? 6 : 32
        file = await createMedia(seed, {
          data: resource.kind === 'video' ? demoVideo! : breathingGuideWav({ seconds: durationSeconds }),
          mimetype: resource.kind === 'video' ? 'video/mp4' : 'audio/wav',
          name: `${drawing}.${resource.kind === 'video' ? 'mp4' : 'wav'}`,
          alt: resource.title,
        })
        for (const locale of LOCALES) {
          const lines = resource.captionLines?.[locale] ?? [resource.title[locale]]
          const vtt = await createMedia(seed, {
            data: Buffer.from(webVtt(lines, durationSeconds), 'utf8'),
            mimetype: 'text/vtt',
            name: `${drawing}.${locale}.vtt`,
            alt: { es: `Subtítulos (${locale})`, en: `Captions (${locale})` },
          })
          captions.push({ language: locale, file: ref(vtt.id) })
        }
      } else {
        file = await createMedia(seed, { data: await illustrationPng(drawing), mimetype: 'image/png', name: `${drawing}.png`, alt: resource.title })
      }
      const transcript = (locale: SeedLocale) => (resource.captionLines ? rich(resource.captionLines[locale]) : undefined)
      return seed.createInBothLanguages(
        'resources',
        {
          title: resource.title.es,
          description: resource.description.es,
          kind: resource.kind,
          audience: resource.audience,
          file: file.id,
          captions,
          durationSeconds,
          tracks: resourceTracks,
          languages: ['es', 'en'],
          licence: 'CC BY 4.0',
          // The credit field is one text for every locale (a name, as credits are): no words of one language.
          credit: 'Reeduca (demo)',
          transcript: transcript('es'),
          _status: 'published',
        },
        { title: resource.title.en, description: resource.description.en, transcript: transcript('en'), _status: 'published' },
      )
    })
    await seed.step(`resource ${key}`)
  }
  return resourceIds
}

async function seedSessions(seed: Seed, ids: { trackIds: Ids; moduleIds: Ids; themeIds: Ids; resourceIds: Ids }): Promise<void> {
  const createdSessions: ID[][] = []
  for (const track of tracks) {
    const created: ID[] = []
    for (const session of track.sessions) {
      await seed.upsert(
        'sessions',
        { and: [{ track: { equals: ids.trackIds[track.key] } }, { number: { equals: session.number } }] },
        async () => {
          const doc = await createSession(seed, track, session, ids)
          created.push(doc.id)
          return doc
        },
      )
      await seed.step(`session ${track.slug} ${session.number}`)
    }
    createdSessions.push(created)
  }
  // Published sessions were reviewed; one revision is in review and one has changes requested.
  if (createdSessions.some((created) => created.length > 0)) {
    const accountId = async (role: string) => (await seed.findOne('users', { roles: { in: [role] } }))?.id ?? null
    await seedReviewStates(seed.payload, seed.req, {
      sessionsByTrack: createdSessions,
      designerId: await accountId('curriculum-designer'),
      reviewerId: await accountId('reviewer'),
    })
  }
}

async function seedServices(seed: Seed): Promise<void> {
  for (const service of services) {
    await seed.upsert('services', { name: { equals: service.name } }, () =>
      seed.createInBothLanguages(
        'services',
        {
          name: service.name,
          kind: service.kind,
          state: (service.state === 'national' ? 'national' : toSlug(service.state)) as Service['state'],
          municipality: service.municipality,
          address: service.address,
          phone: service.phone,
          hours: service.hours.es,
          description: service.description.es,
          servesWhom: service.servesWhom.es,
          serves: service.serves,
          languages: service.languages,
          ruralCoverage: service.ruralCoverage,
          _status: 'published',
        },
        { hours: service.hours.en, description: service.description.en, servesWhom: service.servesWhom.en, _status: 'published' },
      ),
    )
    await seed.step(`service ${service.name}`)
  }
}

/** The manual's front matter and glossary: the programme's (no track) and each track's, published. */
async function seedManualMatter(seed: Seed, programmeId: ID, trackIds: Ids): Promise<void> {
  const scope = (trackKey: string | undefined): Where[] => [
    { programme: { equals: programmeId } },
    trackKey ? { track: { equals: trackIds[trackKey] } } : { track: { exists: false } },
  ]
  const owner = (trackKey: string | undefined) => ({ programme: ref(programmeId), ...(trackKey ? { track: ref(trackIds[trackKey]) } : {}) })
  for (const chapter of manualChapters) {
    await seed.upsert('manual-chapters', { and: [...scope(chapter.trackKey), { kind: { equals: chapter.kind } }] }, () =>
      seed.createInBothLanguages(
        'manual-chapters',
        { ...owner(chapter.trackKey), kind: chapter.kind, order: chapter.order, title: chapter.title.es, body: rich(chapter.body.es), _status: 'published' },
        { title: chapter.title.en, body: rich(chapter.body.en), _status: 'published' },
      ),
    )
    await seed.step(`chapter ${chapter.trackKey ?? 'programme'} ${chapter.kind}`)
  }
  for (const entry of glossaryTerms) {
    await seed.upsert('glossary-terms', { and: [...scope(entry.trackKey), { term: { equals: entry.term.es } }] }, () =>
      seed.createInBothLanguages(
        'glossary-terms',
        { ...owner(entry.trackKey), term: entry.term.es, definition: entry.definition.es, participantDefinition: entry.participantDefinition?.es, _status: 'published' },
        { term: entry.term.en, definition: entry.definition.en, participantDefinition: entry.participantDefinition?.en, _status: 'published' },
      ),
    )
    await seed.step(`glossary ${entry.term.es}`)
  }
}

async function createMedia(seed: Seed, file: { data: Buffer; mimetype: string; name: string; alt: Localized<string> }): Promise<Media> {
  const media = (await seed.payload.create({
    collection: 'media',
    locale: 'es',
    req: seed.req,
    data: { alt: file.alt.es },
    file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
  })) as Media
  await seed.payload.update({ collection: 'media', id: media.id, locale: 'en', req: seed.req, data: { alt: file.alt.en } })
  return media
}

function activityData(activity: SeedActivity, locale: SeedLocale, id?: string, resourceIds?: Ids) {
  const resource = activity.resourceKey ? resourceIds?.[activity.resourceKey] : undefined
  return {
    ...(id ? { id } : {}),
    ...(resource !== undefined ? { resource } : {}),
    blockType: activity.kind,
    minutes: activity.minutes,
    title: activity.title[locale],
    facilitatorInstructions: rich(activity.facilitatorInstructions[locale]),
    participantContent: rich(activity.participantContent[locale]),
  }
}

function sessionData(
  session: SeedSession,
  locale: SeedLocale,
  previous?: { activities?: Array<{ id?: string | null }> | null; objectives?: Array<{ id?: string | null }> | null; handouts?: Array<{ id?: string | null }> | null },
  resourceIds?: Ids,
) {
  // Array and block rows keep their IDs across locales so that each row gets both translations.
  const rowId = (rows: Array<{ id?: string | null }> | null | undefined, index: number) => rows?.[index]?.id ?? undefined
  return {
    title: session.title[locale],
    summary: session.summary[locale],
    contentNotes: session.contentNotes?.[locale],
    materials: sessionMaterials(session)[locale],
    objectives: session.objectives.map((objective, index) => ({ id: rowId(previous?.objectives, index), objective: objective[locale] })),
    activities: session.activities.map((activity, index) => activityData(activity, locale, rowId(previous?.activities, index) ?? undefined, resourceIds)),
    facilitatorNotes: rich(session.facilitatorNotes[locale]),
    safetyNotes: rich(session.safetyNotes[locale]),
    handouts: session.handouts.map((handout, index) => ({
      id: rowId(previous?.handouts, index),
      title: handout.title[locale],
      body: rich(handout.body[locale]),
    })),
  }
}

async function createSession(
  seed: Seed,
  track: SeedTrack,
  session: SeedSession,
  ids: { trackIds: Ids; moduleIds: Ids; themeIds: Ids; resourceIds: Ids },
): Promise<{ id: ID }> {
  const { payload, req } = seed
  const created = await payload.create({
    collection: 'sessions',
    locale: 'es',
    req,
    data: {
      ...sessionData(session, 'es', undefined, ids.resourceIds),
      track: ids.trackIds[track.key],
      module: ids.moduleIds[`${track.key}:${session.moduleKey}`],
      number: session.number,
      duration: track.sessionMinutes,
      themes: session.themeKeys.map((key) => ids.themeIds[key]).filter(Boolean),
      resources: (session.resourceKeys ?? []).map((key) => ids.resourceIds[key]).filter(Boolean),
      _status: 'published',
    } as never,
  })
  await payload.update({
    collection: 'sessions',
    id: created.id,
    locale: 'en',
    req,
    data: { ...sessionData(session, 'en', created as never, ids.resourceIds), _status: 'published' } as never,
  })
  return created
}
