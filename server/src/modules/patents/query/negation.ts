import type { QueryNode } from './types.js';

/**
 * Finds the part of a query that matches "everything except …": a NOT with nothing positive beside it
 * (`NOT PA=x`, `NOT A NOT B`, `A OR NOT B`). Running such a query returns nearly the whole database, so the
 * parser rejects it. Returns the node to blame, or null when every branch is bounded by a positive term.
 * `negated` tracks whether an odd number of NOTs encloses `node` (De Morgan: NOT (A AND B) = NOT A OR NOT B).
 */
export function findUnbounded(node: QueryNode, negated = false): QueryNode | null {
  switch (node.kind) {
    case 'not':
      return findUnbounded(node.child, !negated) ? node : null;
    case 'and':
    case 'or': {
      // AND is bounded when any child is; OR only when all are. Under negation the roles swap.
      const needsAll = (node.kind === 'or') !== negated;
      const culprits = node.children.map((c) => findUnbounded(c, negated));
      if (needsAll) return culprits.find((c) => c !== null) ?? null;
      return culprits.every((c) => c !== null) ? node : null;
    }
    default:
      return negated ? node : null;
  }
}
