import { redirect } from 'next/navigation'

// The public pages and the facilitator portal come with their own issue; until then the root
// leads to the admin.
export default function Home() {
  redirect('/admin')
}
