import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A GET to 127.0.0.1:`port` with exactly the headers given, Host included:
 * for hosts no client library would send ("gesundheit.localhost:@evil.example").
 */
export function rawGet(port: number, path: string, headers: Record<string, string>): Promise<RawResponse> {
  return rawRequest(port, 'GET', path, headers);
}

/** Like rawGet, for any method and an optional body. */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join('\n') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: text });
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} took over 30 s`)));
    req.on('error', reject);
    req.end(body);
  });
}
