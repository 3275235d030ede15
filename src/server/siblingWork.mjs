// Which app processes of one `npm start` have work other than downloads, told to each of its
// siblings (src/server/downloadTurns.ts): processes on one machine share its cores, so a crowd of
// downloads in one process slows a save in another as surely as in its own. Measured
// (bench/mixed.mjs, two processes, each making way only for its own work): saves of a session
// with 100 versions took 402 ms under 50 downloaders, against 192 ms with one process.
//
// Both ends live here, in plain JavaScript: the primary's (`SiblingWork`, kept by scripts/server.mjs,
// which loads neither Next nor TypeScript) and each process's (`joinSiblings`). Messages over the
// cluster's IPC channel, only when a process's state changes:
//   process → primary   { reeduca: 'app-work', busy }       this process has other work, or none left
//   primary → process   { reeduca: 'siblings-work', busy }  some other process has, or none has

export const APP_WORK = 'app-work'
export const SIBLINGS_WORK = 'siblings-work'

export class SiblingWork {
  constructor() {
    /** Ids of the processes that have other work. */
    this.busy = new Set()
    /** What each process was last told. */
    this.told = new Map()
  }

  /**
   * A process said it has other work (or none left), or is gone (busy false, gone true); `ids`
   * are the processes now running. Returns the messages to send: [id, { reeduca, busy }].
   */
  update(id, busy, ids, gone = false) {
    if (busy) this.busy.add(id)
    else this.busy.delete(id)
    if (gone) this.told.delete(id)
    const messages = []
    for (const each of ids) {
      if (gone && each === id) continue
      const othersBusy = [...this.busy].some((other) => other !== each)
      if ((this.told.get(each) ?? false) !== othersBusy) {
        this.told.set(each, othersBusy)
        messages.push([each, { reeduca: SIBLINGS_WORK, busy: othersBusy }])
      }
    }
    return messages
  }
}

/**
 * A process's end (src/server/directDownloads.ts): reports its own work to the primary, and tells
 * `gate` (a TurnGate) what the primary says of the others. Only in a process forked by
 * scripts/server.mjs (one of several: REEDUCA_APP_PROCESS set, an IPC channel open).
 */
export function joinSiblings(gate) {
  if (!process.env.REEDUCA_APP_PROCESS || !process.send || gate.perTurn <= 0) return
  // A callback: a message to a primary that is already gone is dropped, not thrown.
  gate.onOwnWork = (busy) => process.send?.({ reeduca: APP_WORK, busy }, undefined, undefined, () => {})
  process.on('message', (message) => {
    if (message?.reeduca === SIBLINGS_WORK) gate.siblingWork(Boolean(message.busy))
  })
}
