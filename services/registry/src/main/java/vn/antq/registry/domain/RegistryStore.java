package vn.antq.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage the domain needs. Every method runs inside the caller's transaction, which the
 * persistence library has already bound to the caller's province: implementations never take
 * the province as a filter argument for reads (row-level security applies it), only as the value
 * of new rows.
 */
public interface RegistryStore {

  Optional<Model> findModel(UUID id);

  Optional<Model> findModelByCode(String code);

  Optional<UUID> findModelIdByRequest(String requestId);

  void insertModel(UUID id, String province, ModelDraft draft, String requestId);

  void updateModel(UUID id, ModelDraft draft);

  Page<Model> listModels(ModelFilter filter, int pageSize, String afterCode);

  Optional<ReplicationPoint> findPoint(UUID modelId, UUID pointId);

  Optional<UUID> findPointIdByRequest(String requestId);

  void insertPoint(UUID id, String province, UUID modelId, String displayName, String commune, String district,
                   LocalDate establishedDate, String requestId);

  Page<ReplicationPoint> listPoints(UUID modelId, int pageSize, String afterId);

  Optional<Group> findGroup(UUID modelId, UUID pointId, UUID groupId);

  Optional<UUID> findGroupIdByRequest(String requestId);

  /** True when the point exists under another model of the province (to explain the error). */
  boolean pointExistsElsewhere(UUID pointId);

  /** A new group starts with no members: its count comes from the members service. */
  void insertGroup(UUID id, String province, UUID modelId, UUID pointId, String displayName, String leaderName,
                   String requestId);

  Page<Group> listGroups(UUID modelId, UUID pointId, int pageSize, String afterId);

  List<Group> findGroups(List<UUID> ids);

  List<UUID> allGroupIds();

  /** Replaces each group's count unless the kept one has a newer version; unknown groups are skipped. */
  void keepMemberCounts(List<MemberCount> counts);

  List<MemberCount> memberCounts(List<UUID> groupIds);
  /** Status UNDER_REVIEW with the warning; a later update back to ACTIVE clears it. */
  void warn(UUID id, String reason);

  void retire(UUID id, Decision decision, String reason);

  ProvinceCounts counts(String province);

  /** Only in a national-scope (read-only) transaction does this see more than one province. */
  List<ProvinceCounts> countsPerProvince();
}
