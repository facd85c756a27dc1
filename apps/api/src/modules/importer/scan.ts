import type { Element, Root, RootContent } from 'hast';
import { plainText, type Reporter } from './report';
import { STRIPPED } from './sanitize-schema';

/** Removed because they run code, load other documents or change how the page resolves URLs. */
const UNSAFE = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'portal',
  'base',
]);
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'poster',
  'background',
  'cite',
  'data',
  'xLinkHref',
  'longDesc',
  'dynsrc',
  'lowsrc',
  'srcSet',
  'ping',
  'manifest',
  'codeBase',
  'archive',
  'classId',
  'profile',
  'useMap',
  'itemType',
]);
// Browsers drop control characters and spaces inside a scheme ("java\tscript:"), so the check does too.
const DANGEROUS_URL = /^(javascript|vbscript|livescript|data|file|jar|mhtml):/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers ignore in a scheme
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f]/g;
const DANGEROUS_CSS = /expression\s*\(|javascript:|vbscript:|url\s*\(|behavior\s*:|-moz-binding|@import/i;

export interface PageInfo {
  /** <title> of a whole HTML page. */
  title: string | null;
  /** <meta name="description"> of a whole HTML page. */
  description: string | null;
}

const textOf = (node: Element | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as RootContent)).join('') : '';

function propertyText(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * Walks the parsed (not yet sanitised) tree and reports what sanitising will
 * remove for safety, with its position, so the editor learns what was lost and
 * why. Sanitising itself does not depend on this walk.
 */
export function scanUnsafe(tree: Root, report: Reporter): PageInfo {
  const page: PageInfo = { title: null, description: null };

  const visit = (node: RootContent, inHead: boolean): void => {
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const props = node.properties ?? {};

    if (tag === 'head') {
      node.children.forEach((c) => visit(c, true));
      return;
    }
    if (tag === 'title' && inHead) page.title = textOf(node).trim() || null;
    if (tag === 'meta') {
      const equiv = propertyText(props.httpEquiv).toLowerCase();
      if (equiv === 'refresh' || equiv === 'set-cookie') {
        report.add(
          'unsafe-removed',
          `meta[http-equiv=${equiv}]`,
          "A meta refresh or cookie instruction was removed: it could redirect or change the reader's session.",
          node,
        );
      } else if (propertyText(props.name).toLowerCase() === 'description' && inHead) {
        page.description = propertyText(props.content).trim() || null;
      }
      return;
    }
    // Titles, stylesheets and metadata of the old page are not content and go silently; scripts are reported.
    if (inHead && tag !== 'base' && tag !== 'script') return;
    if (UNSAFE.has(tag)) {
      report.add('unsafe-removed', tag, `<${tag}> was removed with its content: it can run code or embed other content.`, node);
      return;
    }
    if (STRIPPED.includes(tag)) {
      const why =
        tag === 'nav' || tag === 'footer'
          ? 'navigation and footers of the old page are not part of the article.'
          : tag === 'input' && propertyText(props.type) === 'checkbox'
            ? 'task-list checkboxes have no place in patient information.'
            : 'forms, media players and interactive controls cannot be imported; add media through the media library.';
      // Its words go into the report: nothing of the article is lost without the editor seeing it.
      report.add('unsupported-removed', tag, `<${tag}> was removed: ${why}`, node, undefined, plainText(node));
      // Go on: the editor should also learn about handlers and addresses inside (a form's javascript: action).
    }
    for (const [name, value] of Object.entries(props)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) {
        report.add('unsafe-removed', `${tag}[${lower}]`, `The event handler "${lower}" was removed: it would run code.`, node);
      } else if (lower === 'srcdoc') {
        report.add('unsafe-removed', `${tag}[srcdoc]`, 'An embedded document (srcdoc) was removed.', node);
      } else if (lower === 'style' && DANGEROUS_CSS.test(propertyText(value))) {
        report.add(
          'unsafe-removed',
          `${tag}[style]`,
          'Inline CSS that can run code or load content was removed (all inline styles are dropped).',
          node,
        );
      } else if (URL_PROPERTIES.has(name) && DANGEROUS_URL.test(propertyText(value).replace(IGNORED_IN_SCHEME, ''))) {
        const scheme = propertyText(value).replace(IGNORED_IN_SCHEME, '').split(':')[0]!.toLowerCase();
        report.add(
          'unsafe-removed',
          `${tag}[${lower}]`,
          `A ${scheme}: address was removed: only http(s), mailto and tel addresses are kept.`,
          node,
        );
      }
    }
    node.children.forEach((c) => visit(c, inHead));
  };

  tree.children.forEach((c) => visit(c, false));
  return page;
}
