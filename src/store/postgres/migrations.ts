/** One step of the schema: applied once, in order, and recorded in schema_migrations. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, as an ordered list of steps. Never edit a step that has shipped: add the
 * next one. Each record is kept whole as jsonb (the same shape as the embedded store's
 * document), with the columns the queries filter on beside it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'cases, members, rooms, seen messages, state, audit, leases',
    sql: `
      CREATE SEQUENCE case_number AS bigint START 1;
      CREATE TABLE cases (
        id text PRIMARY KEY,
        num bigint NOT NULL,
        room_id text NOT NULL,
        member_id text NOT NULL,
        created_at bigint NOT NULL,
        status text NOT NULL,
        message_id text,
        archived boolean NOT NULL DEFAULT false,
        record jsonb NOT NULL
      );
      CREATE INDEX cases_hot_member ON cases (member_id, room_id, created_at, num) WHERE NOT archived;
      CREATE INDEX cases_hot_room ON cases (room_id, created_at, num) WHERE NOT archived;
      CREATE INDEX cases_hot_message ON cases (message_id) WHERE NOT archived AND message_id IS NOT NULL;
      CREATE INDEX cases_hot_pending ON cases (created_at, num) WHERE NOT archived AND status IN ('pending_decision', 'appealed');
      CREATE INDEX cases_hot_closed ON cases (created_at) WHERE NOT archived AND status IN ('closed', 'overturned');
      CREATE INDEX cases_time ON cases (created_at, num);

      CREATE TABLE members (
        room_id text NOT NULL,
        member_id text NOT NULL,
        seq bigserial NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (room_id, member_id)
      );
      CREATE INDEX members_order ON members (seq);

      CREATE TABLE rooms (
        room_id text PRIMARY KEY,
        seq bigserial NOT NULL,
        record jsonb NOT NULL
      );

      CREATE TABLE seen_messages (
        message_id text PRIMARY KEY,
        seq bigserial NOT NULL
      );
      CREATE INDEX seen_messages_order ON seen_messages (seq);

      CREATE TABLE state (
        key text COLLATE "C" PRIMARY KEY,
        value jsonb NOT NULL
      );

      CREATE TABLE audit (
        seq bigserial PRIMARY KEY,
        at bigint NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        record jsonb NOT NULL,
        -- identical entries are one entry, as in the embedded store; also what makes migrate re-runnable
        entry_key text GENERATED ALWAYS AS (md5(record::text)) STORED UNIQUE
      );
      CREATE INDEX audit_time ON audit (at, seq);

      CREATE TABLE leases (
        name text PRIMARY KEY,
        holder text NOT NULL,
        expires_at double precision NOT NULL
      );
    `,
  },
];
