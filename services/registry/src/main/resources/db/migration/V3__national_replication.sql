-- National replication: templates the Ministry recognised, the provinces' nominations, adoptions
-- (lineage on the adopting province's own model), effectiveness reviews, and the national audit.
--
-- Templates are national data, owned by the Ministry once recognised: one row per template in
-- national tables with no province column, readable in every transaction (any province's, and the
-- national role's), written only in a transaction bound to no province — a Ministry decision —
-- never by a province's. Everything a province does stays in its own rows, under the same
-- row-level security as V1: a nomination, the lineage of an adopted model, a review.

CREATE FUNCTION bound_to_no_province() RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT coalesce(current_setting('app.province', true), '') = '' $$;

CREATE TABLE national_template (
    id                     uuid        PRIMARY KEY,
    code                   text        NOT NULL UNIQUE,
    current_version        integer     NOT NULL CHECK (current_version >= 1),
    status                 text        NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    origin_province        text        NOT NULL,
    origin_model_id        uuid        NOT NULL,
    nomination_id          uuid        NOT NULL UNIQUE,
    decision_number        text        NOT NULL,
    decision_date          date        NOT NULL,
    recognised_by          text        NOT NULL,
    retire_decision_number text,
    retire_decision_date   date,
    retire_reason          text,
    retire_time            timestamptz,
    create_time            timestamptz NOT NULL DEFAULT now(),
    update_time            timestamptz NOT NULL DEFAULT now(),
    -- a model is recognised once
    UNIQUE (origin_province, origin_model_id),
    FOREIGN KEY (origin_province, origin_model_id) REFERENCES model (province, id)
);

-- Versions are immutable: the application role may add one, never change or remove it.
CREATE TABLE national_template_version (
    template_id     uuid        NOT NULL REFERENCES national_template (id),
    version         integer     NOT NULL CHECK (version >= 1),
    display_name    text        NOT NULL,
    name_folded     text        NOT NULL,
    sector          text        NOT NULL,
    description     text        NOT NULL DEFAULT '',
    changelog       text        NOT NULL,
    decision_number text,
    decision_date   date,
    author          text        NOT NULL,
    create_time     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (template_id, version)
);

ALTER TABLE model
    ADD COLUMN template_id            uuid,
    ADD COLUMN template_version       integer,
    ADD COLUMN adopt_time             timestamptz,
    ADD COLUMN version_time           timestamptz,
    ADD COLUMN warning_reason         text,
    ADD COLUMN warn_time              timestamptz,
    ADD COLUMN retire_decision_number text,
    ADD COLUMN retire_decision_date   date,
    ADD COLUMN retire_reason          text,
    ADD COLUMN retire_time            timestamptz,
    -- lineage names a version that exists
    ADD FOREIGN KEY (template_id, template_version) REFERENCES national_template_version (template_id, version);
-- one adoption of a template per province
CREATE UNIQUE INDEX model_template_idx ON model (province, template_id) WHERE template_id IS NOT NULL;

CREATE TABLE nomination (
    province     text        NOT NULL,
    id           uuid        NOT NULL,
    model_id     uuid        NOT NULL,
    note         text        NOT NULL DEFAULT '',
    state        text        NOT NULL CHECK (state IN ('PENDING', 'RECOGNISED')),
    -- the evidence as gathered on the day; absent sections were not available, never zero
    evidence     jsonb       NOT NULL,
    nominated_by text        NOT NULL,
    request_id   text,
    template_id  uuid,
    decide_time  timestamptz,
    create_time  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, model_id) REFERENCES model (province, id)
);
CREATE UNIQUE INDEX nomination_open_idx ON nomination (province, model_id) WHERE state = 'PENDING';
CREATE UNIQUE INDEX nomination_request_idx ON nomination (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX nomination_time_idx ON nomination (province, create_time);

-- One row per model and period, written once: later periods compare against what was recorded.
CREATE TABLE model_review (
    province           text        NOT NULL,
    model_id           uuid        NOT NULL,
    period             text        NOT NULL CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
    model_display_name text        NOT NULL,
    model_status       text        NOT NULL,
    replication_points integer     NOT NULL,
    groups             integer     NOT NULL,
    members            bigint      NOT NULL,
    -- NULL: the service providing the figure was not available
    activities         bigint,
    tips               bigint,
    mediations         bigint,
    awards             integer,
    flags              jsonb       NOT NULL,
    gaps               jsonb       NOT NULL,
    flagged            boolean     NOT NULL,
    reviewer           text        NOT NULL,
    review_time        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, model_id, period),
    FOREIGN KEY (province, model_id) REFERENCES model (province, id)
);

-- Who did what, when, in a national operation (vn.antq.persistence.JdbcNationalAudit). Appended by
-- the application role outside the call's own transaction; read only in national reads.
CREATE TABLE national_audit (
    id              uuid        PRIMARY KEY,
    time            timestamptz NOT NULL,
    subject         text        NOT NULL,
    caller_province text,
    roles           text        NOT NULL,
    method          text        NOT NULL,
    access          text        NOT NULL,
    request         text        NOT NULL,
    allowed         boolean     NOT NULL
);
CREATE INDEX national_audit_time_idx ON national_audit (time);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['nomination', 'model_review'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['national_template', 'national_template_version'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        -- no TO: every role that holds the SELECT grant (application and national) reads the catalogue
        EXECUTE format('CREATE POLICY catalogue_read ON %I FOR SELECT USING (true)', t);
        EXECUTE format($p$CREATE POLICY catalogue_insert ON %I FOR INSERT TO ${app_role}
                           WITH CHECK (bound_to_no_province())$p$, t);
        EXECUTE format('GRANT SELECT ON %I TO ${app_role}, ${national_role}', t);
        EXECUTE format('GRANT INSERT ON %I TO ${app_role}', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT ON nomination TO ${app_role};
-- the only change to a nomination: its recognition, by a Ministry decision bound to its province
GRANT UPDATE (state, template_id, decide_time) ON nomination TO ${app_role};
GRANT SELECT, INSERT ON model_review TO ${app_role};

CREATE POLICY catalogue_update ON national_template FOR UPDATE TO ${app_role}
    USING (bound_to_no_province()) WITH CHECK (bound_to_no_province());
GRANT UPDATE (current_version, status, retire_decision_number, retire_decision_date, retire_reason, retire_time,
              update_time) ON national_template TO ${app_role};

ALTER TABLE national_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON national_audit FOR INSERT TO ${app_role} WITH CHECK (true);
CREATE POLICY audit_read ON national_audit FOR SELECT TO ${national_role} USING (true);
GRANT INSERT ON national_audit TO ${app_role};
GRANT SELECT ON national_audit TO ${national_role};
