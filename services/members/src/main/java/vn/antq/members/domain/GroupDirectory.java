package vn.antq.members.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The registry's groups and models, as this service may check them. Remote calls: never made inside
 * a database transaction. Unreachable registry: {@link vn.antq.core.DomainException.Unavailable}.
 */
public interface GroupDirectory {

  /** The group, if the registry has it at that place in the caller's province. */
  Optional<RegistryGroup> find(GroupPath group);

  /** The groups the registry has among these ids, by id. */
  Map<UUID, RegistryGroup> findAll(Collection<UUID> groupIds);

  /** Those of the codes that name a model of the caller's province. */
  Set<String> existingModelCodes(Collection<String> codes);
}
