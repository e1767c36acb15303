-- Social-welfare ledger. Every tenant-owned table: a province column, keys and indexes that lead with
-- it, and row-level security on current_setting('app.province'). The service connects as ${app_role},
-- which owns nothing and cannot bypass RLS; this migration runs as the owner.
-- Money is whole đồng in bigint; CHECKs repeat the domain's limits so that no path can store a
-- negative amount or an empty quantity.

CREATE TABLE beneficiary (
    province         text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id               uuid        NOT NULL,
    beneficiary_type text        NOT NULL CHECK (beneficiary_type IN ('HOUSEHOLD', 'STUDENT')),
    full_name        text        NOT NULL,
    national_id      text,
    phone            text        NOT NULL DEFAULT '',
    address          text        NOT NULL DEFAULT '',
    commune          text        NOT NULL,
    district         text        NOT NULL,
    birth_date       date,
    school           text        NOT NULL DEFAULT '',
    circumstances    text        NOT NULL DEFAULT '',
    request_id       text,
    request_hash     text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX beneficiary_national_id_idx ON beneficiary (province, national_id) WHERE national_id IS NOT NULL;
CREATE UNIQUE INDEX beneficiary_request_idx ON beneficiary (province, request_id) WHERE request_id IS NOT NULL;

-- Append-only (see the grants below): a disclosure is never changed or removed.
CREATE TABLE beneficiary_disclosure (
    province         text        NOT NULL,
    id               uuid        NOT NULL,
    beneficiary_id   uuid        NOT NULL,
    subject          text        NOT NULL,
    roles            text        NOT NULL,
    purpose          text        NOT NULL CHECK (length(purpose) >= 10),
    disclose_time    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, beneficiary_id) REFERENCES beneficiary (province, id)
);
CREATE INDEX disclosure_beneficiary_idx ON beneficiary_disclosure (province, beneficiary_id, id);

CREATE TABLE welfare_item (
    province         text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id               uuid        NOT NULL,
    kind             text        NOT NULL,
    house_work       text,
    display_name     text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    quantity         bigint      NOT NULL CHECK (quantity > 0),
    unit             text        NOT NULL CHECK (unit IN ('PIECE', 'KILOGRAM', 'BOOK')),
    value_vnd        bigint      NOT NULL CHECK (value_vnd >= 0),
    commune          text        NOT NULL,
    district         text        NOT NULL,
    start_date       date,
    handover_date    date,
    status           text        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'HANDED_OVER')),
    model_id         uuid,
    campaign_id      text,
    beneficiary_id   uuid,
    request_id       text,
    request_hash     text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    update_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    CHECK ((status = 'HANDED_OVER') = (handover_date IS NOT NULL)),
    FOREIGN KEY (province, beneficiary_id) REFERENCES beneficiary (province, id)
);
CREATE UNIQUE INDEX item_request_idx ON welfare_item (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX item_kind_idx ON welfare_item (province, kind, status, id);
CREATE INDEX item_handover_idx ON welfare_item (province, handover_date) WHERE status = 'HANDED_OVER';

CREATE TABLE sponsor (
    province         text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id               uuid        NOT NULL,
    sponsor_type     text        NOT NULL CHECK (sponsor_type IN ('PERSON', 'BUSINESS', 'ORGANISATION')),
    display_name     text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    request_id       text,
    request_hash     text,
    create_time      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX sponsor_request_idx ON sponsor (province, request_id) WHERE request_id IS NOT NULL;

CREATE TABLE contribution (
    province          text        NOT NULL,
    id                uuid        NOT NULL,
    sponsor_id        uuid        NOT NULL,
    form              text        NOT NULL CHECK (form IN ('MONEY', 'IN_KIND')),
    value_vnd         bigint      NOT NULL CHECK (value_vnd > 0),
    description       text        NOT NULL DEFAULT '',
    contribution_date date        NOT NULL,
    item_id           uuid,
    campaign_id       text,
    request_id        text,
    request_hash      text,
    create_time       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    FOREIGN KEY (province, sponsor_id) REFERENCES sponsor (province, id),
    FOREIGN KEY (province, item_id) REFERENCES welfare_item (province, id)
);
CREATE UNIQUE INDEX contribution_request_idx ON contribution (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX contribution_sponsor_idx ON contribution (province, sponsor_id, id);
CREATE INDEX contribution_date_idx ON contribution (province, contribution_date);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['welfare_item', 'sponsor', 'contribution', 'beneficiary', 'beneficiary_disclosure'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
    END LOOP;
    -- The Ministry's explicit national reads (a read-only transaction as ${national_role}) reach the
    -- ledger's figures only: personal data of beneficiaries and their disclosures never leave the province.
    FOREACH t IN ARRAY ARRAY['welfare_item', 'sponsor', 'contribution'] LOOP
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
END $$;
-- Only what the API does: items change status and details; the rest is recorded once.
GRANT SELECT, INSERT, UPDATE ON welfare_item TO ${app_role};
GRANT SELECT, INSERT ON sponsor, contribution, beneficiary, beneficiary_disclosure TO ${app_role};
