package vn.antq.members.roster;

import java.time.LocalDate;
import java.util.UUID;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.PersonDraft;

/** One valid row: a person (cleaned and checked) and the group they belong to. */
record RosterRow(int line, PersonDraft person, String modelCode, UUID groupId, MemberRole role, LocalDate joinedDate) {}
