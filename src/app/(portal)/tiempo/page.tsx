import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'El tiempo · Weather' }

/**
 * Where the quick exit leads by default: a page about something else entirely, with no link
 * back and nothing in its title about this site. REEDUCA_QUICK_EXIT_URL points the quick exit
 * elsewhere (e.g. a local news or weather site) where a deployment prefers that.
 */
export default function Neutral() {
  return (
    <main className="page neutral">
      <h1>El tiempo hoy</h1>
      <p>Consejos para los días de calor: bebe agua con frecuencia, busca la sombra entre las 12 y las 16 horas y usa ropa ligera.</p>
      <p>Para los días de lluvia: lleva paraguas, evita cruzar calles inundadas y revisa el pronóstico local antes de salir.</p>
      <h2>Weather today</h2>
      <p>On hot days: drink water often, keep to the shade at midday and wear light clothes.</p>
    </main>
  )
}
