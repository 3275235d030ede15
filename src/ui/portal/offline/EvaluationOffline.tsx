'use client'
/**
 * The evaluation form's "record a session", working offline too: with JavaScript the counts are
 * posted as JSON to EVALUATION_ENDPOINT; offline, the portal's service worker keeps the request
 * in Workbox's background-sync queue (IndexedDB) and the page says "waiting to send"; when the
 * connection returns the queue is sent (OfflineAgent asks for the replay on `online`; the
 * browser's own sync event does it too where it has one) and the page shows the saved counts.
 * Without JavaScript the form posts to its server action as before.
 */
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { STRINGS, type UILanguage } from '@/ui/strings'
import { ask, offlineSupported } from './client'
import { REPLAYED_EVENT } from './OfflineAgent'
import { EVALUATION_ENDPOINT } from './protocol'

const QUEUED_EVENT = 'reeduca:evaluation-queued'
const HERE = '/portal/evaluacion'

export function OfflineSessionForm({
  action,
  className,
  children,
}: {
  action: (form: FormData) => void | Promise<void>
  className?: string
  children: React.ReactNode
}) {
  const router = useRouter()
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const body = JSON.stringify(Object.fromEntries(new FormData(form).entries()))
    try {
      const response = await fetch(EVALUATION_ENDPOINT, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body })
      router.replace(`${HERE}?${response.ok ? 'saved=1' : 'error=1'}`)
      router.refresh()
    } catch {
      // No connection: the worker queued it (or, without a worker, nothing could).
      form.reset()
      window.dispatchEvent(new CustomEvent(QUEUED_EVENT))
    }
  }
  return (
    <form action={action} className={className} onSubmit={onSubmit}>
      {children}
    </form>
  )
}

/** "N records waiting to send", while the queue holds any; "sent" once it is emptied. */
export function EvaluationPending({ lang }: { lang: UILanguage }) {
  const t = STRINGS[lang].offline
  const router = useRouter()
  const [pending, setPending] = useState<number | null>(null)
  const [sent, setSent] = useState(false)
  const [lost, setLost] = useState(false)

  useEffect(() => {
    if (!offlineSupported()) return
    let alive = true
    let known = 0
    const count = async () => {
      const answer = await ask<{ pending: number }>({ type: 'pending' }, 10_000).catch(() => null)
      if (!alive || !answer) return null
      known = answer.pending
      setPending(answer.pending)
      return answer.pending
    }
    const onQueued = async () => {
      setSent(false)
      // Without a worker in charge of the page, nothing could keep the record.
      const queued = navigator.serviceWorker.controller ? await count() : null
      setLost(!queued)
    }
    const onReplayed = (event: Event) => {
      const left = (event as CustomEvent<{ pending: number | null }>).detail?.pending
      if (typeof left !== 'number') return
      if (known > 0 && left === 0) {
        setSent(true)
        router.refresh()
      }
      known = left
      setPending(left)
    }
    void count()
    window.addEventListener(QUEUED_EVENT, onQueued)
    window.addEventListener(REPLAYED_EVENT, onReplayed)
    return () => {
      alive = false
      window.removeEventListener(QUEUED_EVENT, onQueued)
      window.removeEventListener(REPLAYED_EVENT, onReplayed)
    }
  }, [router])

  if (lost && !pending) return <p role="alert" className="notice notice--warning">{t.notSent}</p>
  if (pending) {
    return (
      <p role="status" className="notice" data-evaluation-pending={pending}>
        {t.pending(pending)}
      </p>
    )
  }
  if (sent) {
    return (
      <p role="status" className="notice" data-evaluation-sent>
        {t.sent}
      </p>
    )
  }
  return null
}
