-- Campaigns: the movement's activities, periodic unit results and period approvals. Every tenant
-- table: a province column, keys and indexes that lead with it, and row-level security on
-- current_setting('app.province'). The service connects as ${app_role}, which owns nothing and
-- cannot bypass RLS; this migration runs as the owner.

CREATE TABLE campaign (
    province                  text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id                        uuid        NOT NULL,
    title                     text        NOT NULL,
    level                     text        NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    district                  text        NOT NULL,
    commune                   text        NOT NULL DEFAULT '',
    venue                     text        NOT NULL DEFAULT '',
    start_date                date        NOT NULL,
    end_date                  date        NOT NULL,
    organizer                 text        NOT NULL,
    -- ids of the province's registry models (the registry owns them; checked over gRPC on write)
    models                    uuid[]      NOT NULL DEFAULT '{}',
    attendees                 integer     NOT NULL CHECK (attendees >= 0),
    attending_members         text[]      NOT NULL DEFAULT '{}',
    leaflets                  integer     NOT NULL CHECK (leaflets >= 0),
    rounds_mass_media         integer     NOT NULL CHECK (rounds_mass_media >= 0),
    rounds_social_network     integer     NOT NULL CHECK (rounds_social_network >= 0),
    rounds_mobile_loudspeaker integer     NOT NULL CHECK (rounds_mobile_loudspeaker >= 0),
    request_id                text,
    create_time               timestamptz NOT NULL DEFAULT now(),
    update_time               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    CHECK (end_date >= start_date)
);
CREATE UNIQUE INDEX campaign_request_idx ON campaign (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX campaign_date_idx ON campaign (province, start_date, id);

CREATE TABLE forum (
    province    text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id          uuid        NOT NULL,
    held_on     date        NOT NULL,
    district    text        NOT NULL,
    commune     text        NOT NULL DEFAULT '',
    venue       text        NOT NULL DEFAULT '',
    attendees   integer     NOT NULL CHECK (attendees >= 0),
    request_id  text,
    create_time timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX forum_request_idx ON forum (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX forum_date_idx ON forum (province, held_on, id);

CREATE TABLE forum_opinion (
    province    text        NOT NULL,
    id          uuid        NOT NULL,
    forum_id    uuid        NOT NULL,
    position    integer     NOT NULL,
    topic       text        NOT NULL CHECK (topic IN ('PUBLIC_ORDER', 'POLICE_FORCE_BUILDING', 'TRAFFIC_SAFETY',
                                                      'ADMINISTRATIVE_SERVICES', 'SOCIAL_EVILS', 'OTHER_TOPIC')),
    text        text        NOT NULL,
    follow_up   text        NOT NULL CHECK (follow_up IN ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REFERRED')),
    update_time timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id),
    UNIQUE (province, forum_id, position),
    FOREIGN KEY (province, forum_id) REFERENCES forum (province, id)
);

CREATE TABLE patrol (
    province    text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id          uuid        NOT NULL,
    patrolled_on date       NOT NULL,
    district    text        NOT NULL,
    commune     text        NOT NULL DEFAULT '',
    venue       text        NOT NULL DEFAULT '',
    partners    text[]      NOT NULL CHECK (cardinality(partners) > 0
                                            AND partners <@ ARRAY['MILITIA', 'BORDER_GUARD', 'FOREST_RANGERS',
                                                                  'CIVIL_DEFENCE', 'OTHER_FORCE']),
    purpose     text        NOT NULL CHECK (purpose IN ('CRIME_PREVENTION', 'DISASTER_RELIEF', 'SEARCH_AND_RESCUE')),
    request_id  text,
    create_time timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX patrol_request_idx ON patrol (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX patrol_date_idx ON patrol (province, patrolled_on, id);

CREATE TABLE training_class (
    province    text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id          uuid        NOT NULL,
    title       text        NOT NULL,
    audience    text        NOT NULL CHECK (audience IN ('NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE',
                                                         'SITE_PROTECTION_AND_MASS_ORGANISATIONS',
                                                         'FIRE_PREVENTION_AND_RESCUE')),
    district    text        NOT NULL,
    commune     text        NOT NULL DEFAULT '',
    venue       text        NOT NULL DEFAULT '',
    start_date  date        NOT NULL,
    trainees    integer     NOT NULL CHECK (trainees >= 0),
    request_id  text,
    create_time timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, id)
);
CREATE UNIQUE INDEX training_request_idx ON training_class (province, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX training_date_idx ON training_class (province, start_date, id);

-- One row per unit and reported period ('2023', '2023-q1', '2023-01'); the period's dates are kept
-- so that summaries and overlap checks compare ranges, not ids.
CREATE TABLE unit_result (
    province                  text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    period                    text        NOT NULL,
    unit                      text        NOT NULL CHECK (unit ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    period_start              date        NOT NULL,
    period_end                date        NOT NULL,
    unit_display_name         text        NOT NULL,
    district                  text        NOT NULL,
    tips_received             integer     NOT NULL CHECK (tips_received >= 0),
    tips_from_dignitaries     integer     NOT NULL CHECK (tips_from_dignitaries BETWEEN 0 AND tips_received),
    weapons_surrendered       integer     NOT NULL CHECK (weapons_surrendered >= 0),
    explosives_surrendered    integer     NOT NULL CHECK (explosives_surrendered >= 0),
    support_tools_surrendered integer     NOT NULL CHECK (support_tools_surrendered >= 0),
    fireworks_surrendered     integer     NOT NULL CHECK (fireworks_surrendered >= 0),
    disputes_mediated         integer     NOT NULL CHECK (disputes_mediated >= 0),
    reporter                  text        NOT NULL,
    update_time               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, period, unit),
    CHECK (period_end >= period_start)
);
CREATE INDEX unit_result_unit_idx ON unit_result (province, unit, period_start);
CREATE INDEX unit_result_range_idx ON unit_result (province, period_start, period_end);

-- Current approval of a period; the history is period_event.
CREATE TABLE period_approval (
    province    text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    period      text        NOT NULL,
    approved    boolean     NOT NULL,
    change_time timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province, period)
);

-- Audit trail of approvals and reopenings: the service may add rows, never change or remove one.
CREATE TABLE period_event (
    province    text        NOT NULL CHECK (province ~ '^[a-z0-9-]{2,40}$'),
    id          uuid        NOT NULL,
    period      text        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('APPROVE', 'REOPEN')),
    actor       text        NOT NULL,
    reason      text        NOT NULL DEFAULT '',
    event_time  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (province, id),
    CHECK (action = 'APPROVE' OR reason <> '')
);
CREATE INDEX period_event_period_idx ON period_event (province, period, event_time);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['campaign', 'forum', 'forum_opinion', 'patrol', 'training_class', 'unit_result',
                             'period_approval', 'period_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY province_isolation ON %I
                           USING (province = current_setting('app.province', true))
                           WITH CHECK (province = current_setting('app.province', true))$p$, t);
        -- The Ministry's national reads: a read-only transaction as ${national_role} (SELECT only).
        EXECUTE format('CREATE POLICY national_read ON %I FOR SELECT TO ${national_role} USING (true)', t);
        EXECUTE format('GRANT SELECT ON %I TO ${national_role}', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON campaign, forum, forum_opinion, patrol, training_class, unit_result,
    period_approval TO ${app_role};
GRANT SELECT, INSERT ON period_event TO ${app_role};
