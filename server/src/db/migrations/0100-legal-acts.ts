import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Every legal act names its authority (issue #20). Publishing an open-licence declaration is CNIPA's act
 * (Patent Law art. 50), filing a licence contract too (Implementing Rules arts. 15, 87), and a transfer takes
 * effect on CNIPA's registration (art. 10). The platform only reviews, recommends and registers on its own
 * books, so:
 * - declarations keep CNIPA's announcement (number, date) of publication and of withdrawal; a declaration the
 *   bureau approved but CNIPA never announced is `recommended`, not `published`;
 * - licences by notice keep CNIPA's filing (number, date); the number the platform gave them becomes its own
 *   registration reference (平台登记号, `PT-OL-…`), never a 备案号; what a royalty or per-unit payment covers;
 * - filings keep the competent authority's act (kind, name, number, date), the licence's scope and the
 *   cancellation; a filing the bureau passed without that act is `forwarded` (初审通过，待登记机关办理) and its
 *   self-issued "BA…" number is dropped;
 * - events the platform or the bureau wrote onto patents' legal-status histories in their own name (licences,
 *   transfers, declarations) are removed from those histories: they were never acts of the competent
 *   authority (the workflow history and the audit log keep what the platform did).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of ['cnipa_announcement_no', 'cnipa_announced_on', 'withdrawal_announcement_no', 'withdrawal_announced_on']) {
    await db.schema.alterTable('open_licence_declarations').addColumn(c, 'text').execute();
  }
  for (const c of ['cnipa_filing_no', 'cnipa_filed_on']) await db.schema.alterTable('open_licences').addColumn(c, 'text').execute();
  await db.schema.alterTable('open_licences').addColumn('units', 'real').execute();
  await db.schema.alterTable('open_licences').addColumn('sales_amount', 'real').execute();
  for (const c of ['authority', 'authority_name', 'authority_no', 'authority_date', 'scope', 'cancelled_on']) {
    await db.schema.alterTable('filings').addColumn(c, 'text').execute();
  }
  await convertLegalActs(db);
}

/**
 * What the platform recorded in its own name becomes what it was: declarations it "published" are recommended
 * (CNIPA's announcement not recorded), its KX numbers become platform references, filings it "approved" under its
 * BA numbers are forwarded without a number, and its or the bureau's events leave the legal-status histories.
 */
export async function convertLegalActs(db: Kysely<unknown>): Promise<void> {
  await sql`update open_licence_declarations set status = 'recommended' where status = 'published' and cnipa_announcement_no is null`.execute(db);
  await sql`update open_licences set filing_no = 'PT-OL-' || cast(id as text) where filing_no like 'KX%'`.execute(db);
  await sql`update filings set status = 'forwarded', filing_no = null, approved_at = null where status = 'approved' and authority_no is null`.execute(db);
  await sql`delete from patent_events where authority in ('platform', 'bureau')
    and kind in ('open_licence', 'open_licence_withdrawn', 'licence', 'licence_exclusive', 'licence_sole', 'licence_end', 'transfer')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of ['cnipa_announcement_no', 'cnipa_announced_on', 'withdrawal_announcement_no', 'withdrawal_announced_on']) {
    await db.schema.alterTable('open_licence_declarations').dropColumn(c).execute();
  }
  for (const c of ['cnipa_filing_no', 'cnipa_filed_on', 'units', 'sales_amount']) await db.schema.alterTable('open_licences').dropColumn(c).execute();
  for (const c of ['authority', 'authority_name', 'authority_no', 'authority_date', 'scope', 'cancelled_on']) {
    await db.schema.alterTable('filings').dropColumn(c).execute();
  }
}
