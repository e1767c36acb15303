-- National reads of the campaigns service (the Ministry's dashboard), and results a model reports.
--
-- A unit's results may be those of one of the province's registry models (a model's group reporting
-- its own tips and mediations): the registry's reviews compute them per 1,000 members.
ALTER TABLE unit_result ADD COLUMN model_id uuid;
CREATE INDEX unit_result_model_idx ON unit_result (province, model_id, period_start) WHERE model_id IS NOT NULL;
CREATE INDEX campaign_models_idx ON campaign USING gin (models);

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

ALTER TABLE national_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON national_audit FOR INSERT TO ${app_role} WITH CHECK (true);
CREATE POLICY audit_read ON national_audit FOR SELECT TO ${national_role} USING (true);
GRANT INSERT ON national_audit TO ${app_role};
GRANT SELECT ON national_audit TO ${national_role};
