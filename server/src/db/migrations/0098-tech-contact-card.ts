import type { Kysely } from 'kysely';

/**
 * Contacts from the halls (供应大厅/需求大厅): a signed-in organisation contacts a posting's organisation
 * through the platform, either side may start (`initiator`: 'demander' contacts a supplier about a listing
 * or patent, 'supplier' answers a published demand), and the starter chooses the contact details the other
 * side sees (`contact_name`, `contact_phone`, `contact_email`): shown only to the two sides of the thread
 * and the bureau overseeing it, never in a hall.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tech_contacts')
    .addColumn('initiator', 'text', (c) => c.notNull().defaultTo('demander'))
    .execute();
  for (const column of ['contact_name', 'contact_phone', 'contact_email']) await db.schema.alterTable('tech_contacts').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['contact_email', 'contact_phone', 'contact_name', 'initiator'])
    await db.schema.alterTable('tech_contacts').dropColumn(column).execute();
}
