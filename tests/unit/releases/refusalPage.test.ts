/** A refused download as a page for browsers (src/core/releases/refusalPage.ts). */
import { describe, expect, it } from 'vitest'

import { downloadRefusalPage, wantsPage } from '@/core/releases/refusalPage'

describe('a refused download as a page', () => {
  it('is for browsers’ navigations, not for programs', () => {
    expect(wantsPage('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(true)
    expect(wantsPage('application/json')).toBe(false)
    expect(wantsPage('*/*')).toBe(false)
    expect(wantsPage(null)).toBe(false)
    expect(wantsPage('text/htmlx')).toBe(false)
  })

  it('says why in the person’s language, escaped, with a way back to the portal and nothing from elsewhere', () => {
    const page = downloadRefusalPage('La edición «<script>alert(1)</script>» no existe.', 'es')
    expect(page).toContain('<html lang="es">')
    expect(page).toContain('<title>No se pudo descargar</title>')
    expect(page).toContain('La edición «&lt;script&gt;alert(1)&lt;/script&gt;» no existe.')
    expect(page).not.toContain('<script')
    expect(page).toContain('<a href="/portal">Volver al portal</a>')
    expect(page).not.toMatch(/https?:\/\//)
    expect(downloadRefusalPage('Gone.', 'en')).toContain('<a href="/portal">Back to the portal</a>')
  })
})
