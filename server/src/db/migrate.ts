import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-registry.js';
import * as m0003 from './migrations/0003-search-index.js';
import * as m0004 from './migrations/0004-high-value.js';
import * as m0005 from './migrations/0005-workflow-kit.js';
import * as m0006 from './migrations/0006-open-licensing.js';
import * as m0007 from './migrations/0007-filings.js';
import * as m0008 from './migrations/0008-tech-matching.js';
import * as m0009 from './migrations/0009-indicators.js';
import * as m0010 from './migrations/0010-plans-assessment.js';
import * as m0011 from './migrations/0011-screen.js';
import * as m0012 from './migrations/0012-search-speed.js';
import * as m0013 from './migrations/0013-search-decades.js';
import * as m0014 from './migrations/0014-unknown-filing-date.js';
import * as m0015 from './migrations/0015-record-parties.js';
import * as m0016 from './migrations/0016-patent-pledges.js';
import * as m0030 from './migrations/0030-finance-products.js';
import * as m0031 from './migrations/0031-finance-applications.js';
import * as m0032 from './migrations/0032-finance-consents.js';
import * as m0034 from './migrations/0034-pledge-registration.js';
import * as m0035 from './migrations/0035-ip-insurance.js';
import * as m0038 from './migrations/0038-whitelists.js';
import * as m0039 from './migrations/0039-whitelist-feedback.js';
import * as m0040 from './migrations/0040-clock-pauses.js';
import * as m0041 from './migrations/0041-complaints.js';
import * as m0042 from './migrations/0042-penalty-cases.js';
import * as m0043 from './migrations/0043-patent-disputes.js';
import * as m0044 from './migrations/0044-penalty-respondent-keys.js';
import * as m0045 from './migrations/0045-referrals.js';
import * as m0046 from './migrations/0046-mediation.js';
import * as m0047 from './migrations/0047-ecommerce-opinions.js';
import * as m0049 from './migrations/0049-overseas-export-profiles.js';
import * as m0050 from './migrations/0050-credit-listings.js';
import * as m0051 from './migrations/0051-credit-repairs.js';
import * as m0052 from './migrations/0052-exhibitions.js';
import * as m0053 from './migrations/0053-overseas-retirements.js';
import * as m0054 from './migrations/0054-subsidy-policies-holds.js';
import * as m0056 from './migrations/0056-overseas-libraries.js';
import * as m0057 from './migrations/0057-overseas-requests.js';
import * as m0058 from './migrations/0058-key-marks.js';
import * as m0060 from './migrations/0060-preexam.js';
import * as m0061 from './migrations/0061-agency-inspections.js';
import * as m0065 from './migrations/0065-reminders.js';
import * as m0070 from './migrations/0070-abnormal-screening.js';
import * as m0071 from './migrations/0071-outreach.js';
import * as m0090 from './migrations/0090-holiday-calendar.js';
import * as m0091 from './migrations/0091-import-heartbeat.js';
import * as m0097 from './migrations/0097-search-facet-classes.js';
import * as m0098 from './migrations/0098-tech-contact-card.js';
import * as m0100 from './migrations/0100-legal-acts.js';
import * as m0105 from './migrations/0105-term-compensation.js';
import * as m0106 from './migrations/0106-dated-value-facts.js';
import * as m0107 from './migrations/0107-legal-status-repair.js';
import * as m0120 from './migrations/0120-lpr-rates.js';
import * as m0121 from './migrations/0121-subsidy-applications.js';
import * as m0122 from './migrations/0122-subsidy-batches.js';
import * as m0124 from './migrations/0124-double-precision-amounts.js';

/**
 * The ordered migration list. A new migration is a new file in ./migrations plus one line here;
 * landed migrations are never edited. Explicit imports keep this working from source and bundles.
 * Numbers are assigned to branches in advance, so one may land after a higher one: a database that
 * already ran 0015 runs 0014 when it arrives (`allowUnorderedMigrations`).
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-registry': m0002,
  '0003-search-index': m0003,
  '0004-high-value': m0004,
  '0005-workflow-kit': m0005,
  '0006-open-licensing': m0006,
  '0007-filings': m0007,
  '0008-tech-matching': m0008,
  '0009-indicators': m0009,
  '0010-plans-assessment': m0010,
  '0011-screen': m0011,
  '0012-search-speed': m0012,
  '0013-search-decades': m0013,
  '0014-unknown-filing-date': m0014,
  '0015-record-parties': m0015,
  '0016-patent-pledges': m0016,
  '0030-finance-products': m0030,
  '0031-finance-applications': m0031,
  '0032-finance-consents': m0032,
  '0034-pledge-registration': m0034,
  '0035-ip-insurance': m0035,
  '0038-whitelists': m0038,
  '0039-whitelist-feedback': m0039,
  '0040-clock-pauses': m0040,
  '0041-complaints': m0041,
  '0042-penalty-cases': m0042,
  '0043-patent-disputes': m0043,
  '0044-penalty-respondent-keys': m0044,
  '0045-referrals': m0045,
  '0046-mediation': m0046,
  '0047-ecommerce-opinions': m0047,
  '0049-overseas-export-profiles': m0049,
  '0050-credit-listings': m0050,
  '0051-credit-repairs': m0051,
  '0052-exhibitions': m0052,
  '0053-overseas-retirements': m0053,
  '0054-subsidy-policies-holds': m0054,
  '0056-overseas-libraries': m0056,
  '0057-overseas-requests': m0057,
  '0058-key-marks': m0058,
  '0060-preexam': m0060,
  '0061-agency-inspections': m0061,
  '0065-reminders': m0065,
  '0070-abnormal-screening': m0070,
  '0071-outreach': m0071,
  '0090-holiday-calendar': m0090,
  '0091-import-heartbeat': m0091,
  '0097-search-facet-classes': m0097,
  '0098-tech-contact-card': m0098,
  '0100-legal-acts': m0100,
  '0105-term-compensation': m0105,
  '0106-dated-value-facts': m0106,
  '0107-legal-status-repair': m0107,
  '0120-lpr-rates': m0120,
  '0121-subsidy-applications': m0121,
  '0122-subsidy-batches': m0122,
  '0124-double-precision-amounts': m0124,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
}

/** Rolls every migration back (used by the migration round-trip test). */
export async function migrateDownAll(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) throw new Error(`Migration down failed: ${String(error)}`, { cause: error });
    if (!results || results.length === 0) return;
  }
}
