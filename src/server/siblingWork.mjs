// Which app processes of one `npm start` have work other than downloads, told to each of its
// siblings (src/server/downloadTurns.ts): processes on one machine share its cores, so a crowd of
// downloads in one process slows a save in another as surely as in its own. Measured
// (bench/mixed.mjs, two processes, each making way only for its own work): saves of a session
// with 100 versions took 402 ms under 50 downloaders, against 192 ms with one process.
//
// Plain JavaScript: the primary of scripts/server.mjs, which loads neither Next nor TypeScript,
// keeps it. Messages over the cluster's IPC channel, only when a process's state changes:
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
