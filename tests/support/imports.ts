/**
 * What a module imports, read with TypeScript's own parser: for tests that keep the import graph as the code's rules
 * say (the browser's bundle without zod, no module importing in a circle). Relative imports are followed to their
 * files; packages are named as imported and not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportOptions {
  /** Whether `import type` and `export type … from` count: they are gone at run time. */
  types: boolean;
}

function resolve(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? base;
}

/** The modules `file` imports: files for relative imports (static, re-exports and `import()`), package names for the rest. */
export function importsOf(file: string, { types }: ImportOptions): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && (types || node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && (types || !node.isTypeOnly)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (types && ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((specifier) => resolve(file, specifier.replace(/\?.*$/, '')));
}

/** Every module `entry` reaches through imports, with the first chain of imports to each; `entry` only if it is in a circle. */
export function reachableFrom(entry: string, options: ImportOptions): Map<string, string[]> {
  const start = path.resolve(entry);
  const chains = new Map<string, string[]>();
  const queue: string[][] = [[start]];
  while (queue.length) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (!file.endsWith('.ts') || !existsSync(file)) continue;
    for (const target of importsOf(file, options)) {
      if (chains.has(target)) continue;
      chains.set(target, [...chain, target]);
      if (target !== start) queue.push([...chain, target]);
    }
  }
  return chains;
}
