-- Members. Every tenant-owned table: a province column, keys and indexes that lead with it, and
-- row-level security on current_setting('app.province'). The service connects as ${app_role}, which
-- owns nothing and cannot bypass RLS; this migration runs as the owner.

-- Trusted extensions (PostgreSQL 13+): the database owner may create them. Name search uses
-- trigram indexes; btree_gin lets such an index lead with the province like every other one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE person (
    province           text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id                 uuid        NOT NULL,
    full_name          text        NOT NULL,
    name_folded        text        NOT NULL,
    birth_date         date        NOT NULL,
    gender             text        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    -- The national ID never appears in clear: a keyed hash (HMAC-SHA256) for uniqueness and lookups,
    -- and AES-256-GCM ciphertext with the id of the key that made it (keys rotate).
    national_id_hash   bytea       NOT NULL,
    national_id_key    text        NOT NULL,
    national_id_cipher bytea       NOT NULL,
    phone              text        NOT NULL DEFAULT '',
    commune            text        NOT NULL,
    commune_folded     text        NOT NULL,
    district           text        NOT NULL,
    occupation         text        NOT NULL DEFAULT '',
    -- Ethnicity, religion and the reformed-offender flag (Decree 13/2023/NĐ-CP), encrypted together.
    sensitive_key      text        NOT NULL,
    sensitive_cipher   bytea       NOT NULL,
    request_id         text,
    create_time        timestamptz NOT NULL DEFAULT now(),
    update_time        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    UNIQUE (province, national_id_hash)
);
CREATE UNIQUE INDEX person_request_idx ON person (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX person_name_trgm_idx ON person USING gin (province, name_folded gin_trgm_ops);
CREATE INDEX person_name_order_idx ON person (province, name_folded, id);
CREATE INDEX person_commune_idx ON person (province, commune_folded);

CREATE TABLE membership (
    province           text        NOT NULL,
    id                 uuid        NOT NULL,
    person_id          uuid        NOT NULL,
    -- The registry's group and where it sits; checked with the registry when the membership is made.
    model_id           uuid        NOT NULL,
    point_id           uuid        NOT NULL,
    group_id           uuid        NOT NULL,
    role               text        NOT NULL CHECK (role IN ('LEADER', 'DEPUTY', 'MEMBER')),
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    joined_date        date        NOT NULL,
    left_date          date,
    request_id         text,
    create_time        timestamptz NOT NULL DEFAULT now(),
    update_time        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, person_id) REFERENCES person (province, id),
    CHECK ((status = 'LEFT') = (left_date IS NOT NULL)),
    CHECK (left_date IS NULL OR left_date >= joined_date)
);
CREATE UNIQUE INDEX membership_request_idx ON membership (province, request_id) WHERE request_id IS NOT NULL;
-- In a group at most once at a time, and at most one active leader per group.
CREATE UNIQUE INDEX membership_active_idx ON membership (province, person_id, group_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX membership_leader_idx ON membership (province, group_id) WHERE status = 'ACTIVE' AND role = 'LEADER';
CREATE INDEX membership_group_idx ON membership (province, group_id, status);
CREATE INDEX membership_model_idx ON membership (province, model_id, status);

-- Every state a membership has had (append-only).
CREATE TABLE membership_change (
    province           text        NOT NULL,
    membership_id      uuid        NOT NULL,
    sequence           integer     NOT NULL,
    change_time        timestamptz NOT NULL DEFAULT now(),
    actor              text        NOT NULL,
    source             text        NOT NULL,
    role               text        NOT NULL,
    status             text        NOT NULL,
    joined_date        date        NOT NULL,
    left_date          date,
    PRIMARY KEY (province, membership_id, sequence),
    FOREIGN KEY (province, membership_id) REFERENCES membership (province, id)
);

-- Active members per group, kept in the transaction that changes the group's memberships (each such
-- transaction locks the group's row first, then recounts), with a version raised on every change.
-- The registry reads these counts; reported_version is the newest version it confirmed keeping, so
-- version > reported_version marks a count still to be published.
CREATE TABLE group_tally (
    province           text        NOT NULL,
    group_id           uuid        NOT NULL,
    active_members     integer     NOT NULL CHECK (active_members >= 0),
    version            bigint      NOT NULL,
    reported_version   bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (province, group_id)
);
CREATE INDEX group_tally_pending_idx ON group_tally (province) WHERE version > reported_version;

CREATE TABLE member_import (
    province            text        NOT NULL,
    id                  uuid        NOT NULL,
    request_id          text,
    actor               text        NOT NULL,
    file_name           text        NOT NULL,
    format              text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    dry_run             boolean     NOT NULL,
    state               text        NOT NULL CHECK (state IN ('VALIDATING', 'WRITING', 'SUCCEEDED', 'FAILED')),
    rows_total          integer     NOT NULL DEFAULT 0,
    rows_done           integer     NOT NULL DEFAULT 0,
    error_count         integer     NOT NULL DEFAULT 0,
    persons_created     integer     NOT NULL DEFAULT 0,
    persons_updated     integer     NOT NULL DEFAULT 0,
    memberships_created integer     NOT NULL DEFAULT 0,
    rows_unchanged      integer     NOT NULL DEFAULT 0,
    create_time         timestamptz NOT NULL DEFAULT now(),
    update_time         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX member_import_request_idx ON member_import (province, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE member_import_error (
    province           text        NOT NULL,
    import_id          uuid        NOT NULL,
    sequence           integer     NOT NULL,
    line               integer     NOT NULL,
    column_name        text        NOT NULL,
    reason             text        NOT NULL,
    PRIMARY KEY (province, import_id, sequence),
    FOREIGN KEY (province, import_id) REFERENCES member_import (province, id)
);

-- Who read a national ID in full or sensitive data, when, whose and why (append-only).
CREATE TABLE access_record (
    province           text        NOT NULL,
    id                 uuid        NOT NULL,
    access_time        timestamptz NOT NULL DEFAULT now(),
    actor              text        NOT NULL,
    person_id          uuid        NOT NULL,
    view               text        NOT NULL CHECK (view IN ('SENSITIVE', 'FULL')),
    purpose            text        NOT NULL,
    operation          text        NOT NULL,
    PRIMARY KEY (province, id)
);
CREATE INDEX access_record_time_idx ON access_record (province, access_time DESC, id DESC);
CREATE INDEX access_record_person_idx ON access_record (province, person_id, access_time DESC);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person', 'membership', 'membership_change', 'group_tally', 'member_import',
                             'member_import_error', 'access_record'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
    END LOOP;
    -- The Ministry's national reads (a read-only transaction as ${national_role}) see figures only:
    -- persons, their sensitive data and access records never leave the province.
    FOREACH t IN ARRAY ARRAY['membership', 'group_tally'] LOOP
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON person, membership, group_tally, member_import TO ${app_role};
-- History, import reports and access records are never changed once written.
GRANT SELECT, INSERT ON membership_change, member_import_error, access_record TO ${app_role};
