/**
 * A small curriculum every integration suite can build on a fresh database: one programme, the
 * women's and men's tracks, modules, published and draft sessions, themes, resources for both
 * audiences, published and draft services, one image, and one account per role (plus a
 * facilitator scoped to the men's track and an account with no role).
 *
 * Facilitator-only text and draft-only text carry marker strings (MARKERS) so a test can assert
 * that a response body never contains them, wherever in the body they might have leaked.
 */
import sharp from 'sharp'
import type { Payload } from 'payload'

export type ID = number | string

export const PASSWORD = 'fixture-password-1234'

export const MARKERS = {
  /** In every session's facilitatorNotes. */
  facilitatorNotes: 'FACNOTES-7c1e',
  /** In every session's safetyNotes. */
  safetyNotes: 'SAFETYNOTES-4b9d',
  /** In every activity's facilitatorInstructions. */
  instructions: 'FACINSTRUCTIONS-2f8a',
  /** In the title and description of the facilitator-audience resource. */
  facilitatorResource: 'FACRESOURCE-9e3c',
  /** In the titles of documents that exist only as drafts. */
  draft: 'DRAFTONLY-5a6b',
  /** In the unpublished changes saved as a draft over a published session. */
  pendingDraft: 'PENDINGDRAFT-8d2f',
  /** In the titles of everything in the women's track. */
  women: 'WOMENTRACK-3e7a',
} as const

/** Every marker of facilitator-only content. */
export const FACILITATOR_ONLY_MARKERS = [
  MARKERS.facilitatorNotes,
  MARKERS.safetyNotes,
  MARKERS.instructions,
  MARKERS.facilitatorResource,
]

/** Markers of text only draft readers may see. */
export const DRAFT_MARKERS = [MARKERS.draft, MARKERS.pendingDraft]

export const ACTORS = [
  'admin',
  'designer',
  'trainer',
  'reviewer',
  'facilitator',
  'scopedFacilitator',
  'noRole',
  'anonymous',
] as const
export type Actor = (typeof ACTORS)[number]
export type AccountActor = Exclude<Actor, 'anonymous'>

const ACCOUNT_ROLES: Record<AccountActor, string[]> = {
  admin: ['admin'],
  designer: ['curriculum-designer'],
  trainer: ['trainer'],
  reviewer: ['reviewer'],
  facilitator: ['facilitator'],
  scopedFacilitator: ['facilitator'],
  noRole: [],
}

export interface Account {
  id: ID
  email: string
  roles: string[]
  /** The full user document, for Local API calls with `user`. */
  doc: any
}

/** Lexical editor state holding one paragraph of text. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}

/** One activity block. */
export function activity(blockType: string, title: string, minutes: number, extra: Record<string, unknown> = {}) {
  return {
    blockType,
    title,
    minutes,
    facilitatorInstructions: richText(`${MARKERS.instructions}: ${title}, step by step.`),
    participantContent: richText(`What participants read during «${title}».`),
    ...extra,
  }
}

/** An agenda of five activities of different kinds adding up to `total` minutes (default 150). */
export function fullAgenda(total = 150) {
  return [
    activity('checkIn', 'Registro de entrada', 20),
    activity('themeWork', 'Trabajo temático', total - 90),
    activity('groupDiscussion', 'Discusión', 40),
    activity('break', 'Receso', 10),
    activity('closing', 'Cierre', 20),
  ]
}

export interface CurriculumFixture {
  programme: ID
  tracks: { women: ID; men: ID }
  modules: { women: ID; men: ID; menDraft: ID }
  sessions: {
    womenPublished: ID
    womenDraft: ID
    menPublished: ID
    menDraft: ID
    /** Published, with newer unpublished changes (MARKERS.pendingDraft) saved as a draft. */
    menPendingDraft: ID
  }
  themes: { rights: ID }
  resources: { menParticipant: ID; menFacilitator: ID; menDraft: ID; womenParticipant: ID }
  services: { published: ID; draft: ID }
  media: { image: ID }
  accounts: Record<AccountActor, Account>
}

export interface FixtureDocument {
  id: ID
  /** Exists only as a draft (never published). */
  draft: boolean
  /** Belongs to the women's track. */
  women: boolean
}

/** Every fixture document of a collection, with whether it is a draft and whether it is the women's. */
export function fixtureDocuments(f: CurriculumFixture, slug: string): FixtureDocument[] {
  const doc = (id: ID, facts: { draft?: boolean; women?: boolean } = {}): FixtureDocument => ({
    id,
    draft: facts.draft ?? false,
    women: facts.women ?? false,
  })
  switch (slug) {
    case 'users':
      return Object.values(f.accounts).map((account) => doc(account.id))
    case 'programmes':
      return [doc(f.programme)]
    case 'tracks':
      return [doc(f.tracks.women, { women: true }), doc(f.tracks.men)]
    case 'modules':
      return [doc(f.modules.women, { women: true }), doc(f.modules.men), doc(f.modules.menDraft, { draft: true })]
    case 'sessions':
      return [
        doc(f.sessions.womenPublished, { women: true }),
        doc(f.sessions.womenDraft, { women: true, draft: true }),
        doc(f.sessions.menPublished),
        doc(f.sessions.menDraft, { draft: true }),
        doc(f.sessions.menPendingDraft),
      ]
    case 'themes':
      return [doc(f.themes.rights)]
    case 'resources':
      return [
        doc(f.resources.menParticipant),
        doc(f.resources.menFacilitator),
        doc(f.resources.menDraft, { draft: true }),
        doc(f.resources.womenParticipant, { women: true }),
      ]
    case 'media':
      return [doc(f.media.image)]
    case 'services':
      return [doc(f.services.published), doc(f.services.draft, { draft: true })]
    default:
      throw new Error(`No fixture documents for ${slug}`)
  }
}

/** A 400×300 PNG: big enough for the thumbnail size (320×240), small enough to be quick. */
export async function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: '#b0413e' } }).png().toBuffer()
}

function sessionData(args: {
  number: number
  title: string
  track: ID
  module?: ID
  status: 'draft' | 'published'
  themes?: ID[]
  resources?: ID[]
}) {
  return {
    number: args.number,
    title: args.title,
    track: args.track,
    module: args.module,
    _status: args.status,
    summary: `Resumen de «${args.title}».`,
    objectives: [{ objective: 'Reconocer los tipos de violencia.' }],
    contentNotes: 'Se habla de violencia física y emocional.',
    activities: fullAgenda(150),
    facilitatorNotes: richText(`${MARKERS.facilitatorNotes}: notes for «${args.title}».`),
    safetyNotes: richText(`${MARKERS.safetyNotes}: watch for signs of risk in «${args.title}».`),
    themes: args.themes ?? [],
    resources: args.resources ?? [],
  }
}

export interface FixtureOptions {
  /** Which accounts to create (default: all). Each costs a password hash, about a second here. */
  accounts?: AccountActor[]
}

export async function buildCurriculumFixture(payload: Payload, options: FixtureOptions = {}): Promise<CurriculumFixture> {
  const create = async (collection: string, data: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    (await payload.create({ collection: collection as any, data: data as any, ...options })).id as ID

  const programme = await create('programmes', {
    title: 'Programa de reeducación',
    institution: 'Instituto de prueba',
    summary: 'Programa nacional de reeducación para víctimas y agresores de violencia de pareja.',
  })
  const tracks = {
    women: await create('tracks', {
      programme,
      title: `Línea de mujeres ${MARKERS.women}`,
      audience: 'women',
      plannedSessions: 25,
      sessionMinutes: 150,
    }),
    men: await create('tracks', {
      programme,
      title: 'Línea de hombres',
      audience: 'men',
      plannedSessions: 24,
      sessionMinutes: 150,
    }),
  }
  const modules = {
    women: await create('modules', { track: tracks.women, order: 1, title: `Mis derechos ${MARKERS.women}`, _status: 'published' }),
    men: await create('modules', { track: tracks.men, order: 1, title: 'Desconstruir la violencia', _status: 'published' }),
    menDraft: await create('modules', { track: tracks.men, order: 2, title: `Nuevas masculinidades ${MARKERS.draft}`, _status: 'draft' }, { draft: true }),
  }
  const themes = { rights: await create('themes', { title: 'Tipos de violencia', description: 'Tema común a ambas líneas.' }) }

  const image = await tinyPng()
  const media = {
    image: await create('media', { alt: 'Círculo de sillas' }, { file: { data: image, mimetype: 'image/png', name: 'circle.png', size: image.byteLength } }),
  }

  const resources = {
    menParticipant: await create('resources', {
      title: 'Viñeta: la discusión',
      kind: 'video',
      audience: 'participant',
      tracks: [tracks.men],
      themes: [themes.rights],
      file: media.image,
      _status: 'published',
    }),
    menFacilitator: await create('resources', {
      title: `Guía de contención ${MARKERS.facilitatorResource}`,
      description: `${MARKERS.facilitatorResource}: how to contain a participant in crisis.`,
      kind: 'document',
      audience: 'facilitator',
      tracks: [tracks.men],
      _status: 'published',
    }),
    menDraft: await create(
      'resources',
      { title: `Video en edición ${MARKERS.draft}`, kind: 'video', audience: 'participant', tracks: [tracks.men], _status: 'draft' },
      { draft: true },
    ),
    womenParticipant: await create('resources', {
      title: `Hoja de derechos ${MARKERS.women}`,
      kind: 'document',
      audience: 'participant',
      tracks: [tracks.women],
      _status: 'published',
    }),
  }

  const sessions = {
    womenPublished: await create(
      'sessions',
      sessionData({ number: 1, title: `Mis derechos ${MARKERS.women}`, track: tracks.women, module: modules.women, status: 'published', themes: [themes.rights], resources: [resources.womenParticipant] }),
    ),
    womenDraft: await create(
      'sessions',
      sessionData({ number: 2, title: `Mitos y realidades ${MARKERS.women} ${MARKERS.draft}`, track: tracks.women, module: modules.women, status: 'draft', themes: [themes.rights] }),
      { draft: true },
    ),
    menPublished: await create(
      'sessions',
      sessionData({
        number: 1,
        title: 'No violencia',
        track: tracks.men,
        module: modules.men,
        status: 'published',
        themes: [themes.rights],
        resources: [resources.menParticipant, resources.menFacilitator],
      }),
    ),
    menDraft: await create(
      'sessions',
      sessionData({ number: 2, title: `Respeto ${MARKERS.draft}`, track: tracks.men, module: modules.men, status: 'draft', themes: [themes.rights], resources: [resources.menDraft] }),
      { draft: true },
    ),
    menPendingDraft: await create(
      'sessions',
      sessionData({ number: 3, title: 'Apoyo y confianza', track: tracks.men, module: modules.men, status: 'published', themes: [themes.rights] }),
    ),
  }
  // Unpublished changes over a published session: only draft readers may see them.
  await payload.update({
    collection: 'sessions',
    id: sessions.menPendingDraft,
    draft: true,
    data: { title: `Apoyo y confianza ${MARKERS.pendingDraft}`, _status: 'draft' } as any,
  })

  const services = {
    published: await create('services', {
      name: 'Línea Mujeres',
      kind: 'hotline',
      state: 'national',
      phone: '800 000 0000',
      _status: 'published',
    }),
    draft: await create(
      'services',
      { name: `Refugio en revisión ${MARKERS.draft}`, kind: 'shelter', state: 'yucatan', phone: '999 000 0000', _status: 'draft' },
      { draft: true },
    ),
  }

  // Accounts are created side by side: each one hashes a password, the slow part of the fixture.
  const accounts = {} as Record<AccountActor, Account>
  const actors = options.accounts ?? (Object.keys(ACCOUNT_ROLES) as AccountActor[])
  await Promise.all(
    actors.map(async (actor) => {
      const roles = ACCOUNT_ROLES[actor]
      const email = `${actor.toLowerCase()}@fixture.test`
      const id = await create('users', {
        email,
        password: PASSWORD,
        name: actor,
        // The roles field requires a role: the no-role account is stripped of it below.
        roles: roles.length ? roles : ['facilitator'],
        tracks: actor === 'scopedFacilitator' ? [tracks.men] : [],
      })
      if (roles.length === 0) {
        // An account whose roles were all removed (e.g. someone who left the programme).
        await payload.db.updateOne({ collection: 'users', where: { id: { equals: id } }, data: { roles: [] } } as any)
      }
      const doc = await payload.findByID({ collection: 'users', id, depth: 0 })
      accounts[actor] = { id, email, roles, doc: { ...doc, collection: 'users' } }
    }),
  )

  return { programme, tracks, modules, sessions, themes, resources, services, media, accounts }
}

/** A JWT per account (anonymous: null), by logging in through the REST API. */
export async function loginAll(
  api: { login(email: string, password: string): Promise<string> },
  fixture: CurriculumFixture,
): Promise<Record<Actor, string | null>> {
  const tokens = { anonymous: null } as Record<Actor, string | null>
  await Promise.all(
    Object.entries(fixture.accounts).map(async ([actor, account]) => {
      tokens[actor as Actor] = await api.login(account.email, PASSWORD)
    }),
  )
  return tokens
}
