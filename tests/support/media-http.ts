import http from 'node:http';
import type { TestApi } from './api';
import type { SignedInClient } from './session';

export interface MediaResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface UploadResponse {
  status: number;
  body: {
    mediaItem?: { id: string; url: string; fileName: string; mimeType: string; width: number; height: number };
    errors?: { message: string; extensions: Record<string, unknown> & { code: string; field?: string } }[];
  };
}

const cookieHeader = (client: SignedInClient) => [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');

/** POST /media as a signed-in member (session cookie and CSRF header, as the editor sends them). */
export async function uploadImage(api: TestApi, client: SignedInClient, bytes: Buffer, fileName: string): Promise<UploadResponse> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(`${api.baseUrl}/media`, {
    method: 'POST',
    body: form,
    headers: { 'x-tenant': client.tenant, cookie: cookieHeader(client), 'x-csrf-token': client.csrfToken },
  });
  return { status: res.status, body: (await res.json()) as UploadResponse['body'] };
}

/**
 * GET `path` on the server at `baseUrl` as a reader of `host` (node:http, because
 * fetch cannot set the Host header), optionally with a signed-in member's cookies.
 */
export function getMedia(
  baseUrl: string,
  path: string,
  opts: { host: string; as?: SignedInClient; headers?: Record<string, string> },
): Promise<MediaResponse> {
  const { port } = new URL(baseUrl);
  const headers: Record<string, string> = { ...opts.headers, host: opts.host };
  if (opts.as) headers.cookie = cookieHeader(opts.as);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
