import type { QueryNode } from './types.js';

type WithoutPosition<T> = T extends unknown ? Omit<T, 'position'> : never;

/** A query tree without source positions, for comparing trees parsed from different texts. */
export type QueryShape =
  { kind: 'and' | 'or'; children: QueryShape[] } | { kind: 'not'; child: QueryShape } | WithoutPosition<Extract<QueryNode, { position: number }>>;

/** Drops `position` from every term: two queries mean the same when their shapes are equal. */
export function stripPositions(node: QueryNode): QueryShape {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map(stripPositions) };
    case 'not':
      return { kind: 'not', child: stripPositions(node.child) };
    default: {
      const { position: _position, ...rest } = node;
      return rest;
    }
  }
}
