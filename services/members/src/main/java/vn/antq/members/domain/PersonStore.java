package vn.antq.members.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Persons. Implementations encrypt the national ID and the sensitive data on the way in and decrypt
 * them on the way out, and find national IDs through their keyed hash, so the domain only ever sees
 * plain values and the database never does. Reads run in the caller's transaction (row-level
 * security applies the province); the province is passed for new rows and for the keyed hash.
 */
public interface PersonStore {

  Optional<UUID> findIdByRequest(String requestId);

  Optional<UUID> findIdByNationalId(String province, String nationalId);

  /** {@code withSensitive}: decrypt the sensitive data too (otherwise it is null). */
  Optional<Person> find(UUID id, boolean withSensitive);

  /** The persons of the province with these national IDs, by national ID, sensitive data included. */
  Map<String, Person> findByNationalIds(String province, Collection<String> nationalIds);

  void insert(String province, UUID id, PersonDraft person, String requestId);

  void insertAll(String province, Map<UUID, PersonDraft> persons);

  void update(String province, UUID id, PersonDraft person);

  void updateAll(String province, Map<UUID, PersonDraft> persons);

  Page<Person> search(PersonQuery query, int pageSize, String cursor, boolean withSensitive);
}
