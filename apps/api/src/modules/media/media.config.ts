import os from 'node:os';
import path from 'node:path';
import { loadConfig, type MediaS3Config } from '../../kernel/config';
import { S3Storage } from './s3-storage';
import { LocalDiskStorage, type MediaStorage } from './storage';

export interface MediaConfig {
  /** Largest accepted upload in bytes (MEDIA_MAX_BYTES, default 10 MB). */
  maxBytes: number;
  /** Where the local disk storage keeps files (CARELEAF_MEDIA_DIR, default <data dir>/media). */
  root: string;
  /** Prefix of media URLs, e.g. a CDN (MEDIA_PUBLIC_URL); empty for site-relative URLs "/media/…". */
  publicBaseUrl: string;
  /** The S3-compatible bucket (MEDIA_STORAGE=s3, checked by the kernel's config); null: the local disk under `root`. */
  s3: MediaS3Config | null;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function loadMediaConfig(env: NodeJS.ProcessEnv = process.env): MediaConfig {
  const raw = env.MEDIA_MAX_BYTES;
  const maxBytes = raw ? Number(raw) : DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > 1024 * 1024 * 1024) {
    throw new Error(`MEDIA_MAX_BYTES must be a whole number of bytes between 1 and 1073741824, got "${raw}"`);
  }
  const config = loadConfig(env, 'tool');
  // Tests never write into the developer's data directory.
  const fallbackRoot = env.NODE_ENV === 'test' ? path.join(os.tmpdir(), 'careleaf-test-media') : path.join(config.dataDir, 'media');
  const publicBaseUrl = (env.MEDIA_PUBLIC_URL ?? '').replace(/\/+$/, '');
  if (publicBaseUrl && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(publicBaseUrl)) {
    throw new Error(`MEDIA_PUBLIC_URL must be an http(s) address such as https://cdn.example.org, got "${publicBaseUrl}"`);
  }
  return { maxBytes, root: path.resolve(env.CARELEAF_MEDIA_DIR || fallbackRoot), publicBaseUrl, s3: config.mediaS3 };
}

/** The storage the configuration names: the S3-compatible bucket when set, else the local disk. */
export function createMediaStorage(config: MediaConfig): MediaStorage {
  return config.s3 ? new S3Storage(config.s3) : new LocalDiskStorage(config.root);
}
