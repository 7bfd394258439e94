import type { Answer } from './fields.js';

/**
 * A tiny reader for the Python boolean expressions of red-flags.json, used by
 * the tests only, to check our hand-written rules against the spec's own text.
 * It interprets the expression with Python's two-valued semantics (no eval).
 */
type Token = { t: 'name' | 'str' | 'num' | 'op'; v: string };

const tokenCache = new Map<string, Token[]>();

function tokenize(src: string): Token[] {
  const cached = tokenCache.get(src);
  if (cached) return cached;
  const out: Token[] = [];
  tokenCache.set(src, out);
  const re = /\s*(?:(\d+(?:\.\d+)?)|('[^']*'|"[^"]*")|([A-Za-z_][A-Za-z0-9_]*)|(>=|<=|==|!=|[<>()[\],]))/y;
  re.lastIndex = 0;
  while (re.lastIndex < src.length) {
    const m = re.exec(src);
    if (!m) break;
    if (m[1]) out.push({ t: 'num', v: m[1] });
    else if (m[2]) out.push({ t: 'str', v: m[2].slice(1, -1) });
    else if (m[3]) out.push({ t: 'name', v: m[3] });
    else if (m[4]) out.push({ t: 'op', v: m[4] });
    if (src.slice(re.lastIndex).trim() === '') break;
  }
  return out;
}

type Env = (name: string) => Answer | undefined;
type PyValue = Answer | undefined | PyValue[];

export function evaluatePython(src: string, env: Env): boolean {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++] as Token;
  const isOp = (v: string) => peek()?.t === 'op' && peek()?.v === v;
  const isName = (v: string) => peek()?.t === 'name' && peek()?.v === v;

  const truthy = (v: PyValue): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));
  function orExpr(): PyValue {
    let left = andExpr();
    while (isName('or')) {
      take();
      const right = andExpr();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  function andExpr(): PyValue {
    let left = notExpr();
    while (isName('and')) {
      take();
      const right = notExpr();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  function notExpr(): PyValue {
    if (isName('not')) {
      take();
      return !truthy(notExpr());
    }
    return comparison();
  }
  function comparison(): PyValue {
    const left = atom();
    const op = peek();
    if (op?.t === 'op' && ['>=', '<=', '==', '!=', '<', '>'].includes(op.v)) {
      take();
      const right = atom();
      if (op.v === '==') return left === right;
      if (op.v === '!=') return left !== right;
      if (left === null || left === undefined || right === null || right === undefined) {
        throw new TypeError(`'${op.v}' not supported between None and a number`);
      }
      const [a, b] = [left as number, right as number];
      return op.v === '>=' ? a >= b : op.v === '<=' ? a <= b : op.v === '<' ? a < b : a > b;
    }
    if (isName('in')) {
      take();
      const list = atom() as PyValue[];
      return list.includes(left as Answer);
    }
    return left;
  }
  function atom(): PyValue {
    const tok = take();
    if (tok.t === 'num') return Number(tok.v);
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'op' && tok.v === '(') {
      // A parenthesised expression or a tuple.
      const first = orExpr();
      if (isOp(',')) {
        const items: PyValue[] = [first];
        while (isOp(',')) {
          take();
          if (isOp(')')) break;
          items.push(orExpr());
        }
        take();
        return items;
      }
      take();
      return first;
    }
    if (tok.t === 'op' && tok.v === '[') {
      const items: PyValue[] = [];
      while (!isOp(']')) {
        items.push(orExpr());
        if (isOp(',')) take();
      }
      take();
      return items;
    }
    if (tok.t === 'name' && tok.v === 'sum') {
      take();
      const list = atom() as PyValue[];
      take();
      return list.reduce<number>((s, v) => s + (truthy(v) ? 1 : 0), 0);
    }
    if (tok.t === 'name' && (tok.v === 'True' || tok.v === 'False')) return tok.v === 'True';
    if (tok.t === 'name' && tok.v === 'None') return null;
    if (tok.t === 'name') return env(tok.v);
    throw new SyntaxError(`unexpected ${tok.v}`);
  }
  const value = orExpr();
  if (i !== tokens.length) throw new SyntaxError(`trailing input at ${tokens[i]?.v}`);
  return truthy(value);
}
