package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;
import vn.antq.registry.domain.Lineage;
import vn.antq.registry.domain.Model;
import vn.antq.registry.domain.ModelDraft;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.RegistryService;

/**
 * National replication from a province's side: nominating its models, reading the national
 * catalogue, adopting a template and taking its newer versions. Runs bound to the caller's province.
 */
public class ProvinceReplication {

  private final RegistryService registry;
  private final NationalStore store;

  public ProvinceReplication(RegistryService registry, NationalStore store) {
    this.registry = registry;
    this.store = store;
  }

  /** {@code external} was gathered before the transaction, from the other services. */
  public Nomination nominate(UUID modelId, String note, String requestId, ExternalFigureGatherer.Gathered external) {
    if (requestId != null) {
      var earlier = store.findNominationIdByRequest(requestId);
      if (earlier.isPresent()) {
        return getNomination(earlier.get());
      }
    }
    Model model = registry.getModel(modelId);
    String cleanNote = VietnameseText.clean(note);
    new Violations().optionalText(cleanNote, "note", RegistryService.MAX_DESCRIPTION).throwIfAny();
    if (model.status() != ModelStatus.ACTIVE) {
      throw new DomainException.FailedPrecondition("only an ACTIVE model can be nominated; " + model.code() + " is "
          + model.status());
    }
    if (model.lineage() != null) {
      throw new DomainException.FailedPrecondition(model.code() + " is adopted from a national template; "
          + "propose changes to that template instead");
    }
    if (store.hasNomination(modelId, Nomination.State.RECOGNISED)) {
      throw new DomainException.FailedPrecondition(model.code() + " is already a national template");
    }
    if (store.hasNomination(modelId, Nomination.State.PENDING)) {
      throw new DomainException.AlreadyExists("name", model.code() + " already has a pending nomination");
    }
    Evidence evidence = new Evidence(Instant.now(), store.registryEvidence(modelId), external.figures(),
        external.gaps());
    UUID id = UUID.randomUUID();
    store.insertNomination(id, Tenant.province(), modelId, cleanNote == null ? "" : cleanNote, evidence,
        Tenant.caller().subject(), requestId);
    return getNomination(id);
  }

  public Nomination getNomination(UUID id) {
    return store.findNomination(id).orElseThrow(() -> new DomainException.NotFound("nomination " + id));
  }

  public Page<Nomination> nominations(int pageSize, String cursor) {
    return store.listNominations(null, RegistryService.pageSize(pageSize), cursor);
  }

  /** Every template, with this province's adoption of it where there is one. */
  public Page<CatalogueEntry> catalogue(CatalogueFilter filter, int pageSize, String cursor) {
    Page<Template> templates = store.listTemplates(filter, RegistryService.pageSize(pageSize), cursor);
    Map<UUID, Replica> adopted = store.adopters(templates.items().stream().map(Template::id).toList()).stream()
        .collect(Collectors.toMap(Replica::templateId, Function.identity()));
    List<CatalogueEntry> entries = templates.items().stream()
        .map(template -> new CatalogueEntry(template, adopted.get(template.id()))).toList();
    return new Page<>(entries, templates.nextCursor(), templates.totalSize());
  }

  /** The province's own model from a template version (0: the current one), linked to it. */
  public Model adopt(UUID templateId, int version, String code, String requestId) {
    if (requestId != null) {
      var earlier = registry.findModelByRequest(requestId);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Template template = template(templateId);
    if (template.status() == TemplateStatus.RETIRED) {
      throw new DomainException.FailedPrecondition("template " + template.code() + " is retired");
    }
    if (template.originProvince().equals(Tenant.province())) {
      throw new DomainException.FailedPrecondition("template " + template.code() + " is this province's own model");
    }
    TemplateVersion adopted = version(template, version, "version");
    store.adopters(List.of(templateId)).stream().findFirst().ifPresent(existing -> {
      throw new DomainException.AlreadyExists("template", "this province already runs template " + template.code()
          + " as model " + existing.modelId());
    });
    Model model = registry.createModel(new ModelDraft(code, adopted.displayName(), adopted.sector(),
        adopted.description(), ModelStatus.DRAFT, null), requestId);
    store.setLineage(model.id(), templateId, adopted.version(), true);
    return registry.getModel(model.id());
  }

  /**
   * Moves an adopted model to a newer template version (0: the current one). A field the province
   * changed since its version keeps the province's value; the others take the new version's.
   */
  public Model applyVersion(UUID modelId, int version) {
    Model model = registry.getModel(modelId);
    Lineage lineage = model.lineage();
    if (lineage == null) {
      throw new DomainException.FailedPrecondition(model.code() + " was not adopted from a national template");
    }
    if (model.status() == ModelStatus.RETIRED) {
      throw new DomainException.FailedPrecondition(model.code() + " is retired");
    }
    Template template = template(lineage.templateId());
    TemplateVersion target = version(template, version, "version");
    if (target.version() <= lineage.templateVersion()) {
      if (version == 0) {
        throw new DomainException.FailedPrecondition(model.code() + " already follows the current version "
            + lineage.templateVersion());
      }
      throw new DomainException.InvalidInput("version", "must be newer than version " + lineage.templateVersion()
          + ", which the model follows");
    }
    TemplateVersion from = version(template, lineage.templateVersion(), "version");
    ModelDraft merged = new ModelDraft(model.code(),
        keepLocal(model.displayName(), from.displayName(), target.displayName()),
        keepLocal(model.sector(), from.sector(), target.sector()),
        keepLocal(model.description(), from.description(), target.description()),
        model.status(), model.establishedDate());
    registry.replaceText(modelId, merged);
    store.setLineage(modelId, template.id(), target.version(), false);
    return registry.getModel(modelId);
  }

  private static <T> T keepLocal(T current, T base, T incoming) {
    return current.equals(base) ? incoming : current;
  }

  private Template template(UUID id) {
    return store.findTemplate(id).orElseThrow(() -> new DomainException.NotFound("template " + id));
  }

  private static TemplateVersion version(Template template, int number, String field) {
    if (number == 0) {
      return template.current();
    }
    return template.version(number).orElseThrow(() -> new DomainException.InvalidInput(field,
        "template " + template.code() + " has versions 1 to " + template.current().version()));
  }
}
