/**
 * The file name a media URL ends with: the uploaded name's stem made safe
 * (Latin letters, digits, hyphens) plus the extension of the detected type,
 * never the extension the uploader claimed.
 */
export function safeFileName(original: string | undefined | null, extension: string): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const safe = stem
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${safe || 'image'}.${extension}`;
}
