/**
 * The one script of the offline bundle's session pages, inline (a page opened from disk has no
 * server to load a script from, and nothing here may reach one): live captions and the session timer.
 *
 * Captions: each <track> carries its WebVTT as a `data:` URL, which Chromium reads from a page
 * opened from `file://` (a `src` to a sibling .vtt file is refused there: "'file:' URLs are
 * treated as unique security origins") and the cues again as JSON in `data-cues`: a browser that
 * still refuses the track (readyState ERROR, or loaded with no cue) gets the same cues through the
 * TextTrack API (`addTextTrack` + `VTTCue`). Audio shows its captions in a caption line under the
 * player (an <audio> element never draws captions), driven by `cuechange`.
 *
 * Timer: the same state and transitions as the portal's timer (src/core/curriculum/sessionTimer.ts),
 * written out again as plain browser JavaScript because a page opened from disk cannot import a
 * module of this code base and printing the compiled functions with toString() would depend on how
 * each build renames them; tests/unit/releases/offlineScript.test.ts runs both on the same events
 * and expects the same states. Kept in localStorage (works from file:// in Chromium and Firefox).
 */

/** The timer's state machine: defines `timer`. Exported alone for the parity test. */
export const OFFLINE_TIMER_LOGIC = `
var timer = (function () {
  function finite(n) { return typeof n === 'number' && isFinite(n) && n >= 0 }
  function initial() { return { activityIndex: 0, runningSince: null, elapsedMs: 0, activityStartedAtMs: 0 } }
  function isRunning(s) { return s.runningSince !== null }
  function totalElapsed(s, now) { return s.elapsedMs + (s.runningSince !== null ? Math.max(0, now - s.runningSince) : 0) }
  function activityElapsed(s, now) { return Math.max(0, totalElapsed(s, now) - s.activityStartedAtMs) }
  function copy(s, change) { var out = {}, k; for (k in s) out[k] = s[k]; for (k in change) out[k] = change[k]; return out }
  function start(s, now) { return isRunning(s) ? s : copy(s, { runningSince: now }) }
  function pause(s, now) { return isRunning(s) ? copy(s, { elapsedMs: totalElapsed(s, now), runningSince: null }) : s }
  function next(s, now, count) {
    if (s.activityIndex >= count) return s
    return copy(s, { activityIndex: s.activityIndex + 1, activityStartedAtMs: totalElapsed(s, now), startedAtMs: (s.startedAtMs || []).concat([s.activityStartedAtMs]) })
  }
  function previous(s) {
    if (s.activityIndex <= 0) return s
    var starts = (s.startedAtMs || []).slice()
    var at = starts.pop()
    return copy(s, { activityIndex: s.activityIndex - 1, activityStartedAtMs: at === undefined ? s.activityStartedAtMs : at, startedAtMs: starts })
  }
  function overrun(s, now, activityMinutes, totalMinutes) {
    return {
      activityMs: activityMinutes === undefined ? 0 : Math.max(0, activityElapsed(s, now) - activityMinutes * 60000),
      totalMs: Math.max(0, totalElapsed(s, now) - totalMinutes * 60000)
    }
  }
  function parse(raw) {
    if (!raw) return null
    try {
      var v = JSON.parse(raw)
      if (!v || !finite(v.activityIndex) || !finite(v.elapsedMs) || !finite(v.activityStartedAtMs)) return null
      if (v.runningSince !== null && v.runningSince !== undefined && !finite(v.runningSince)) return null
      var out = { activityIndex: Math.floor(v.activityIndex), runningSince: v.runningSince == null ? null : v.runningSince, elapsedMs: v.elapsedMs, activityStartedAtMs: v.activityStartedAtMs }
      if (Array.isArray(v.startedAtMs) && v.startedAtMs.every(finite)) out.startedAtMs = v.startedAtMs.slice(0, Math.floor(v.activityIndex))
      return out
    } catch (e) { return null }
  }
  return { initial: initial, isRunning: isRunning, totalElapsed: totalElapsed, activityElapsed: activityElapsed, start: start, pause: pause, next: next, previous: previous, overrun: overrun, parse: parse }
})();
`

const CAPTIONS = `
(function () {
  var lang = document.documentElement.lang
  var clean = function (text) { return String(text || '').replace(/<[^>]*>/g, '') }
  function update(media) {
    var line = document.querySelector('[data-caption-for="' + media.id + '"]')
    if (!line) return
    var text = '', best = -1
    for (var i = 0; i < media.textTracks.length; i++) {
      var t = media.textTracks[i]
      if (t.mode === 'disabled' || !t.activeCues) continue
      var rank = (t.mode === 'showing' ? 2 : 0) + (t.language === lang ? 1 : 0)
      if (rank <= best) continue
      var parts = []
      for (var j = 0; j < t.activeCues.length; j++) parts.push(clean(t.activeCues[j].text))
      best = rank
      text = parts.join(' ')
    }
    if (line.textContent !== text) line.textContent = text
  }
  function wire(media) {
    for (var i = 0; i < media.textTracks.length; i++) {
      var t = media.textTracks[i]
      if (t.reeducaWired) continue
      t.reeducaWired = true
      t.addEventListener('cuechange', function () { update(media) })
    }
    update(media)
  }
  function fallback(element, media) {
    if (element.getAttribute('data-fallback')) return
    var cues
    try { cues = JSON.parse(element.getAttribute('data-cues') || '[]') } catch (e) { cues = [] }
    var Cue = window.VTTCue || window.TextTrackCue
    if (!Cue || !media.addTextTrack) return
    element.setAttribute('data-fallback', '1')
    var showing = element.track && element.track.mode === 'showing'
    if (element.track) element.track.mode = 'disabled'
    var track = media.addTextTrack('captions', element.label, element.srclang)
    for (var i = 0; i < cues.length; i++) { try { track.addCue(new Cue(cues[i][0], cues[i][1], cues[i][2])) } catch (e) {} }
    track.mode = showing || element.default ? 'showing' : 'disabled'
    wire(media)
  }
  function check(element, media) {
    var t = element.track
    // 3: ERROR (the browser refused the track); 2: LOADED but empty.
    if (element.readyState === 3 || (element.readyState === 2 && t && t.cues && t.cues.length === 0)) fallback(element, media)
  }
  var players = document.querySelectorAll('video[data-captioned], audio[data-captioned]')
  for (var p = 0; p < players.length; p++) (function (media) {
    var tracks = media.querySelectorAll('track')
    for (var k = 0; k < tracks.length; k++) (function (element) {
      element.addEventListener('error', function () { fallback(element, media) })
      element.addEventListener('load', function () { check(element, media); wire(media) })
      check(element, media)
    })(tracks[k])
    media.addEventListener('timeupdate', function () { update(media) })
    media.addEventListener('seeked', function () { update(media) })
    if (media.textTracks.addEventListener) media.textTracks.addEventListener('addtrack', function () { wire(media) })
    wire(media)
  })(players[p])
})();
`

const TIMER_UI = `
(function () {
  var root = document.getElementById('timer')
  if (!root) return
  var data
  try { data = JSON.parse(root.getAttribute('data-timer')) } catch (e) { return }
  var key = data.key, activities = data.activities, totalMinutes = data.totalMinutes, L = data.labels
  var store = null
  try { store = window.localStorage } catch (e) { store = null }
  var state = (store && timer.parse(store.getItem(key))) || timer.initial()
  var $ = function (name) { return root.querySelector('[data-t="' + name + '"]') }
  function clock(ms) {
    var s = Math.floor(ms / 1000), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60)
    var ss = String(s % 60).padStart(2, '0')
    return h ? h + ':' + String(m).padStart(2, '0') + ':' + ss : m + ':' + ss
  }
  function save() { try { if (store) store.setItem(key, JSON.stringify(state)) } catch (e) {} }
  function render() {
    var now = Date.now()
    var current = activities[state.activityIndex]
    var running = timer.isRunning(state)
    $('title').textContent = current ? current.title : L.done
    $('activity').textContent = current ? clock(timer.activityElapsed(state, now)) + ' / ' + current.minutes + ' min' : ''
    $('total').textContent = clock(timer.totalElapsed(state, now)) + ' / ' + totalMinutes + ' min'
    var over = timer.overrun(state, now, current ? current.minutes : undefined, totalMinutes)
    var overEl = $('over')
    var minutesOver = Math.ceil(Math.max(over.activityMs, over.totalMs) / 60000)
    overEl.hidden = minutesOver <= 0
    overEl.textContent = minutesOver > 0 ? '⚠ +' + minutesOver + ' ' + L.over : ''
    root.setAttribute('data-state', running ? 'running' : state.elapsedMs > 0 ? 'paused' : 'stopped')
    $('toggle').textContent = running ? L.pause : state.elapsedMs > 0 ? L.resume : L.start
    $('previous').disabled = state.activityIndex <= 0
    $('next').disabled = state.activityIndex >= activities.length
    var rows = document.querySelectorAll('[data-activity-index]')
    for (var i = 0; i < rows.length; i++) {
      if (Number(rows[i].getAttribute('data-activity-index')) === state.activityIndex && (running || state.elapsedMs > 0)) rows[i].setAttribute('aria-current', 'step')
      else rows[i].removeAttribute('aria-current')
    }
  }
  function act(change) { state = change(state, Date.now()); save(); render() }
  root.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-t]') : null
    if (!button) return
    var action = button.getAttribute('data-t')
    if (action === 'toggle') act(function (s, now) { return timer.isRunning(s) ? timer.pause(s, now) : timer.start(s, now) })
    else if (action === 'next') act(function (s, now) { return timer.next(s, now, activities.length) })
    else if (action === 'previous') act(function (s) { return timer.previous(s) })
    else if (action === 'reset' && window.confirm(L.resetConfirm)) act(function () { return timer.initial() })
  })
  root.hidden = false
  render()
  setInterval(function () { if (timer.isRunning(state)) render() }, 1000)
})();
`

/** The whole script of a session page. */
export const OFFLINE_SESSION_SCRIPT = `${OFFLINE_TIMER_LOGIC}${CAPTIONS}${TIMER_UI}`
