'use client'
import { useForm, useFormModified, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * After a publish the server refuses (a 403 or 400 with its reason), the edits are still in the
 * form and still unsaved, yet Payload's form (@payloadcms/ui 3.90, forms/Form `submit`) marks it
 * unmodified after every answer and restores "modified" only when a *draft* save failed: so
 * "Guardar borrador" and "Publicar cambios", which need a modified form, stayed disabled and the
 * designer could neither keep her edits as a draft nor try again.
 *
 * Payload has no option for it; this watches the form instead: a submit that started on a
 * modified form and ended refused (Payload leaves `submitted` true after a refusal and sets it
 * false after a success) puts the form back to modified.
 */
export function useEditsKeptAfterRefusedPublish(): void {
  const { setModified } = useForm()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const wasProcessing = useRef(false)
  const modifiedAtStart = useRef(false)
  const lastModified = useRef(modified)

  useEffect(() => {
    if (processing && !wasProcessing.current) modifiedAtStart.current = lastModified.current || modified
    if (!processing && wasProcessing.current) {
      if (submitted && modifiedAtStart.current && !modified) setModified(true)
      modifiedAtStart.current = false
    }
    wasProcessing.current = processing
    if (!processing) lastModified.current = modified
  }, [processing, submitted, modified, setModified])
}
