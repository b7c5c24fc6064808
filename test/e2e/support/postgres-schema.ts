/** PostgreSQL helpers for the durability and scale-out tests: a schema per test, read back after the load. */
import pg from 'pg';

/** A schema of its own on the CI database, and a connection URL whose search_path points at it. */
export async function freshSchema(schema: string): Promise<{ client: pg.Client; url: string }> {
  const admin = process.env.DATABASE_URL!;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create schema ${schema}`);
  const url = new URL(admin);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { client, url: url.toString() };
}

export async function readPostgres(client: pg.Client, schema: string) {
  const intakes = await client.query<{ id: string; reference: string }>(`select id, reference from ${schema}.intakes`);
  const events = await client.query<{ id: string }>(`select id from ${schema}.events`);
  return { intakes: new Map(intakes.rows.map((r) => [r.id, r.reference])), eventIds: events.rows.map((r) => r.id) };
}
