/**
 * An S3-compatible server for a test suite, in the suite's own process (npm `s3rver`): no Docker,
 * no download, nothing beyond `npm ci`. It keeps objects in a temporary folder and checks request
 * signatures (with its fixed key pair S3RVER/S3RVER) as S3 does. `useObjectStore()` sets the S3_*
 * variables the app reads (src/core/files/storage.ts); call it before Payload starts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
// s3rver ships no types.
// @ts-expect-error no declaration file
import S3rver from 's3rver'

export interface TestObjectStore {
  endpoint: string
  bucket: string
  client: S3Client
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

export async function useObjectStore(bucket = 'reeduca-test'): Promise<TestObjectStore> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = (await server.run()) as { port: number }
  const endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: '1',
  })
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  return {
    endpoint,
    bucket,
    client,
    keys: async () => {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys.sort()
    },
    stop: async () => {
      for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']) delete process.env[name]
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
