import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const S3_ENV = [
  'MEDIA_STORAGE',
  'MEDIA_S3_BUCKET',
  'MEDIA_S3_PREFIX',
  'MEDIA_S3_ENDPOINT',
  'MEDIA_S3_FORCE_PATH_STYLE',
  'MEDIA_S3_ACCESS_KEY_ID',
  'MEDIA_S3_SECRET_ACCESS_KEY',
  'MEDIA_S3_TIMEOUT_SECONDS',
];

export interface TestBucket {
  bucket: string;
  prefix: string;
  client: S3Client;
  /** Keys under `prefix`/`under`, sorted. */
  keys(under: string): Promise<string[]>;
  read(key: string): Promise<{ bytes: Buffer; contentType: string | undefined }>;
}

/**
 * A real S3 server (s3rver) on loopback with one bucket, and MEDIA_STORAGE=s3
 * pointing at it. Call before useTestDatabase(), so the services are built
 * from this environment; the environment is restored after the file.
 */
export function useS3Bucket(bucket = 'careleaf-media', prefix = 'careleaf/test'): TestBucket {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const saved = Object.fromEntries(S3_ENV.map((name) => [name, process.env[name]]));
  const out = { bucket, prefix } as TestBucket;
  beforeAll(async () => {
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    Object.assign(process.env, {
      MEDIA_STORAGE: 's3',
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_PREFIX: prefix,
      MEDIA_S3_ENDPOINT: endpoint,
      MEDIA_S3_FORCE_PATH_STYLE: 'true',
      MEDIA_S3_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      MEDIA_S3_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
      MEDIA_S3_TIMEOUT_SECONDS: '5',
    });
    out.client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3_CREDENTIALS });
  });
  out.keys = async (under) => {
    const res = await out.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/${under}`, MaxKeys: 1000 }));
    return (res.Contents ?? []).map((o) => o.Key!).sort();
  };
  out.read = async (key) => {
    const res = await out.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return { bytes: Buffer.from(await res.Body!.transformToByteArray()), contentType: res.ContentType };
  };
  afterAll(async () => {
    out.client?.destroy();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  return out;
}
