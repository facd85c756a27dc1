import type { Root } from 'hast';
import type { Reporter } from './report';
import { SANITIZE_SCHEMA } from './sanitize-schema';
import { scanUnsafe, type PageInfo } from './scan';

/**
 * unified, remark and rehype are ESM-only. This CommonJS module loads them with
 * a real dynamic import() (TypeScript keeps `import()` as is under
 * module: nodenext), once, on the first import: they take ~0.4 s to load,
 * which the API and CLI should not pay at start-up. Under Jest, swc turns the
 * import() into require() and Jest compiles the packages (jest.config.js).
 * See docs/adr/0005-import-and-esm-only-libraries.md.
 */
async function loadLibraries() {
  const [unified, remarkParse, remarkGfm, remarkRehype, rehypeRaw, rehypeParse, rehypeSanitize] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('rehype-raw'),
    import('rehype-parse'),
    import('rehype-sanitize'),
  ]);
  return {
    unified: unified.unified,
    remarkParse: remarkParse.default,
    remarkGfm: remarkGfm.default,
    remarkRehype: remarkRehype.default,
    rehypeRaw: rehypeRaw.default,
    rehypeParse: rehypeParse.default,
    rehypeSanitize: rehypeSanitize.default,
  };
}

let libraries: ReturnType<typeof loadLibraries> | undefined;

/** A whole page (with <html>, <head> or <body>) or a fragment of one. */
const WHOLE_PAGE = /<(html|head|body)[\s>]/i;

/**
 * Markdown or HTML → a sanitised HTML syntax tree (hast) with source positions.
 * Markdown goes through the same sanitiser as HTML: raw HTML inside Markdown is
 * parsed (rehype-raw) and then sanitised like any other HTML.
 */
export async function parseSource(format: 'markdown' | 'html', source: string, report: Reporter): Promise<{ tree: Root; page: PageInfo }> {
  const lib = await (libraries ??= loadLibraries());
  let tree: Root;
  if (format === 'markdown') {
    const processor = lib
      .unified()
      .use(lib.remarkParse)
      .use(lib.remarkGfm)
      .use(lib.remarkRehype, { allowDangerousHtml: true })
      .use(lib.rehypeRaw);
    tree = (await processor.run(processor.parse(source))) as Root;
  } else {
    tree = lib
      .unified()
      .use(lib.rehypeParse, { fragment: !WHOLE_PAGE.test(source) })
      .parse(source);
  }
  const page = scanUnsafe(tree, report);
  const sanitised = (await lib.unified().use(lib.rehypeSanitize, SANITIZE_SCHEMA).run(tree)) as Root;
  return { tree: sanitised, page };
}
