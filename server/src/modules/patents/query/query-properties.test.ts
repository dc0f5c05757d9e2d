import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuery, MAX_QUERY_LENGTH, parseQuery, stripPositions, type ParseResult, type QueryNode } from './index.js';
import { findUnbounded } from './negation.js';
import { adversarialQuery, queryAst } from './test-arbitraries.js';
import { chooserOf, renderVariant } from './test-variants.js';

const RUNS = { numRuns: 1000 };

/** Counts the terms of a tree and checks the structural promises of the AST type. */
function checkTree(node: QueryNode, input: string): number {
  switch (node.kind) {
    case 'and':
    case 'or':
      expect(node.children.length).toBeGreaterThanOrEqual(2);
      expect(node.children.every((c) => c.kind !== node.kind)).toBe(true);
      return node.children.reduce((n, c) => n + checkTree(c, input), 0);
    case 'not':
      return checkTree(node.child, input);
    default:
      expect(node.position).toBeGreaterThanOrEqual(0);
      expect(node.position).toBeLessThan(input.length);
      if (node.kind === 'date') {
        for (const d of [node.from, node.to]) if (d) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        expect(node.from ?? node.to).not.toBeNull();
        if (node.from && node.to) expect(node.from <= node.to).toBe(true);
      }
      if (node.kind === 'text') expect(node.value).toBe(node.value.trim());
      return 1;
  }
}

/** Everything a caller may rely on for any input: a positioned error, or a valid tree that survives formatting. */
function checkResult(input: string, result: ParseResult): void {
  if (!result.ok) {
    const { position, length, message, code } = result.error;
    expect(Number.isInteger(position) && position >= 0 && position <= input.length).toBe(true);
    expect(length >= 0 && position + length <= input.length).toBe(true);
    expect(message).toMatch(/^(第\d+个字符处|检索式末尾)：.+|^检索式为空$/);
    expect(code).not.toBe('internal');
    return;
  }
  expect(checkTree(result.ast, input)).toBeLessThanOrEqual(100);
  expect(findUnbounded(result.ast)).toBeNull();
  const text = formatQuery(result.ast);
  const again = parseQuery(text);
  // The canonical text is more explicit than the input (TX=, AND); past the limit it is refused as too long,
  // as formatQuery's contract says, and reads back otherwise.
  if ([...text].length > MAX_QUERY_LENGTH) expect(again.ok ? 'ok' : again.error.code).toBe('too_long');
  else expect(again.ok && stripPositions(again.ast)).toEqual(stripPositions(result.ast));
}

/** parseQuery must return, never throw; `expect` failures inside checkResult still fail the property. */
const neverThrows = (input: string) => checkResult(input, parseQuery(input));

describe('parseQuery on arbitrary input', () => {
  it('handles random ASCII and Unicode strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), neverThrows), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), neverThrows), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), neverThrows), RUNS);
  });

  it('handles lone surrogates and control characters', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), neverThrows), RUNS);
  });

  it('handles strings built from the language tokens', () => {
    fc.assert(fc.property(adversarialQuery, neverThrows), { numRuns: 5000 });
  });

  it('handles inputs around the length limit', () => {
    fc.assert(
      fc.property(adversarialQuery, fc.integer({ min: 1990, max: 2010 }), (q, n) => neverThrows((q + ' 电池').repeat(200).slice(0, n))),
      { numRuns: 50 },
    );
  });
});

describe('formatQuery round trip', () => {
  it('reads back every tree the parser can produce', () => {
    fc.assert(
      fc.property(queryAst, (ast) => {
        const text = formatQuery(ast);
        const result = parseQuery(text);
        if (!result.ok) expect.fail(`${text} → ${result.error.message}`);
        expect(stripPositions(result.ast)).toEqual(stripPositions(ast));
        // Canonical: formatting the re-read tree gives the same text.
        expect(formatQuery(result.ast)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('surface variations', () => {
  it('do not change the tree: keyword case, Chinese operators, full width, field groups, redundant brackets', () => {
    fc.assert(
      fc.property(queryAst, fc.gen(), (ast, g) => {
        const text = renderVariant(ast, chooserOf(g));
        const result = parseQuery(text);
        if (!result.ok) expect.fail(`${text} → ${result.error.message}`);
        expect(stripPositions(result.ast)).toEqual(stripPositions(ast));
      }),
      { numRuns: 2000 },
    );
  });
});
