import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';

/** The archive's tar bytes as text, to search for strings that must not be in it. */
export const tarText = (file: string): string => gunzipSync(fs.readFileSync(file)).toString('utf8');

/** A copy of the archive whose header is changed by `change` (the rest byte for byte). */
export async function rewriteHeader(
  from: string,
  to: string,
  change: (header: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const ex = extract();
  const out = pack();
  const writing = pipeline(out, createGzip(), fs.createWriteStream(to));
  const reading = pipeline(fs.createReadStream(from), createGunzip(), ex);
  for await (const entry of ex) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    let data = Buffer.concat(chunks);
    if (entry.header.name === 'careleaf-tenant.json') data = Buffer.from(JSON.stringify(change(JSON.parse(data.toString('utf8')))));
    await new Promise<void>((resolve, reject) =>
      out.entry({ name: entry.header.name, size: data.length }, data, (e) => (e ? reject(e) : resolve())),
    );
  }
  await reading;
  out.finalize();
  await writing;
}
