// Reads the string literals of TypeScript/TSX sources with a real parser (Babel's), so that checks on them
// look at what the code says, not at how its names are spelled.
import { readFileSync } from 'node:fs';
import { parse } from '@babel/parser';

export interface Literal {
  value: string;
  line: number;
  /** Where the literal sits: JSX text, a JSX attribute (by name), an object key, a call's argument, elsewhere. */
  place:
    | { kind: 'jsx-text' }
    | { kind: 'attribute'; name: string }
    | { kind: 'key' }
    | { kind: 'argument' }
    | { kind: 'code' };
  /** Inside a JSX child expression (`{…}`) without a call in between: rendered as it is. */
  rendered: boolean;
  /** An import or export source. */
  module: boolean;
}

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

// TypeScript nodes that hold a value rather than a type.
const EXPRESSIONS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSEnumMember']);

const VALUE_PASSING = new Set([
  'LogicalExpression',
  'TemplateLiteral',
  'ArrayExpression',
  'ParenthesizedExpression',
  'TSAsExpression',
  'TSNonNullExpression',
]);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

export function literalsOf(path: string): Literal[] {
  const ast = parse(readFileSync(path, 'utf8'), { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: Literal[] = [];
  const visit = (node: Node, place: Literal['place'], rendered: boolean, module: boolean) => {
    const line = node.loc?.start.line ?? 0;
    if (node.type === 'JSXText')
      found.push({ value: String(node.value), line, place: { kind: 'jsx-text' }, rendered: true, module });
    if (node.type === 'StringLiteral') found.push({ value: String(node.value), line, place, rendered, module });
    if (node.type === 'TemplateLiteral')
      for (const q of node.quasis as Node[])
        found.push({ value: String((q.value as { cooked: string }).cooked), line, place, rendered, module });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments')
        continue;
      for (const c of Array.isArray(child) ? child : [child]) {
        if (!isNode(c)) continue;
        let next = place;
        // A value flows on into what is rendered only through these; a comparison or a member access ends it.
        let nextRendered =
          rendered && (VALUE_PASSING.has(node.type) || (node.type === 'ConditionalExpression' && key !== 'test'));
        if (node.type === 'JSXAttribute' && key === 'value')
          next = { kind: 'attribute', name: String((node.name as Node).name) };
        else if (node.type === 'JSXExpressionContainer' && place.kind !== 'attribute') nextRendered = true;
        else if ((node.type === 'CallExpression' || node.type === 'NewExpression') && key === 'arguments') {
          next = { kind: 'argument' };
          nextRendered = false;
        } else if ((node.type === 'ObjectProperty' || node.type.startsWith('TS')) && key === 'key')
          next = { kind: 'key' };
        // A switch's case is compared, never shown (KeyboardEvent.key names such as 'Escape').
        else if (node.type === 'SwitchCase' && key === 'test') next = { kind: 'key' };
        else if (node.type.startsWith('TS') && !EXPRESSIONS.has(node.type)) next = { kind: 'key' };
        if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
          next = { kind: 'code' };
          nextRendered = false;
        }
        const isModule = module || (/Import|Export/.test(node.type) && key === 'source');
        visit(c, next, nextRendered, isModule);
      }
    }
  };
  visit(ast.program as unknown as Node, { kind: 'code' }, false, false);
  return found;
}

const MESSAGE_CALLS = new Set(['t', 'plural', 'tParts']);

/** Lines where a message is glued to something else in code (a template or `+`): sentences are one message. */
export function gluedMessages(path: string): number[] {
  const ast = parse(readFileSync(path, 'utf8'), { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const isMessage = (n: unknown) =>
    isNode(n) && n.type === 'CallExpression' && MESSAGE_CALLS.has(String((n.callee as Node).name));
  const lines: number[] = [];
  const visit = (node: Node) => {
    const glued =
      (node.type === 'TemplateLiteral' && (node.expressions as Node[]).some(isMessage)) ||
      (node.type === 'BinaryExpression' && node.operator === '+' && (isMessage(node.left) || isMessage(node.right)));
    if (glued) lines.push(node.loc?.start.line ?? 0);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      for (const c of Array.isArray(child) ? child : [child]) if (isNode(c)) visit(c);
    }
  };
  visit(ast.program as unknown as Node);
  return lines;
}
