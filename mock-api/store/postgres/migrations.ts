/**
 * The PostgreSQL schema, as migrations run at start by Kysely's migrator (in order of their
 * names, each once, under the migrator's lock). A migration is never edited once released: a
 * change to the shared schema (`src/domain/schema.ts`) comes with a new migration, and
 * `tests/api/postgresSchema.test.ts` checks that the tables still mirror the shared schema
 * (columns, NOT NULL, lengths, enumerations, bounds, references).
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

const INITIAL = `
CREATE TABLE users (
  id integer PRIMARY KEY CHECK (id > 0),
  "email" text NOT NULL CHECK (char_length("email") <= 254),
  "fullName" text NOT NULL CHECK (char_length("fullName") <= 120),
  "role" text NOT NULL CHECK ("role" IN ('admin', 'manager', 'executive', 'trainer')),
  "active" boolean NOT NULL,
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE TABLE pilots (
  id integer PRIMARY KEY CHECK (id > 0),
  "name" text NOT NULL CHECK (char_length("name") <= 120),
  "summary" text CHECK (char_length("summary") <= 2000),
  "category" text NOT NULL CHECK ("category" IN ('document-management', 'collaboration', 'mobile-app', 'online-procedure', 'e-payment', 'agent-portal', 'open-data', 'other')),
  "department" text NOT NULL CHECK (char_length("department") <= 120),
  "region" text NOT NULL CHECK (char_length("region") <= 120),
  "ownerId" integer REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "stage" text NOT NULL CHECK ("stage" IN ('proposed', 'running', 'evaluating', 'generalized', 'stopped')),
  "startDate" date NOT NULL,
  "endDate" date NOT NULL,
  "budget" double precision CHECK ("budget" >= 0),
  "targetUsers" double precision NOT NULL CHECK ("targetUsers" = trunc("targetUsers") AND "targetUsers" > 0),
  "agentsToTrain" double precision CHECK ("agentsToTrain" = trunc("agentsToTrain") AND "agentsToTrain" > 0),
  "published" boolean NOT NULL,
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON pilots ("ownerId");
CREATE TABLE kpis (
  id integer PRIMARY KEY CHECK (id > 0),
  "pilotId" integer REFERENCES pilots (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "name" text NOT NULL CHECK (char_length("name") <= 120),
  "kind" text NOT NULL CHECK ("kind" IN ('adoption', 'take-up', 'completion', 'satisfaction', 'cost', 'time', 'custom')),
  "unit" text NOT NULL CHECK (char_length("unit") <= 30),
  "unitKind" text NOT NULL CHECK ("unitKind" IN ('count', 'percentage', 'currency', 'duration', 'rating', 'ratio')),
  "scaleMax" double precision CHECK ("scaleMax" > 0 AND "scaleMax" <= 100),
  "direction" text NOT NULL CHECK ("direction" IN ('increase', 'decrease')),
  "baseline" double precision NOT NULL,
  "target" double precision NOT NULL,
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON kpis ("pilotId");
CREATE TABLE measurements (
  id integer PRIMARY KEY CHECK (id > 0),
  "kpiId" integer REFERENCES kpis (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "pilotId" integer REFERENCES pilots (id) DEFERRABLE INITIALLY DEFERRED,
  "date" date NOT NULL,
  "value" double precision NOT NULL,
  "group" text NOT NULL CHECK ("group" IN ('pilot', 'comparison')),
  "note" text CHECK (char_length("note") <= 500),
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON measurements ("pilotId");
CREATE TABLE trainings (
  id integer PRIMARY KEY CHECK (id > 0),
  "pilotId" integer REFERENCES pilots (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "title" text NOT NULL CHECK (char_length("title") <= 160),
  "date" date NOT NULL,
  "trainerId" integer REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
  "recordedAt" timestamptz,
  "format" text NOT NULL CHECK ("format" IN ('in-person', 'remote', 'e-learning')),
  "durationHours" double precision NOT NULL CHECK ("durationHours" > 0 AND "durationHours" <= 1000),
  "participants" double precision NOT NULL CHECK ("participants" = trunc("participants") AND "participants" >= 0),
  "completed" double precision NOT NULL CHECK ("completed" = trunc("completed") AND "completed" >= 0),
  "satisfaction" double precision CHECK ("satisfaction" >= 1 AND "satisfaction" <= 5),
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON trainings ("pilotId");
CREATE INDEX ON trainings ("trainerId");
CREATE TABLE feedback (
  id integer PRIMARY KEY CHECK (id > 0),
  "pilotId" integer REFERENCES pilots (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "date" date NOT NULL,
  "stakeholder" text NOT NULL CHECK ("stakeholder" IN ('agent', 'citizen', 'manager', 'elected-official', 'partner')),
  "rating" double precision NOT NULL CHECK ("rating" = trunc("rating") AND "rating" >= 1 AND "rating" <= 5),
  "comment" text CHECK (char_length("comment") <= 2000),
  "status" text NOT NULL CHECK ("status" IN ('new', 'acknowledged', 'addressed')),
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON feedback ("pilotId");
CREATE TABLE decisions (
  id integer PRIMARY KEY CHECK (id > 0),
  "pilotId" integer REFERENCES pilots (id) DEFERRABLE INITIALLY DEFERRED NOT NULL,
  "date" date NOT NULL,
  "decision" text NOT NULL CHECK ("decision" IN ('generalize', 'extend', 'stop')),
  "rationale" text NOT NULL CHECK (char_length("rationale") <= 4000),
  "decidedBy" integer REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
  "newEndDate" date,
  "supersedesId" integer REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
  "againstRecommendation" boolean NOT NULL,
  "evidence" jsonb,
  "version" integer NOT NULL CHECK ("version" > 0)
);
CREATE INDEX ON decisions ("pilotId");
CREATE INDEX ON decisions ("decidedBy");
CREATE INDEX ON decisions ("supersedesId");
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
CREATE UNIQUE INDEX pilots_name_unique ON pilots (lower(name));
CREATE INDEX ON measurements ("kpiId", "date");

CREATE TABLE credentials (
  id integer PRIMARY KEY CHECK (id > 0),
  "userId" integer NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
  "passwordHash" text NOT NULL
);
CREATE INDEX ON credentials ("userId");
CREATE TABLE sessions (
  id integer PRIMARY KEY CHECK (id > 0),
  "userId" integer NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
  "tokenHash" text NOT NULL UNIQUE,
  "csrfToken" text,
  "createdAt" timestamptz NOT NULL,
  "expiresAt" timestamptz NOT NULL
);
CREATE INDEX ON sessions ("userId");
CREATE TABLE tokens (
  id integer PRIMARY KEY CHECK (id > 0),
  "name" text NOT NULL,
  "userId" integer NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
  "pilotIds" jsonb NOT NULL,
  "scopes" jsonb NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "lastUsedAt" timestamptz,
  "tokenHash" text NOT NULL UNIQUE
);
CREATE TABLE replies (
  id integer PRIMARY KEY CHECK (id > 0),
  "key" text NOT NULL,
  "userId" integer NOT NULL,
  "fingerprint" text NOT NULL,
  "status" integer NOT NULL,
  "body" jsonb,
  "createdAt" timestamptz NOT NULL
);
-- The audit trail outlives what it names: no foreign keys.
CREATE TABLE audit (
  id integer PRIMARY KEY CHECK (id > 0),
  "at" timestamptz NOT NULL,
  "userId" integer,
  "action" text NOT NULL CHECK ("action" IN ('create', 'update', 'delete', 'import', 'login', 'logout', 'login-failed')),
  "resource" text NOT NULL,
  "recordId" integer,
  "pilotId" integer,
  "changes" jsonb,
  "email" text,
  "tokenId" integer,
  "attempts" integer,
  "lastAt" timestamptz
);
CREATE INDEX ON audit ("at");
CREATE INDEX ON audit ("resource", "recordId");
CREATE INDEX ON audit ("pilotId");
-- The next id of each collection.
CREATE TABLE sequences (
  "collection" text PRIMARY KEY,
  "next" integer NOT NULL CHECK ("next" > 0)
);
`;

/**
 * The sort key of a text, as the API folds it (`listQuery.ts`): decomposed, combining marks
 * dropped, lower case; compared byte by byte (COLLATE "C"). An index on a pilot's name makes a
 * sorted page a walk down the index.
 */
const SORT_KEYS = `
CREATE FUNCTION sort_key(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(regexp_replace(normalize(value, NFD), '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]', '', 'g'));
CREATE INDEX pilots_name_sort ON pilots ((sort_key(name) COLLATE "C"), id);
`;

/**
 * Each measurement names its KPI's pilot, which the server sets on every write: measurements are
 * read a pilot at a time, so one written before that rule must name it too.
 */
const MEASUREMENT_PILOTS = `
UPDATE measurements AS m SET "pilotId" = k."pilotId" FROM kpis AS k WHERE m."kpiId" = k.id AND m."pilotId" IS DISTINCT FROM k."pilotId";
`;

const run = (text: string): Migration => ({
  async up(db: Kysely<unknown>) {
    await sql.raw(text).execute(db);
  },
});

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': run(INITIAL),
  '0002-sort-keys': run(SORT_KEYS),
  '0003-measurement-pilots': run(MEASUREMENT_PILOTS),
};
