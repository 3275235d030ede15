import { SessionLivePreview } from '@/ui/admin/SessionLivePreview'
import { canReadDrafts } from '@/core/rules/roles'
import { currentUser } from '@/portal/server'

/**
 * The page the session editor's "Live preview" loads in its frame. The admin sends the unsaved
 * form to it (window.postMessage); it has the release renderers print it (POST
 * /api/sessions/preview) and shows the pages.
 */
export default async function SessionPreviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await currentUser()
  const { locale } = await searchParams
  if (!user || !canReadDrafts(user)) {
    return (
      <main className="preview-empty">
        <p>Inicia sesión en el panel de administración para ver la vista previa. · Log in to the admin to see the preview.</p>
      </main>
    )
  }
  return <SessionLivePreview initialLocale={typeof locale === 'string' ? locale : 'es'} />
}
