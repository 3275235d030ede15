import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ManualReleases } from '@collections/ManualReleases'
import { recoverOnInit, releaseJobs } from '@/cms/jobs/queue'
import { publishDirectDownloads } from '@/server/directDownloads'
import { verifyReadyReleasesOnInit } from '@/cms/releases/integrity'
import { cleanUploadTempDir } from '@/core/files/uploadTemp'
import { Media } from '@collections/Media'
import { makeMediaRenditionsTask } from '@collections/Media/renditions'
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
import { restrictLockedDocuments } from '@collections/access/lockedDocuments'
import { createDatabaseAdapter } from '@/cms/db/adapter'
import { curriculumSearchEndpoint } from '@/cms/endpoints/curriculumSearch'
import { graphQLValidationRules } from '@/cms/graphql/limits'
import { chooseDatabase } from '@/cms/db/choice'
import { DEFAULT_LOCALE, contentLocales } from '@/core/locales'
import { resolveSecret } from '@/core/rules/secret'
import { projectRoot } from '@/core/files/storage'

const database = chooseDatabase(process.env.DATABASE_URI, {
  projectRoot,
  idType: process.env.REEDUCA_DB_ID_TYPE,
})

// Payload adds its document-locks collection while building the config, open to any signed-in
// user: its access is narrowed once built (collections/access/lockedDocuments.ts).
export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: resolveSecret(process.env),
  // No calls home: the CMS must work offline and tell no third party who uses it.
  telemetry: false,
  admin: {
    user: Users.slug,
    // Gravatar would call an outside host for every avatar.
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · Reeduca' },
    components: {
      graphics: {
        Logo: '/src/ui/admin/Logo#Logo',
        Icon: '/src/ui/admin/Icon#Icon',
      },
      // What the curriculum team still has to write, translate, caption (src/coverage).
      beforeDashboard: ['/src/ui/admin/CoverageDashboard#CoverageDashboard'],
      afterNavLinks: ['/src/ui/admin/CurriculumSearch#CurriculumSearchNavLink', '/src/ui/admin/ThemeMap#ThemeMapNavLink'],
      views: {
        // Themes against the two tracks, to keep them aligned (src/core/curriculum/themeMap.ts).
        themeMap: { Component: '/src/ui/admin/ThemeMap#ThemeMapView', path: '/theme-map' },
        curriculumSearch: { Component: '/src/ui/admin/CurriculumSearch#CurriculumSearchView', path: '/search' },
      },
    },
  },
  // GET /api/search: the curriculum team's search across sessions, activities and resources.
  endpoints: [curriculumSearchEndpoint],
  collections: [Programmes, Tracks, Modules, Sessions, ReviewDecisions, Themes, Resources, Media, Services, ManualReleases, Users],
  // Manual releases are built in the background (src/cms/jobs/queue.ts), and so are
  // video posters and low-bandwidth copies (collections/Media/renditions.ts).
  jobs: { ...releaseJobs, tasks: [...(releaseJobs.tasks ?? []), makeMediaRenditionsTask as any] },
  // Resume release builds a stopped process left half done.
  onInit: async (payload) => {
    publishDirectDownloads(payload)
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
  },
  editor: curriculumEditor,
  db: createDatabaseAdapter(database, {
    migrationsRoot: path.join(projectRoot, 'migrations'),
    push: process.env.REEDUCA_DB_PUSH === '1',
  }),
  sharp,
  // Uploads stream to temporary files, bounded by the largest per-kind media limit.
  upload: uploadOptions(),
  hooks: { afterError: [malformedUploadIsBadRequest] },
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
