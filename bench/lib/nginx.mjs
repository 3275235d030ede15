// Shared by the download benchmarks: Debian's nginx serving one file from disk, the yardstick
// the app's downloads are measured against.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../scripts/lib.mjs'

export const NGINX = '/usr/sbin/nginx'
/** Whether Debian's nginx is installed: `apt-get install -y nginx`. */
export const hasNginx = () => fs.existsSync(NGINX)

/** nginx in the foreground with its own config, pid, logs and temp folders; stop() ends it. */
export async function startNginx(file, { workers = Number(process.env.BENCH_NGINX_WORKERS || 1) } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-nginx-'))
  const root = path.join(folder, 'www')
  fs.mkdirSync(root)
  fs.copyFileSync(file, path.join(root, 'manual.pdf'))
  fs.chmodSync(folder, 0o755)
  const port = await freePort()
  const temp = (name) => path.join(folder, name)
  fs.writeFileSync(
    temp('nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes ${workers};
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  types { application/pdf pdf; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`,
  )
  const child = spawn(NGINX, ['-c', temp('nginx.conf'), '-p', folder, '-e', temp('error.log')], { stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}/manual.pdf`
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${temp('error.log')}`)
    const ok = await fetch(url).then((r) => r.ok, () => false)
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    stop: () => {
      child.kill('SIGQUIT')
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

