-- Member counts are no longer typed in: the members service owns the memberships and the registry
-- keeps, per group, the last count it read from there with that count's version (a counter the
-- members service raises with every change of the group). A count is replaced only by a newer
-- version, so refreshes that overtake each other cannot bring an old count back.
ALTER TABLE member_group ADD COLUMN member_count_version bigint NOT NULL DEFAULT 0;
