import { describe, expect, test } from 'vitest'

import { ACCEPTED_FORMATS } from '@/core/media/formats'
import { safeFilename } from '@/core/media/filename'

const png = ACCEPTED_FORMATS['image/png']
const jpeg = ACCEPTED_FORMATS['image/jpeg']

describe('safe file names', () => {
  test.each([
    ['../../etc/passwd.png', 'passwd.png'],
    ['..\\..\\windows\\foto.png', 'foto.png'],
    ['foto\u0000.php.png', 'foto.php.png'],
    ['fo\u0007to\r\n.png', 'foto.png'],
    ['gnp\u202e.exe.png', 'gnp.exe.png'],
    ['.htaccess.png', 'htaccess.png'],
    ['con.png', 'upload.png'],
    ['taller de grupo.png', 'taller-de-grupo.png'],
    ['....png', 'upload.png'],
  ])('%j → %j', (name, expected) => {
    expect(safeFilename(name, png)).toBe(expected)
  })

  test('keeps a matching extension and supplies the right one otherwise', () => {
    expect(safeFilename('foto.jpeg', jpeg)).toBe('foto.jpeg')
    expect(safeFilename('foto', jpeg)).toBe('foto.jpg')
  })

  test('long names are shortened', () => {
    expect(safeFilename(`${'a'.repeat(500)}.png`, png).length).toBeLessThanOrEqual(124)
  })
})
