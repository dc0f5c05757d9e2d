import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Bulletin } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { bulletinText } from './render.js';

describe('statistical bulletin (统计公报)', () => {
  let env: TestEnv;
  let staff: Client;
  let town: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff', username: 'bul_staff' });
    const townOrg = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
    await buildUser(env.ctx, { orgId: townOrg.id, role: 'town_specialist', username: 'bul_town' });
    staff = await login(env.app, 'bul_staff');
    town = await login(env.app, 'bul_town');
    for (const grantDate of ['2022-03-01', '2023-03-01']) await buildPatent(env.ctx, { region: '370811002', grantDate });
  });
  afterAll(() => env.close());

  it('states computed figures with their year-on-year change and a footnote source', async () => {
    const res = await staff.request('GET', '/api/bulletin?region=370800&period=2023');
    expect(res.statusCode).toBe(200);
    const b = res.json<Bulletin>();
    expect(b.title).toBe('济宁市2023年知识产权统计公报');
    expect(bulletinText(b)).toContain('截至2023年底，全市有效发明专利2件，同比增长100%');
    expect(b.figures[0]).toMatchObject({ ref: 1, key: 'effective_invention_patents', value: 2, origin: 'computed', period: '2023' });
    // The footnote states the 口径: definition (by the current holder), numerator, denominator, unit, decimals, source.
    const note = b.figures[0]?.note ?? '';
    expect(note).toContain('口径：基准日有效的发明专利');
    expect(note).toContain('当前专利权人');
    expect(note).toContain('分子：本区划有效发明专利件数');
    expect(note).toContain('分母：—（总量指标）');
    expect(note).toContain('单位：件，保留0位小数');
    expect(note).toContain('口径依据：《中华人民共和国专利法》（2020年修正）');
    expect(note).toContain('全国人民代表大会常务委员会，2020-10-17');
  });

  it('writes the same bulletin as a Word document with footnotes and the sources table', async () => {
    const res = await staff.request('GET', '/api/bulletin/docx?region=370800&period=2023');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const doc = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(doc).toContain('济宁市2023年知识产权统计公报');
    expect(doc).toContain('有效发明专利');
    expect(doc).toContain('附表：数据来源');
    expect(strFromU8(files['word/footnotes.xml'] ?? new Uint8Array())).toContain('统计期 2023年');
  });

  it('gives a town user the bulletin of their town only', async () => {
    const own = await town.request('GET', '/api/bulletin?period=2023');
    expect(own.statusCode).toBe(200);
    expect(own.json<Bulletin>().region.code).toBe('370811002');
    expect(bulletinText(own.json<Bulletin>())).toContain('全街道有效发明专利2件');
    expect((await town.request('GET', '/api/bulletin?region=370800&period=2023')).statusCode).toBe(403);
  });

  it('omits everything rather than printing zeros when a period has no figures', async () => {
    const b = (await staff.request('GET', '/api/bulletin?region=370800&period=2001')).json<Bulletin>();
    expect(b.paragraphs).toEqual([]);
  });

  it('refuses a malformed period naming the field', async () => {
    const res = await staff.request('GET', '/api/bulletin?period=2023-13');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('period');
  });
});
