/**
 * Payload (@payloadcms/ui 3.90, `utilities/getClientSchemaMap.js`) keeps each collection's client
 * field schema map — the client fields, with their labels already turned into text — in a
 * process-wide cache keyed by the collection's slug alone. The labels in it are in the language of
 * whoever first opened a form of that collection after the server started; every field the server
 * renders from that map (rich text editors, whose Lexical entry renders on the server; any field
 * with a server component) then shows that language to everyone: in the English admin the release
 * form's notes editors read "Notas de la versión · English". The client config itself is cached
 * per language (`getClientConfig`), so everything else followed the admin's language.
 *
 * Payload offers no per-language key for that cache, only its own switch to skip it
 * (`global._payload_doNotCacheClientSchemaMap`, which it sets in development and resets after each
 * build). Here the switch stays on: the map is built again for each form request (React's `cache`
 * still shares it within one request), from the client config of the request's language. Building
 * it walks one collection's fields: measured here (tsx, 30 runs, two busy cores) a median of
 * 1.5–16 ms for sessions, the largest collection, and under 0.2 ms for releases and resources.
 */
declare global {
  // eslint-disable-next-line no-var
  var _payload_doNotCacheClientSchemaMap: boolean | undefined
}

Object.defineProperty(globalThis, '_payload_doNotCacheClientSchemaMap', {
  configurable: true,
  get: () => true,
  // Payload writes `false` after each build; the cache stays skipped.
  set: () => {},
})

export {}
