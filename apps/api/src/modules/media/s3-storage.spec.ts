import type { MediaS3Config } from '../../kernel/config';
import { S3Storage } from './s3-storage';

const config: MediaS3Config = {
  bucket: 'careleaf-media',
  prefix: 'careleaf/media',
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
  timeoutMs: 1000,
};

test('object keys are the storage key under the prefix, or the storage key alone without one', () => {
  const withPrefix = new S3Storage(config);
  const withoutPrefix = new S3Storage({ ...config, prefix: '' });
  try {
    expect(withPrefix.objectKey('t1/m1/bild.png')).toBe('careleaf/media/t1/m1/bild.png');
    expect(withoutPrefix.objectKey('t1/m1/bild.png')).toBe('t1/m1/bild.png');
  } finally {
    withPrefix.close();
    withoutPrefix.close();
  }
});

test('a key with unsafe segments is refused before any request is made', async () => {
  const storage = new S3Storage(config);
  try {
    for (const key of ['../etc/passwd', 't1//bild.png', '/t1/bild.png', 't1/m1/bild png']) {
      expect(() => storage.objectKey(key)).toThrow(/not a valid media storage key/);
    }
    await expect(storage.put('../x.png', Buffer.from('x'), 'image/png')).rejects.toThrow(/not a valid media storage key/);
    await expect(storage.delete('a/../b')).rejects.toThrow(/not a valid media storage key/);
  } finally {
    storage.close();
  }
});
