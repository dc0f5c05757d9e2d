import { describe, expect, it } from 'vitest';
import { readDivisionTree } from '../regions/api.js';
import { buildSchematicMap, hexDisc, outline, type MapGroup } from './schematic-map.js';

const tree = readDivisionTree(['37', '11', '44']);
function groupsOf(root: string): MapGroup[] {
  return tree
    .filter((r) => r.parent_code === root)
    .map((c) => ({ code: c.code, name: c.name, children: tree.filter((t) => t.parent_code === c.code).map((t) => ({ code: t.code, name: t.name })) }));
}

describe('schematic map (hex cartogram from the division tree)', () => {
  it('draws each of Jining’s towns once, inside its own county', () => {
    const groups = groupsOf('370800');
    const map = buildSchematicMap('370800', groups);
    expect(map.groups.features.map((f) => f.properties.name)).toContain('邹城市');
    expect(map.groups.features).toHaveLength(groups.length);
    const towns = groups.flatMap((g) => g.children);
    expect(map.leaves.features).toHaveLength(towns.length);
    const byCode = new Map(map.leaves.features.map((f) => [f.properties.code, f.properties.parent]));
    for (const g of groups) for (const t of g.children) expect(byCode.get(t.code)).toBe(g.code);
  });

  it('keeps every county in one piece', () => {
    for (const city of ['370800', '370100', '110100', '441900']) {
      const map = buildSchematicMap(city, groupsOf(city));
      for (const f of map.groups.features) expect(f.geometry.coordinates, `${city} ${f.properties.name}`).toHaveLength(1);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSchematicMap('370800', groupsOf('370800')))).toBe(JSON.stringify(buildSchematicMap('370800', groupsOf('370800'))));
  });

  it('outlines two neighbouring hexagons as one ring of 10 corners', () => {
    const rings = outline(hexDisc(2));
    expect(rings).toHaveLength(1);
    expect(rings[0]?.[0]).toHaveLength(11); // closed ring: first corner repeated
  });

  it('draws a county without towns as one hexagon of its own', () => {
    const map = buildSchematicMap('370811', [
      { code: '370811001', name: '甲街道', children: [] },
      { code: '370811002', name: '乙街道', children: [] },
    ]);
    expect(map.leaves.features.map((f) => f.properties.code)).toEqual(['370811001', '370811002']);
  });
});
