-- Awards: nominations with their achievements, the decisions that grant them, and every step taken.
-- Every table is a province's (province first in every key and index, row-level security on
-- app.province); the Ministry's national reads see nominations and decisions, never the event log.

CREATE TABLE award_decision (
    province           text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id                 uuid        NOT NULL,
    number             text        NOT NULL CHECK (length(number) BETWEEN 1 AND 60),
    -- The number as compared for uniqueness: upper case, without spaces.
    number_key         text        NOT NULL,
    decision_date      date        NOT NULL,
    decision_year      int         NOT NULL,
    signer             text        NOT NULL,
    issuing_level      text        NOT NULL CHECK (issuing_level IN
                           ('FATHERLAND_FRONT_CENTRAL', 'MINISTRY', 'PROVINCIAL_COMMITTEE', 'PROVINCIAL_POLICE', 'DISTRICT')),
    document_reference text        NOT NULL DEFAULT '',
    request_id         text,
    request_hash       text,
    create_time        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    CHECK (decision_year = extract(year FROM decision_date))
);
-- A decision number is unique per issuer and year.
CREATE UNIQUE INDEX decision_number_idx ON award_decision (province, issuing_level, decision_year, number_key);
CREATE UNIQUE INDEX decision_request_idx ON award_decision (province, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE nomination (
    province           text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id                 uuid        NOT NULL,
    recipient_type     text        NOT NULL CHECK (recipient_type IN ('COLLECTIVE', 'INDIVIDUAL')),
    -- The registry model the award counts for (the model itself, a group's model, or an individual's).
    model_id           uuid,
    -- A registry group: its full resource name (its path carries the model and point).
    group_name         text,
    person_id          uuid,
    display_name       text        NOT NULL DEFAULT '',
    unit               text        NOT NULL DEFAULT '',
    verification       text        NOT NULL CHECK (verification IN ('NOT_LINKED', 'UNVERIFIED', 'VERIFIED', 'NOT_FOUND')),
    form               text        NOT NULL,
    issuing_level      text        NOT NULL,
    period_start       date        NOT NULL,
    period_end         date        NOT NULL,
    citation           text        NOT NULL,
    campaign_ids       text[]      NOT NULL DEFAULT '{}',
    state              text        NOT NULL CHECK (state IN ('NOMINATED', 'APPROVED', 'REJECTED', 'DECIDED', 'ISSUED')),
    review_reason      text        NOT NULL DEFAULT '',
    decision_id        uuid,
    decision_date      date,
    issue_date         date,
    request_id         text,
    request_hash       text,
    create_time        timestamptz NOT NULL DEFAULT now(),
    update_time        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, decision_id) REFERENCES award_decision (province, id),
    CHECK (period_start <= period_end),
    CHECK ((state IN ('DECIDED', 'ISSUED')) = (decision_id IS NOT NULL AND decision_date IS NOT NULL)),
    CHECK ((state = 'ISSUED') = (issue_date IS NOT NULL)),
    -- A decision needs a confirmed recipient.
    CHECK (state NOT IN ('DECIDED', 'ISSUED') OR verification IN ('NOT_LINKED', 'VERIFIED'))
);
CREATE UNIQUE INDEX nomination_request_idx ON nomination (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX nomination_state_idx ON nomination (province, state, id);
CREATE INDEX nomination_decided_idx ON nomination (province, decision_date) WHERE decision_id IS NOT NULL;
CREATE INDEX nomination_model_idx ON nomination (province, model_id) WHERE model_id IS NOT NULL;
CREATE INDEX nomination_unverified_idx ON nomination (province, id) WHERE verification = 'UNVERIFIED';

-- Every step of a nomination (audit): appended, never changed.
CREATE TABLE nomination_event (
    province           text        NOT NULL,
    id                 uuid        NOT NULL,
    nomination_id      uuid        NOT NULL,
    from_state         text,
    to_state           text        NOT NULL,
    action             text        NOT NULL CHECK (action IN ('NOMINATE', 'REVIEW', 'VERIFY', 'DECIDE', 'ISSUE')),
    subject            text        NOT NULL,
    detail             text        NOT NULL DEFAULT '',
    event_time         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, nomination_id) REFERENCES nomination (province, id)
);
CREATE INDEX nomination_event_idx ON nomination_event (province, nomination_id, id);

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
    FOREACH t IN ARRAY ARRAY['award_decision', 'nomination', 'nomination_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
    END LOOP;
    -- The Ministry's explicit national reads (a read-only transaction as ${national_role}) reach
    -- nominations and decisions; who did what in a province stays in the province.
    FOREACH t IN ARRAY ARRAY['award_decision', 'nomination'] LOOP
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT ON award_decision, nomination_event TO ${app_role};
GRANT SELECT, INSERT ON nomination TO ${app_role};
GRANT UPDATE (display_name, verification, state, review_reason, decision_id, decision_date, issue_date, update_time)
    ON nomination TO ${app_role};

ALTER TABLE national_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON national_audit FOR INSERT TO ${app_role} WITH CHECK (true);
CREATE POLICY audit_read ON national_audit FOR SELECT TO ${national_role} USING (true);
GRANT INSERT ON national_audit TO ${app_role};
GRANT SELECT ON national_audit TO ${national_role};
