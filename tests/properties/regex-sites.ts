/**
 * Every regular expression in src/, found with the TypeScript compiler API: regex literals
 * (checked as written) and `new RegExp(…)` / `RegExp(…)` calls. A call whose pattern is a
 * string literal is checked as written too; one built at run time (from word lists, from
 * options) must be listed in DYNAMIC with the patterns it builds, or the coverage test fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Pattern {
  /** "src/readers/text/credit.ts:12" */
  where: string;
  source: string;
  flags: string;
}

/** A `new RegExp(...)` whose pattern is computed: file and the argument's text identify it. */
export interface DynamicSite {
  where: string;
  file: string;
  argument: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isRegExpCall = (node: ts.Node): node is ts.NewExpression | ts.CallExpression =>
  (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';

/** `const NAME = /literal/` in the same file: `new RegExp(NAME)` copies a literal that is checked already. */
function literalConstants(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isRegularExpressionLiteral(node.initializer)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

export function scanRegexSites(): { patterns: Pattern[]; dynamic: DynamicSite[] } {
  const patterns: Pattern[] = [];
  const dynamic: DynamicSite[] = [];
  for (const path of files(join(ROOT, 'src')).sort()) {
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const copies = literalConstants(source);
    const where = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        patterns.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (isRegExpCall(node)) {
        const [pattern, flags] = node.arguments ?? [];
        const flagText = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : null;
        if (pattern && ts.isStringLiteralLike(pattern) && flagText !== null) {
          patterns.push({ where: where(node), source: pattern.text, flags: flagText });
        } else if (!(pattern && ts.isIdentifier(pattern) && flags === undefined && copies.has(pattern.text))) {
          dynamic.push({ where: where(node), file, argument: pattern?.getText(source) ?? '' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { patterns, dynamic };
}
