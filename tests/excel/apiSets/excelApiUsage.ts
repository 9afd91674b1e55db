import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * Finds every use of an Excel JavaScript API member in source files, with the ExcelApi version
 * that @types/office-js tags it with (`[Api set: ExcelApi 1.9]`), and how far each use is
 * guarded by a capability check. A use is guarded to version v when it runs only where the host
 * has ExcelApi v, which this analysis recognises as:
 *
 * - a condition that tests an OfficeCapabilities flag (`caps.pageLayout`, also through a const
 *   alias) or calls `isSetSupported("ExcelApi", "1.9")`, as a conjunct of an `if`, `? :` or `&&`
 *   around the use, or negated in an `if (…) return` before it;
 * - for a named function or method: the lowest guard over every place in the files that calls it
 *   or passes it on (none: not guarded). Function expressions and object-literal methods take the
 *   guard of the place they are written.
 *
 * The version of each flag is read from detectCapabilities in src/excel/capabilities.ts.
 */

export interface ExcelApiUse {
  /** "src/excel/officeSheetWriter.ts:123". */
  readonly at: string;
  /** "RangeFormat.indentLevel". */
  readonly member: string;
  /** The member's ExcelApi minor version (9 for 1.9). */
  readonly version: number;
  /** The ExcelApi minor version the use is guarded to; 0 when unguarded. */
  readonly guard: number;
}

const ROOT = join(__dirname, "..", "..", "..");
const OFFICE_TYPES = join(ROOT, "node_modules", "@types", "office-js", "index.d.ts");
const CAPABILITIES = join(ROOT, "src", "excel", "capabilities.ts");

const minor = (version: string): number => Number(version.split(".")[1]);
let lastProgram: ts.Program | undefined;

/** The ExcelApi version of each OfficeCapabilities flag, from detectCapabilities. */
export function capabilityVersions(
  source = readFileSync(CAPABILITIES, "utf8"),
): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of source.matchAll(/(\w+):\s*isSetSupported\("ExcelApi",\s*"(1\.\d+)"\)/g))
    out.set(m[1]!, minor(m[2]!));
  return out;
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p));
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options, noEmit: true };
}

/**
 * Every Excel member used in `files` (absolute paths), each with its version and guard.
 * `replace` swaps a file's text for another, to check what the analysis says about a changed file.
 */
export function excelApiUses(
  files: readonly string[],
  replace: ReadonlyMap<string, string> = new Map(),
): ExcelApiUse[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const read = host.readFile.bind(host);
  host.readFile = (name) => replace.get(name) ?? read(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) =>
    replace.has(name)
      ? ts.createSourceFile(name, replace.get(name)!, lang, true)
      : getSourceFile(name, lang, onError, create);
  // Reusing the last program spares parsing @types/office-js again.
  const program = ts.createProgram([...files], options, host, lastProgram);
  lastProgram = program;
  const checker = program.getTypeChecker();
  const versions = capabilityVersions();
  const sources = files
    .map((f) => program.getSourceFile(f))
    .filter((s): s is ts.SourceFile => s !== undefined);
  return new Analysis(checker, versions, sources).uses();
}

class Analysis {
  private readonly entryGuards = new Map<ts.Node, number>();
  private readonly references = new Map<ts.Symbol, ts.Node[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly versions: ReadonlyMap<string, number>,
    private readonly sources: readonly ts.SourceFile[],
  ) {
    for (const source of sources) this.collectReferences(source);
  }

  uses(): ExcelApiUse[] {
    const out: ExcelApiUse[] = [];
    for (const source of this.sources) {
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAccessExpression(node)) {
          const found = this.excelMember(node);
          if (found) {
            const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
            out.push({
              at: `${source.fileName.slice(ROOT.length + 1)}:${line + 1}`,
              ...found,
              guard: this.guardAt(node),
            });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return out;
  }

  /** The member a property access names, when @types/office-js declares it in namespace Excel with an ExcelApi tag. */
  private excelMember(
    node: ts.PropertyAccessExpression,
  ): { member: string; version: number } | null {
    const symbol = this.checker.getSymbolAtLocation(node.name);
    const call =
      ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
    const signature = call ? this.checker.getResolvedSignature(call)?.getDeclaration() : undefined;
    const declarations = signature ? [signature] : (symbol?.getDeclarations() ?? []);
    for (const d of declarations) {
      if (d.getSourceFile().fileName !== OFFICE_TYPES) continue;
      const owner = d.parent;
      const ownerName =
        (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name
          ? owner.name.text
          : ts.isModuleBlock(owner)
            ? "Excel"
            : null;
      if (ownerName === null || namespaceOf(d) !== "Excel") continue;
      const tag = /\[Api set: ExcelApi (1\.\d+)/.exec(
        d.getFullText().slice(0, d.getLeadingTriviaWidth()),
      );
      if (tag) return { member: `${ownerName}.${node.name.text}`, version: minor(tag[1]!) };
    }
    return null;
  }

  /** The highest ExcelApi version the code around `node` has checked for, up to the nearest named function. */
  private guardAt(node: ts.Node): number {
    let guard = 0;
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child === parent.thenStatement)
        guard = Math.max(guard, this.conditionGuard(parent.expression));
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue)
        guard = Math.max(guard, this.conditionGuard(parent.condition));
      if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        child === parent.right
      )
        guard = Math.max(guard, this.conditionGuard(parent.left));
      if (ts.isBlock(parent) || ts.isSourceFile(parent))
        guard = Math.max(guard, this.earlyReturnGuard(parent.statements, child));
      if (isNamedFunction(parent)) return Math.max(guard, this.entryGuard(parent));
    }
    return guard;
  }

  /** `if (!caps.x) return;` before `child` in the same block guards what follows. */
  private earlyReturnGuard(statements: readonly ts.Statement[], child: ts.Node): number {
    let guard = 0;
    for (const s of statements) {
      if (s === child) break;
      if (
        ts.isIfStatement(s) &&
        !s.elseStatement &&
        exits(s.thenStatement) &&
        ts.isPrefixUnaryExpression(s.expression) &&
        s.expression.operator === ts.SyntaxKind.ExclamationToken
      )
        guard = Math.max(guard, this.conditionGuard(s.expression.operand));
    }
    return guard;
  }

  /** The version a condition proves: the highest over its `&&` conjuncts that test a capability. */
  private conditionGuard(expr: ts.Expression): number {
    const e = skipParens(expr);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return Math.max(this.conditionGuard(e.left), this.conditionGuard(e.right));
    if (
      ts.isPropertyAccessExpression(e) &&
      this.versions.has(e.name.text) &&
      this.isCapabilities(e.expression)
    )
      return this.versions.get(e.name.text)!;
    if (ts.isCallExpression(e) && /isSetSupported$/.test(e.expression.getText())) {
      const [name, version] = e.arguments;
      if (
        name &&
        version &&
        ts.isStringLiteral(name) &&
        name.text === "ExcelApi" &&
        ts.isStringLiteral(version)
      )
        return minor(version.text);
    }
    if (ts.isIdentifier(e)) {
      // A const alias: `const silent = this.caps.eventSuppression; if (silent) …`.
      const d = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        d &&
        ts.isVariableDeclaration(d) &&
        d.initializer &&
        ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const
      )
        return this.conditionGuard(d.initializer);
    }
    return 0;
  }

  private isCapabilities(expr: ts.Expression): boolean {
    return this.checker.getTypeAtLocation(expr).getSymbol()?.getName() === "OfficeCapabilities";
  }

  /** The lowest guard over every place that calls or passes on a named function; 0 when nothing does. */
  private entryGuard(fn: ts.Node): number {
    const known = this.entryGuards.get(fn);
    if (known !== undefined) return known;
    this.entryGuards.set(fn, 0); // recursion: unguarded
    const name = functionName(fn);
    const symbol = name ? this.checker.getSymbolAtLocation(name) : undefined;
    const sites = symbol ? (this.references.get(symbol) ?? []) : [];
    const guard = sites.length === 0 ? 0 : Math.min(...sites.map((s) => this.guardAt(s)));
    this.entryGuards.set(fn, guard);
    return guard;
  }

  private collectReferences(source: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        let symbol = this.checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias)
          symbol = this.checker.getAliasedSymbol(symbol);
        if (symbol) this.references.set(symbol, [...(this.references.get(symbol) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

function namespaceOf(node: ts.Node): string {
  const names: string[] = [];
  for (let p = node.parent; p; p = p.parent)
    if (ts.isModuleDeclaration(p)) names.unshift(p.name.getText());
  return names.join(".");
}

const skipParens = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) ? skipParens(e.expression) : e;

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]!);
}

/** Function declarations, class methods and functions bound to a const: guarded by where they are used. */
function isNamedFunction(node: ts.Node): boolean {
  if (
    ts.isFunctionDeclaration(node) ||
    (ts.isMethodDeclaration(node) && ts.isClassLike(node.parent))
  )
    return true;
  if (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent)
  )
    return true;
  return ts.isConstructorDeclaration(node);
}

function functionName(fn: ts.Node): ts.Node | undefined {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return fn.name;
  if (ts.isConstructorDeclaration(fn))
    return ts.isClassLike(fn.parent) ? fn.parent.name : undefined;
  if (ts.isVariableDeclaration(fn.parent)) return fn.parent.name;
  return undefined;
}

function isDeclarationName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    ((ts.isFunctionDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isVariableDeclaration(p) ||
      ts.isClassDeclaration(p) ||
      ts.isParameter(p)) &&
      p.name === node) ||
    ts.isImportSpecifier(p)
  );
}

/** The shipped source files: everything under src/ but tests. */
export function shippedSources(): string[] {
  return ts.sys
    .readDirectory(join(ROOT, "src"), [".ts", ".tsx"], undefined, ["**/*"])
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .sort();
}
