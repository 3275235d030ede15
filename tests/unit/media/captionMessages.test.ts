/**
 * Every line detail webvtt-parser can write has a Spanish and an English text: read from the
 * parser's own source, so an upgrade that adds a message fails here instead of reaching a Spanish
 * admin in English.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

import { expect, test } from 'vitest'

import { WEBVTT_PARSER_MESSAGES, webVttParserMessage } from '@/core/media/captionMessages'

const parserSource = fs.readFileSync(createRequire(import.meta.url).resolve('webvtt-parser'), 'utf8')

test('each message the parser writes is known in both languages', () => {
  // err("…") calls; the one built from a list is checked with the list joined as the parser does.
  const literal = [...parserSource.matchAll(/err\("((?:[^"\\]|\\.)*)"\)/g)].map((match) => JSON.parse(`"${match[1]}"`) as string)
  const alignValues = parserSource.match(/var alignValues = (\[[^\]]*\])/)
  expect(alignValues, 'the alignment list of webvtt-parser').not.toBeNull()
  const built = `Alignment can only be set to one of ${(JSON.parse(alignValues![1]) as string[]).join(', ')}.`
  const messages = [...new Set([...literal, built])]
  expect(messages.length).toBeGreaterThan(40)
  const missing = messages.filter((message) => !WEBVTT_PARSER_MESSAGES[message])
  expect(missing).toEqual([])
  for (const message of messages) {
    const { es, en } = webVttParserMessage(message)
    expect(es.trim(), message).not.toBe('')
    expect(en.trim(), message).not.toBe('')
    expect(es, `${message}: Spanish text`).not.toBe(message)
  }
})
