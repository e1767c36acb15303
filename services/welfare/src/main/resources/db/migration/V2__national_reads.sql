-- National reads of the welfare service (the Ministry's dashboard).
CREATE INDEX item_model_idx ON welfare_item (province, model_id) WHERE model_id IS NOT NULL;

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
