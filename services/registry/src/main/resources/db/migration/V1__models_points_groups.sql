-- Model registry. Every tenant-owned table: a province column, keys and indexes that lead with it,
-- and row-level security on current_setting('app.province'). The service connects as ${app_role},
-- which owns nothing and cannot bypass RLS; this migration runs as the owner. The Ministry's
-- national reads switch to ${national_role} (SELECT only) inside a read-only transaction.

CREATE TABLE model (
    province         text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id               uuid        NOT NULL,
    code             text        NOT NULL,
    display_name     text        NOT NULL,
    name_folded      text        NOT NULL,
    sector           text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'RETIRED')),
    established_date date,
    request_id       text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    update_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    UNIQUE (province, code)
);
CREATE UNIQUE INDEX model_request_idx ON model (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX model_status_idx ON model (province, status, sector);

CREATE TABLE replication_point (
    province         text        NOT NULL,
    id               uuid        NOT NULL,
    model_id         uuid        NOT NULL,
    display_name     text        NOT NULL,
    commune          text        NOT NULL,
    district         text        NOT NULL,
    established_date date,
    request_id       text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    -- lets groups reference (point, model) together, so a group can never sit under a point of another model
    UNIQUE (province, model_id, id),
    FOREIGN KEY (province, model_id) REFERENCES model (province, id)
);
CREATE UNIQUE INDEX point_request_idx ON replication_point (province, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE member_group (
    province         text        NOT NULL,
    id               uuid        NOT NULL,
    model_id         uuid        NOT NULL,
    point_id         uuid        NOT NULL,
    display_name     text        NOT NULL,
    leader_name      text        NOT NULL DEFAULT '',
    member_count     integer     NOT NULL CHECK (member_count >= 0),
    request_id       text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, model_id, point_id) REFERENCES replication_point (province, model_id, id)
);
CREATE UNIQUE INDEX group_request_idx ON member_group (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX group_point_idx ON member_group (province, point_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['model', 'replication_point', 'member_group'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
        -- Only for the national role: on the application role it would be OR-ed into every query.
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO ${app_role}', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
END $$;
