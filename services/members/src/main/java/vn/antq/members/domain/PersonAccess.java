package vn.antq.members.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Role;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;

/**
 * Who may see what of a person, and the record of every look beyond the basic view. BASIC is open to
 * the province's officers; SENSITIVE needs a stated purpose; FULL also needs a role allowed to
 * unmask. Records are written in the transaction of the read itself, so a read that cannot be
 * recorded fails instead of happening unrecorded.
 */
public class PersonAccess {

  public static final int MIN_PURPOSE = 5;
  public static final int MAX_PURPOSE = 300;

  private final Set<Role> unmaskRoles;
  private final AccessRecordStore records;

  public PersonAccess(Set<Role> unmaskRoles, AccessRecordStore records) {
    this.unmaskRoles = Set.copyOf(unmaskRoles);
    this.records = records;
  }

  /** The view the caller may have; fails for a missing purpose or a role that may not unmask. */
  public PersonView permit(PersonView requested, String purpose) {
    PersonView view = requested == null ? PersonView.BASIC : requested;
    if (view == PersonView.BASIC) {
      return view;
    }
    String clean = VietnameseText.clean(purpose);
    int length = clean == null ? 0 : clean.codePointCount(0, clean.length());
    if (length < MIN_PURPOSE || length > MAX_PURPOSE) {
      throw new DomainException.InvalidInput("purpose", "the " + view + " view needs the purpose of the read, "
          + MIN_PURPOSE + " to " + MAX_PURPOSE + " characters");
    }
    if (view == PersonView.FULL && unmaskRoles.stream().noneMatch(Tenant.caller()::has)) {
      throw new DomainException.PermissionDenied("reading national IDs in full needs one of the roles " + unmaskRoles);
    }
    return view;
  }

  public void record(PersonView view, String purpose, Collection<UUID> persons, String operation) {
    if (view != PersonView.BASIC && !persons.isEmpty()) {
      records.insert(Tenant.province(), Tenant.caller().subject(), view, VietnameseText.clean(purpose), persons,
          operation);
    }
  }

  /** The person as the view shows it: the national ID masked unless FULL, sensitive data only beyond BASIC. */
  public Person present(Person person, PersonView view) {
    return person.shown(view == PersonView.FULL ? person.nationalId() : NationalId.mask(person.nationalId()),
        view == PersonView.BASIC ? null : person.sensitive());
  }

  public Page<AccessRecord> list(UUID personId, int pageSize, String cursor) {
    return records.list(personId, pageSize, cursor);
  }
}
