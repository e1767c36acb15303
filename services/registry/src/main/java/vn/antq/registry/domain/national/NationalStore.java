package vn.antq.registry.domain.national;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Sector;

/**
 * Storage of national replication. Templates and their versions are national tables, readable in
 * every transaction and written only in one bound to no province (a Ministry decision). Nominations
 * and lineage are the provinces' rows, under row-level security like the rest of the registry.
 */
public interface NationalStore {

  /**
   * Runs {@code work} bound to {@code province}, then unbinds again: how a Ministry decision, which
   * runs bound to no province, reads or writes the one province's rows it concerns.
   */
  <T> T inProvince(String province, Supplier<T> work);

  Optional<Template> findTemplate(UUID id);

  Optional<Template> findTemplateByCode(String code);

  /** Current versions, ordered by code; {@code afterCode} is the page cursor. */
  Page<Template> listTemplates(CatalogueFilter filter, int pageSize, String afterCode);

  void insertTemplate(UUID id, String code, String originProvince, UUID originModelId, UUID nominationId,
                      Decision recognition, String recognisedBy);

  void insertVersion(UUID templateId, int version, String displayName, Sector sector, String description,
                     String changelog, Decision decision, String author);

  /** Makes {@code version} the current one. */
  void setCurrentVersion(UUID templateId, int version);

  void retireTemplate(UUID id, Decision decision, String reason);

  /** Models adopted from these templates, as far as row-level security lets the transaction see. */
  List<Replica> adopters(Collection<UUID> templateIds);

  /** The origin models of these templates (national scope only). */
  List<Replica> origins(Collection<Template> templates);

  /** Links a model to a template version: at adoption (sets the adoption time too) or when applying a newer one. */
  void setLineage(UUID modelId, UUID templateId, int version, boolean adopting);

  Optional<Nomination> findNomination(UUID id);

  Optional<UUID> findNominationIdByRequest(String requestId);

  /** Whether the model has a nomination in this state. */
  boolean hasNomination(UUID modelId, Nomination.State state);

  void insertNomination(UUID id, String province, UUID modelId, String note, Evidence evidence, String nominatedBy,
                        String requestId);

  void markRecognised(UUID nominationId, UUID templateId, String decidedBy);

  /** PENDING → REJECTED; false when the nomination was no longer pending. */
  boolean markRejected(UUID nominationId, String reason, String decidedBy);

  /** Newest first; {@code state} null for any; cursor from the previous page. */
  Page<Nomination> listNominations(Nomination.State state, int pageSize, String cursor);

  RegistryEvidence registryEvidence(UUID modelId);
}
