import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { BLOCK_TYPES } from '@careleaf/schema';
import { CATALOGS, catalogFor, loadMessages } from './catalogs';
import { FALLBACK_ERROR_TEXT, fallbackLanguage } from './fallback-error-text';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** The namespace of the API's error reasons (lib/error-text.ts). */
const ERRORS = 'errors';

const full = Object.entries(CATALOGS).filter(([, c]) => !c.parent);
const variants = Object.entries(CATALOGS).filter(([, c]) => c.parent);
const reference = flatten(CATALOGS.de!.messages as Tree);

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ('value' in el && typeof el.value === 'string') into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe('UI message catalogs', () => {
  test.each(full.map(([tag]) => tag))('the %s catalog has exactly the keys of the German one', (tag) => {
    const keys = [...flatten(CATALOGS[tag]!.messages as Tree).keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  test.each(variants.map(([tag]) => tag))('the %s variant only overrides keys its parent has, and inherits the rest', (tag) => {
    const own = flatten(CATALOGS[tag]!.messages as Tree);
    expect([...own.keys()].filter((k) => !reference.has(k))).toEqual([]);
    const merged = flatten(loadMessages(tag) as unknown as Tree);
    expect([...merged.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of merged) expect([key, value]).toEqual([key, own.get(key) ?? reference.get(key)]);
  });

  test('every message is valid ICU and uses the same arguments in every catalog', () => {
    const problems: string[] = [];
    for (const [tag, catalog] of Object.entries(CATALOGS)) {
      for (const [key, message] of flatten(catalog.messages as Tree)) {
        try {
          const args = [...argumentsOf(parse(message))].sort();
          const expected = [...argumentsOf(parse(reference.get(key)!))].sort();
          if (args.join() !== expected.join()) problems.push(`${tag} ${key}: arguments ${args} instead of ${expected}`);
        } catch (e) {
          problems.push(`${tag} ${key}: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('a locale without a catalog of its own uses its fallback chain, then its language, then English', () => {
    expect(catalogFor('de-AT')).toBe('de-AT');
    expect(catalogFor('de-CH', ['fr'])).toBe('de');
    expect(catalogFor('fr-CA', ['ar'])).toBe('ar');
    expect(catalogFor('tr')).toBe('en');
  });

  test('the last-resort error page repeats the Error messages of each catalog word for word', () => {
    for (const [language, text] of Object.entries(FALLBACK_ERROR_TEXT))
      expect([language, text]).toEqual([language, loadMessages(language).Error]);
    expect(fallbackLanguage('/de-AT/settings')).toBe('de');
    expect(fallbackLanguage('/tr')).toBe('en');
  });
});

/**
 * Keys the code uses: `const t = await getTranslations({namespace: 'X'})`,
 * `useTranslations('X')` or `createTranslator({…, namespace: 'X'})`, then `t('key')`. Keys must be literals so this
 * check stays complete; a computed key is reported as a problem.
 */
/**
 * Computed keys allowed because a typed list enumerates them: `t(\`block.${kind}\`)` in the Editor namespace
 * names one label per block kind, and the compiler checks each against the catalog type.
 */
const COMPUTED_FAMILIES: Record<string, readonly string[]> = { 'Editor.block.': BLOCK_TYPES };

function usedKeys(): { used: Set<string>; problems: string[] } {
  const used = new Set<string>();
  const problems: string[] = [];
  const root = path.join(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.spec.ts')) files.push(p);
    }
  };
  walk(root);
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const namespaces = new Map<string, string>();
    const namespaceOf = (call: ts.CallExpression): string | undefined => {
      const callee = call.expression.getText(source);
      if (callee !== 'getTranslations' && callee !== 'useTranslations' && callee !== 'createTranslator') return undefined;
      const arg = call.arguments[0];
      if (arg && ts.isStringLiteral(arg)) return arg.text;
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const prop of arg.properties) {
          if (ts.isPropertyAssignment(prop) && prop.name.getText(source) === 'namespace' && ts.isStringLiteral(prop.initializer))
            return prop.initializer.text;
        }
      }
      problems.push(`${path.relative(root, file)}: translator without a literal namespace`);
      return undefined;
    };
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.initializer) {
        let init: ts.Expression = node.initializer;
        if (ts.isAwaitExpression(init)) init = init.expression;
        if (ts.isCallExpression(init)) {
          const ns = namespaceOf(init);
          if (ns && ts.isIdentifier(node.name)) namespaces.set(node.name.text, ns);
        }
        if (ts.isArrayBindingPattern(node.name) && ts.isAwaitExpression(node.initializer)) {
          // const [a, t] = await Promise.all([..., getTranslations(...)])
          const all = node.initializer.expression;
          if (ts.isCallExpression(all) && all.arguments[0] && ts.isArrayLiteralExpression(all.arguments[0])) {
            all.arguments[0].elements.forEach((el, i) => {
              const binding = (node.name as ts.ArrayBindingPattern).elements[i];
              if (ts.isCallExpression(el) && binding && ts.isBindingElement(binding) && ts.isIdentifier(binding.name)) {
                const ns = namespaceOf(el);
                if (ns) namespaces.set(binding.name.text, ns);
              }
            });
          }
        }
      }
      // formAction(async ({ t, … }) => …) and helpers taking `t: EditorTranslator`: the editor's messages (lib/editor/form-action.ts).
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'formAction') {
        const handler = node.arguments[0];
        const param = handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) ? handler.parameters[0] : undefined;
        if (param && ts.isObjectBindingPattern(param.name)) {
          for (const el of param.name.elements) {
            if (ts.isIdentifier(el.name) && (el.propertyName ?? el.name).getText(source) === 't') namespaces.set(el.name.text, 'Editor');
          }
        }
      }
      // `(await getMessages(…)).Article.kind`: the patient page reads its kind labels whole (block-registry.spec.ts checks each is a kind).
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'kind' && node.expression.getText(source).endsWith('.Article')) {
        for (const key of reference.keys()) if (key.startsWith('Article.kind.')) used.add(key);
      }
      if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.type?.getText(source) === 'EditorTranslator') {
        namespaces.set(node.name.text, 'Editor');
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
            ? callee.expression.text
            : undefined;
        const ns = name ? namespaces.get(name) : undefined;
        if (ns) {
          const arg = node.arguments[0];
          if (arg && ts.isStringLiteral(arg)) used.add(`${ns}.${arg.text}`);
          else if (
            arg &&
            ts.isTemplateExpression(arg) &&
            COMPUTED_FAMILIES[`${ns}.${arg.head.text}`] &&
            arg.templateSpans.length === 1 &&
            !arg.templateSpans[0]!.literal.text
          ) {
            // A key family enumerated by a typed list (e.g. one label per block kind): every member counts as used.
            for (const member of COMPUTED_FAMILIES[`${ns}.${arg.head.text}`]!) used.add(`${ns}.${arg.head.text}${member}`);
          }
          // errors.<REASON> is looked up by the API's reason; error-reasons.spec.ts matches those keys to the API's catalogue.
          else if (ns !== ERRORS) problems.push(`${path.relative(root, file)}: ${node.getText(source)} has a computed key`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used, problems };
}

describe('message keys in the code', () => {
  const { used, problems } = usedKeys();

  test('every translation call names its namespace and key literally', () => {
    expect(problems).toEqual([]);
  });

  test('no catalog key is unused', () => {
    expect([...reference.keys()].filter((k) => !used.has(k) && !k.startsWith(`${ERRORS}.`))).toEqual([]);
  });

  test('every key the code uses exists in the catalogs', () => {
    expect([...used].filter((k) => !reference.has(k))).toEqual([]);
  });
});
