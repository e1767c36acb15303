-- The Ministry may reject a nomination, with its reason; the province sees it and may nominate the
-- model again (nomination_open_idx only holds PENDING ones). Who decided is kept for both decisions.
ALTER TABLE nomination DROP CONSTRAINT nomination_state_check;
ALTER TABLE nomination ADD CONSTRAINT nomination_state_check CHECK (state IN ('PENDING', 'RECOGNISED', 'REJECTED'));
ALTER TABLE nomination
    ADD COLUMN rejection_reason text,
    ADD COLUMN decided_by       text,
    ADD CONSTRAINT nomination_rejection_reason CHECK ((state = 'REJECTED') = (rejection_reason IS NOT NULL));

-- a decision changes a pending nomination once: its state, why and who
GRANT UPDATE (rejection_reason, decided_by) ON nomination TO ${app_role};

-- the national audit is read newest first, optionally for one operation
CREATE INDEX national_audit_method_time_idx ON national_audit (method, time);
