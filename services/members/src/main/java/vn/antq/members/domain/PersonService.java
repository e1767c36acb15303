package vn.antq.members.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.Violations;

/**
 * Persons: creation with a national ID unique in the province, reads in the view the caller may
 * have (recorded beyond BASIC), search, and changes of the mutable fields.
 */
public class PersonService {

  public static final int MAX_PAGE_SIZE = 500;
  public static final int DEFAULT_PAGE_SIZE = 50;
  /** Fields an update may change; birth date, gender and national ID are fixed by the card. */
  public static final List<String> MUTABLE = List.of("full_name", "phone", "commune", "district", "occupation",
      "sensitive");

  private final PersonStore store;
  private final PersonAccess access;
  private final Transactions transactions;
  private final Clock clock;

  public PersonService(PersonStore store, PersonAccess access, Transactions transactions, Clock clock) {
    this.store = store;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Person create(PersonDraft draft, String requestId) {
    PersonDraft clean = PersonRules.clean(draft);
    return transactions.inTransaction(() -> {
      if (requestId != null) {
        var earlier = store.findIdByRequest(requestId);
        if (earlier.isPresent()) {
          return read(earlier.get(), PersonView.BASIC);
        }
      }
      throwIfAny(PersonRules.check(clean, LocalDate.now(clock)));
      String province = Tenant.province();
      if (store.findIdByNationalId(province, clean.nationalId()).isPresent()) {
        throw new DomainException.AlreadyExists("person.national_id",
            "a person with this national ID is already registered in this province");
      }
      UUID id = UUID.randomUUID();
      store.insert(province, id, clean, requestId);
      return read(id, PersonView.BASIC);
    });
  }

  public Person get(UUID id, PersonView requested, String purpose) {
    PersonView view = access.permit(requested, purpose);
    return transactions.inTransaction(() -> {
      Person person = read(id, view);
      access.record(view, purpose, Set.of(id), "GetPerson");
      return person;
    });
  }

  public Page<Person> list(PersonQuery query, int pageSize, String cursor, PersonView requested, String purpose) {
    PersonView view = access.permit(requested, purpose);
    int size = pageSize(pageSize);
    return transactions.inTransaction(() -> {
      Page<Person> page = store.search(query, size, cursor, view != PersonView.BASIC);
      access.record(view, purpose, page.items().stream().map(Person::id).toList(), "ListPersons");
      return new Page<>(page.items().stream().map(p -> access.present(p, view)).toList(), page.nextCursor(),
          page.totalSize());
    });
  }

  /** {@code changes} carries new values for the fields named in {@code fields}; others keep theirs. */
  public Person update(UUID id, PersonDraft changes, List<String> fields) {
    Violations violations = new Violations();
    fields.forEach(field -> violations.check(MUTABLE.contains(field), "update_mask", "field " + field
        + " cannot be changed"));
    violations.throwIfAny();
    PersonDraft clean = PersonRules.clean(changes);
    return transactions.inTransaction(() -> {
      Person current = store.find(id, true).orElseThrow(() -> new DomainException.NotFound("person " + id));
      PersonDraft merged = new PersonDraft(
          fields.contains("full_name") ? clean.fullName() : current.fullName(),
          current.birthDate(), current.gender(), current.nationalId(),
          fields.contains("phone") ? clean.phone() : current.phone(),
          fields.contains("commune") ? clean.commune() : current.commune(),
          fields.contains("district") ? clean.district() : current.district(),
          fields.contains("occupation") ? clean.occupation() : current.occupation(),
          fields.contains("sensitive") ? clean.sensitive() : current.sensitive());
      throwIfAny(PersonRules.check(merged, LocalDate.now(clock)));
      store.update(Tenant.province(), id, merged);
      return read(id, PersonView.BASIC);
    });
  }

  public Page<AccessRecord> accessRecords(UUID personId, int pageSize, String cursor) {
    int size = pageSize(pageSize);
    return transactions.inTransaction(() -> access.list(personId, size, cursor));
  }

  private Person read(UUID id, PersonView view) {
    Person person = store.find(id, view != PersonView.BASIC)
        .orElseThrow(() -> new DomainException.NotFound("person " + id));
    return access.present(person, view);
  }

  private static void throwIfAny(List<PersonField.Problem> problems) {
    Violations violations = new Violations();
    problems.forEach(problem -> violations.add("person." + problem.field().path(), problem.description()));
    violations.throwIfAny();
  }

  static int pageSize(int requested) {
    if (requested < 0) {
      throw new DomainException.InvalidInput("page_size", "must not be negative");
    }
    return requested == 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
  }
}
