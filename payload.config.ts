import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { EvaluationGroups } from '@collections/EvaluationGroups'
import { EvaluationSessions } from '@collections/EvaluationSessions'
import { GlossaryTerms } from '@collections/GlossaryTerms'
import { ManualChapters } from '@collections/ManualChapters'
import { ManualReleases } from '@collections/ManualReleases'
import { jobs, recoverOnInit } from '@/cms/jobs'
import { publishDirectDownloads } from '@/server/directDownloads'
import { publishPublishedAnswers } from '@/server/publishedAnswers'
import { PAYLOAD_CLIENT_STRINGS } from '@/ui/strings'
import { verifyReadyReleasesOnInit } from '@/cms/releases/integrity'
import { cleanUploadTempDir } from '@/core/files/uploadTemp'
import { Media } from '@collections/Media'
import { malformedUploadIsBadRequest, uploadOptions } from '@collections/Media/uploadOptions'
import { Modules } from '@collections/Modules'
import { Programmes } from '@collections/Programmes'
import { Resources } from '@collections/Resources'
import { ReviewDecisions } from '@collections/ReviewDecisions'
import { Services } from '@collections/Services'
import { Sessions } from '@collections/Sessions'
import { Themes } from '@collections/Themes'
import { Tracks } from '@collections/Tracks'
import { Users } from '@collections/Users'
import { curriculumEditor } from '@collections/fields/richText'
import { badQueryValueIsBadRequest } from '@collections/hooks/badQueryValueIsBadRequest'
import { publicErrorsKeepTheirDetails } from '@collections/hooks/publicErrorsKeepTheirDetails'
import { withDataDepthLimit } from '@collections/hooks/refuseDeepData'
import { LABEL_LANGUAGE_TRANSLATIONS, bilingualLabels } from '@collections/fields/labels'
// Server-rendered fields (rich text) get their labels in the admin's language, not the first visitor's.
import '@/cms/admin/clientSchemaMapPerLanguage'
import { restrictLockedDocuments } from '@collections/access/lockedDocuments'
import { createDatabaseAdapter } from '@/cms/db/adapter'
import { mediaStoragePlugins } from '@/cms/storage/objectStore'
import { curriculumSearchEndpoint } from '@/cms/endpoints/curriculumSearch'
import { evaluationReportEndpoint } from '@/cms/endpoints/evaluationReport'
import { graphQLValidationRules } from '@/cms/graphql/limits'
import { chooseDatabase } from '@/cms/db/choice'
import { DEFAULT_LOCALE, contentLocales } from '@/core/locales'
import { isBuildPhase } from '@/core/rules/buildPhase'
import { resolveSecret } from '@/core/rules/secret'
import { trustedOrigins } from '@/core/rules/origins'
import { projectRoot } from '@/core/files/storage'

// Payload's start-up version check (dev and tests only) refuses @payloadcms/storage-s3 3.90.1 next
// to payload 3.90.2: the adapter has no 3.90.2 on the registry, and npm `overrides` make it use
// our payload. The same check, minus that known patch gap, is tests/unit/payloadVersions.test.ts.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

// SERVER_URL and REEDUCA_TRUSTED_ORIGINS (src/core/rules/origins.ts).
const origins = trustedOrigins(process.env)

const database = chooseDatabase(process.env.DATABASE_URI, {
  projectRoot,
  idType: process.env.REEDUCA_DB_ID_TYPE,
})

// Payload adds its document-locks collection while building the config, open to any signed-in
// user: its access is narrowed once built (collections/access/lockedDocuments.ts).
export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: resolveSecret(process.env),
  // Payload ignores the auth cookie of a request whose Origin is not listed (a forged request),
  // and lets only these origins read answers across origins. The request guard in front of the
  // API (src/server/requestGuard.ts) also refuses such writes when SERVER_URL is not set.
  csrf: origins,
  ...(origins.length ? { cors: origins } : {}),
  // No calls home: the CMS must work offline and tell no third party who uses it.
  telemetry: false,
  admin: {
    user: Users.slug,
    // Gravatar would call an outside host for every avatar.
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    // Tabs say "Reeduca", never the framework's name (custom views below get their own title).
    meta: { titleSuffix: ' · Reeduca', description: 'Reeduca' },
    // A date as the admin's language writes it ("6 dic 2026, 3:14" / "Dec 6, 2026, 3:14 AM"):
    // date-fns' localized format; Payload's default put English ordinals on Spanish months.
    dateFormat: 'PPp',
    // A refusal's toast carries its reasons in a sentence or two: Payload's 4 s is too short to
    // read them (WCAG 2.2.1); hovering still holds a toast, and its close button still closes it.
    toast: { duration: 12_000, expand: true },
    components: {
      graphics: {
        Logo: '/src/ui/admin/Logo#Logo',
        Icon: '/src/ui/admin/Icon#Icon',
      },
      // What the curriculum team still has to write, translate, caption (src/core/curriculum/coverage.ts).
      beforeDashboard: ['/src/ui/admin/CoverageDashboard#CoverageDashboard'],
      afterNavLinks: ['/src/ui/admin/CurriculumSearch#CurriculumSearchNavLink', '/src/ui/admin/ThemeMap#ThemeMapNavLink', '/src/ui/admin/Evaluation#EvaluationNavLink'],
      views: {
        // Themes against the two tracks, to keep them aligned (src/core/curriculum/themeMap.ts).
        themeMap: { Component: '/src/ui/admin/ThemeMap#ThemeMapView', path: '/theme-map', meta: { title: 'Reeduca', titleSuffix: '' } },
        // Coordinators' evaluation dashboard: aggregate counts, small ones suppressed (src/core/evaluation/).
        evaluation: { Component: '/src/ui/admin/Evaluation#EvaluationView', path: '/evaluation', meta: { title: 'Reeduca', titleSuffix: '' } },
        curriculumSearch: { Component: '/src/ui/admin/CurriculumSearch#CurriculumSearchView', path: '/search', meta: { title: 'Reeduca', titleSuffix: '' } },
      },
    },
  },
  // GET /api/search: the curriculum team's search across sessions, activities and resources.
  // GET /api/evaluation/report.csv: the evaluation table for coordinators, small counts suppressed.
  endpoints: [curriculumSearchEndpoint, evaluationReportEndpoint],
  // Every collection refuses data nested absurdly deep (collections/hooks/refuseDeepData.ts).
  // Labels are authored as { es, en } objects; Payload reads some of them as text ("Ordenar por
  // [object Object]"), so each becomes a label function here, once (collections/fields/labels.ts).
  collections: [Programmes, Tracks, Modules, Sessions, ReviewDecisions, Themes, ManualChapters, GlossaryTerms, Resources, Media, Services, ManualReleases, Users, EvaluationGroups, EvaluationSessions].map(
    (collection) => bilingualLabels(withDataDepthLimit(collection)),
  ),
  // Manual releases are built in the background, and so are video posters and low-bandwidth
  // copies: one jobs module, a file per task (src/cms/jobs/).
  jobs,
  // Resume release builds a stopped process left half done.
  onInit: async (payload) => {
    // `next build` prerendering pages: nothing to serve or resume, and on a first start the
    // database is not migrated yet (the recovery's query failed there with a long error dump).
    if (isBuildPhase(process.env)) return
    publishDirectDownloads(payload)
    publishPublishedAnswers(payload)
    // Partial uploads that stopped instances left behind.
    await cleanUploadTempDir().catch((error) => payload.logger.warn({ err: error, msg: 'Could not clean the upload temp folder' }))
    await recoverOnInit(payload)
    // A ready release whose files are missing or damaged on disk is built again.
    await verifyReadyReleasesOnInit(payload)
  },
  localization: {
    locales: contentLocales(),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { es, en },
    fallbackLanguage: 'es',
    // The account page's preferences are the admin's, not the framework's.
    translations: {
      // `reeduca`: also the words scripts/patches/ has Payload's compiled client ask for (src/ui/strings.ts).
      es: {
        general: { payloadSettings: 'Preferencias del panel' },
        reeduca: { ...LABEL_LANGUAGE_TRANSLATIONS.es.reeduca, ...PAYLOAD_CLIENT_STRINGS.es },
      },
      en: {
        general: { payloadSettings: 'Admin preferences' },
        reeduca: { ...LABEL_LANGUAGE_TRANSLATIONS.en.reeduca, ...PAYLOAD_CLIENT_STRINGS.en },
      },
    },
  },
  editor: curriculumEditor,
  db: createDatabaseAdapter(database, {
    migrationsRoot: path.join(projectRoot, 'migrations'),
    push: process.env.REEDUCA_DB_PUSH === '1',
  }),
  sharp,
  // With S3_BUCKET set, media files live in an S3-compatible bucket, read through Payload's
  // access checks; disk otherwise (src/cms/storage/objectStore.ts).
  plugins: mediaStoragePlugins(),
  // Uploads stream to temporary files, bounded by the largest per-kind media limit.
  upload: uploadOptions(),
  // First: the others answer some errors anew, and then theirs is the answer.
  hooks: { afterError: [publicErrorsKeepTheirDetails, malformedUploadIsBadRequest, badQueryValueIsBadRequest] },
  // Types are generated on purpose (`npm run generate:types`) and committed, never as a side
  // effect of a dev server or a test run on another database.
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts'), autoGenerate: false },
  graphQL: {
    // Bounds the cost of a query so one request cannot walk the whole curriculum.
    maxComplexity: 2000,
    // What Payload's count misses: queries scaled by their limit, aliases, depth, anonymous use.
    validationRules: graphQLValidationRules,
  },
}).then(restrictLockedDocuments)
