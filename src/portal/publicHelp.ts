/**
 * What every public page shows before anything else (issue 17, "help first"): the emergency
 * number and the national 24-hour line for women, as tap-to-call links; and, on the home page,
 * how to join a group as the programme states it in the CMS. Read as an anonymous visitor, so
 * only published services count.
 */
import type { Payload } from 'payload'

import type { Programme, Service } from '@payload-types'
import { EMERGENCY_NUMBER, orderDirectory, servesValuesFor } from '@/core/services/directory'
import type { UILanguage } from '@/ui/strings'

export interface HelpLines {
  emergency: string
  /** The first national telephone line for women (the directory's order), if one is published. */
  womensLine: { name: string; phone: string; hours: string } | null
}

export async function helpLines(payload: Payload, lang: UILanguage): Promise<HelpLines> {
  const { docs } = await payload.find({
    collection: 'services',
    where: { and: [{ state: { equals: 'national' } }, { kind: { equals: 'hotline' } }, { serves: { in: servesValuesFor('women') } }] },
    overrideAccess: false,
    user: null,
    locale: lang,
    depth: 0,
    limit: 20,
    pagination: false,
  })
  // The emergency number is shown on its own; the women's line is the first line for women only.
  const lines = orderDirectory(docs as Service[]).filter((service) => service.serves === 'women')
  const line = lines[0]
  return { emergency: EMERGENCY_NUMBER, womensLine: line ? { name: line.name, phone: line.phone, hours: line.hours ?? '' } : null }
}

export interface HowToJoin {
  who: string
  where: string
  contact: string
  phone: string
}

/** How to join, from the first programme that says it (the demo has one programme). */
export async function howToJoin(payload: Payload, lang: UILanguage): Promise<HowToJoin | null> {
  const { docs } = await payload.find({ collection: 'programmes', overrideAccess: false, user: null, locale: lang, depth: 0, limit: 10, sort: 'createdAt' })
  for (const programme of docs as Programme[]) {
    const join = programme.howToJoin
    if (join && (join.who || join.where || join.contact || join.phone)) {
      return { who: join.who ?? '', where: join.where ?? '', contact: join.contact ?? '', phone: join.phone ?? '' }
    }
  }
  return null
}
