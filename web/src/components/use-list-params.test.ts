import { describe, expect, it } from 'vitest';
import { filterParams, readListParams } from './use-list-params';

describe('list addresses', () => {
  it('reads the filters, page and page size, with sane bounds for anything typed by hand', () => {
    const read = (qs: string) => readListParams(new URLSearchParams(qs), ['q', 'role'] as const);
    expect(read('q=济宁&page=3&pageSize=50&other=x')).toEqual({ filters: { q: '济宁', role: undefined }, page: 3, pageSize: 50 });
    expect(read('')).toEqual({ filters: { q: undefined, role: undefined }, page: 1, pageSize: 20 });
    expect(read('page=0&pageSize=9999')).toMatchObject({ page: 1, pageSize: 200 });
    expect(read('page=abc&pageSize=-5')).toMatchObject({ page: 1, pageSize: 1 });
    expect(read('page=2.7&pageSize=abc')).toMatchObject({ page: 2, pageSize: 20 });
  });

  it('writes new filters without blanks and without the old page', () => {
    expect(filterParams({ q: '  电池 ', role: '', kind: undefined }).toString()).toBe(`q=${encodeURIComponent('电池')}`);
    expect(filterParams({}).toString()).toBe('');
  });
});
