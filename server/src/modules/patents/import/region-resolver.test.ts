import { describe, expect, it } from 'vitest';
import { readDivisionTree } from '../../regions/api.js';
import { buildRegionResolver, shortNames } from './region-resolver.js';

const regions = buildRegionResolver(readDivisionTree(['11', '37', '41', '50']));

describe('region resolution from addresses', () => {
  it('finds the sample addresses in Zhengzhou (郑东新区 is no county: the city)', () => {
    expect(regions.resolve('450000河南省郑州市郑东新区中道东路6号创意岛大厦8层', '41')).toBe('410100');
    expect(regions.resolve('河南省郑州市郑东新区中州大道6号创意岛大厦8层')).toBe('410100');
    expect(regions.resolve('河南省郑州市金水区花园路')).toBe('410105');
  });

  it('finds Jining counties by full name, county-level city and development zone', () => {
    expect(regions.resolve('山东省济宁市任城区太白楼中路')).toBe('370811');
    expect(regions.resolve('山东省邹城市千泉街道')).toBe('370883');
    expect(regions.resolve('济宁高新区海川路9号')).toBe('370871');
    expect(regions.resolve('山东省济宁市高新区')).toBe('370871');
    expect(regions.resolve('山东济宁金乡县')).toBe('370828');
    expect(regions.resolve('272000山东省济宁市')).toBe('370800');
    expect(regions.resolve('山东省')).toBe('370000');
  });

  it('handles municipalities (市辖区, 县) and street names that start like a region', () => {
    expect(regions.resolve('北京市海淀区中关村大街')).toBe('110108');
    expect(regions.resolve('重庆市城口县')).toBe('500229');
    expect(regions.resolve('济宁路18号')).toBeNull();
    expect(regions.resolve('济宁路18号', '37')).toBe('370000');
  });

  it('falls back to the province of 国省代码, and gives nothing for nothing', () => {
    expect(regions.resolve('金水区花园路', '41')).toBe('410105');
    expect(regions.resolve(null, '41')).toBe('410000');
    expect(regions.resolve(null)).toBeNull();
  });

  it('derives the short names addresses use', () => {
    expect(shortNames('济宁市', 2)).toEqual(['济宁']);
    expect(shortNames('内蒙古自治区', 1)).toContain('内蒙古');
    expect(shortNames('新疆维吾尔自治区', 1)).toContain('新疆');
    expect(shortNames('济宁高新技术产业开发区', 3, '济宁')).toContain('济宁高新区');
  });
});
