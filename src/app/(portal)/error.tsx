'use client'

import { ErrorScreen } from '@/ui/portal/ErrorScreen'

/** Any failure of a public or portal page: Spanish, with the quick exit and 911. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorScreen reset={reset} />
}
