package vn.antq.registry.domain.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Model;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.RegistryStore;
import vn.antq.registry.domain.Sector;

/**
 * The Ministry's side of national replication: recognising a nominated model as a template,
 * editing it (a new version each time) and retiring it, and the hub-and-spoke catalogue. Decisions
 * run bound to no province and bind the one province they concern explicitly.
 */
public class NationalReplication {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final int MAX_REASON = 4000;
  private static final List<String> EDITABLE = List.of("display_name", "sector", "description");

  private final NationalStore store;
  private final RegistryStore models;

  public NationalReplication(NationalStore store, RegistryStore models) {
    this.store = store;
    this.models = models;
  }

  /** Recognising a nomination twice returns the template of the first decision. */
  public Template recognise(String province, UUID nominationId, Decision decision, String code) {
    Nomination nomination = store.inProvince(province, () -> store.findNomination(nominationId))
        .orElseThrow(() -> new DomainException.NotFound("nomination " + nominationId));
    if (nomination.state() == Nomination.State.RECOGNISED) {
      return getTemplate(nomination.templateId());
    }
    if (nomination.state() == Nomination.State.REJECTED) {
      throw new DomainException.FailedPrecondition("the nomination was rejected; the province may nominate the model again");
    }
    Model model = store.inProvince(province, () -> models.findModel(nomination.modelId()))
        .orElseThrow(() -> new DomainException.NotFound("model " + nomination.modelId()));
    Violations violations = new Violations();
    Decision clean = Decision.checked(decision.number(), decision.date(), "decision", violations);
    String templateCode = code == null || code.isBlank() ? model.code() : code.strip().toUpperCase(Locale.ROOT);
    violations.check(CODE.matcher(templateCode).matches(), "code", "must be 2-40 letters, digits or '-'");
    violations.throwIfAny();
    if (model.status() != ModelStatus.ACTIVE) {
      throw new DomainException.FailedPrecondition("the nominated model is " + model.status() + ", no longer ACTIVE");
    }
    if (store.findTemplateByCode(templateCode).isPresent()) {
      throw new DomainException.AlreadyExists("code", "a template with code " + templateCode + " exists; choose another");
    }
    UUID id = UUID.randomUUID();
    String by = Tenant.caller().subject();
    store.insertTemplate(id, templateCode, province, model.id(), nominationId, clean, by);
    store.insertVersion(id, 1, model.displayName(), model.sector(), model.description(), recognitionChangelog(clean),
        clean, by);
    store.inProvince(province, () -> {
      store.markRecognised(nominationId, id, by);
      return null;
    });
    return getTemplate(id);
  }

  /**
   * The Ministry does not recognise the model. Rejecting a rejected nomination returns it unchanged;
   * a recognised one cannot be rejected. The province may nominate the model again.
   */
  public Nomination reject(String province, UUID nominationId, String reason) {
    String clean = VietnameseText.clean(reason);
    new Violations().requireText(clean, "reason", MAX_REASON).throwIfAny();
    return store.inProvince(province, () -> {
      Nomination nomination = store.findNomination(nominationId)
          .orElseThrow(() -> new DomainException.NotFound("nomination " + nominationId));
      switch (nomination.state()) {
        case REJECTED -> {
          return nomination;
        }
        case RECOGNISED -> throw new DomainException.FailedPrecondition("the nomination was already recognised");
        case PENDING -> {
          if (!store.markRejected(nominationId, clean, Tenant.caller().subject())) {
            throw new DomainException.Aborted("the nomination was decided meanwhile; read it again");
          }
        }
      }
      return store.findNomination(nominationId).orElseThrow();
    });
  }

  public Template getTemplate(UUID id) {
    return store.findTemplate(id).orElseThrow(() -> new DomainException.NotFound("template " + id));
  }

  /**
   * A new version from the fields named in {@code fields}. {@code editedVersion} must be the current
   * version: an editor working from an older one would silently undo someone else's change.
   */
  public Template update(UUID id, int editedVersion, TemplateText changes, List<String> fields, String changelog,
                         Decision decision) {
    Template template = getTemplate(id);
    Violations violations = new Violations();
    fields.forEach(field -> violations.check(EDITABLE.contains(field), "update_mask", "field " + field
        + " cannot be changed"));
    violations.check(editedVersion > 0, "template.version", "must be the version being edited (current: "
        + template.current().version() + ")");
    String cleanLog = VietnameseText.clean(changelog);
    violations.requireText(cleanLog, "changelog", RegistryService.MAX_DESCRIPTION);
    Decision cleanDecision = decision == null ? null
        : Decision.checked(decision.number(), decision.date(), "decision", violations);
    TemplateVersion current = template.current();
    String name = fields.contains("display_name") ? VietnameseText.clean(changes.displayName()) : current.displayName();
    Sector sector = fields.contains("sector") ? changes.sector() : current.sector();
    String description = fields.contains("description") ? cleanOrEmpty(changes.description()) : current.description();
    violations.requireText(name, "template.display_name", RegistryService.MAX_NAME)
        .check(sector != null, "template.sector", "must be one of " + Arrays.toString(Sector.values()))
        .optionalText(description, "template.description", RegistryService.MAX_DESCRIPTION)
        .throwIfAny();
    if (template.status() == TemplateStatus.RETIRED) {
      throw new DomainException.FailedPrecondition("template " + template.code() + " is retired");
    }
    if (editedVersion != current.version()) {
      throw new DomainException.Aborted("template " + template.code() + " is at version " + current.version()
          + ", not " + editedVersion + "; read it again and redo the change");
    }
    int next = current.version() + 1;
    store.insertVersion(id, next, name, sector, description, cleanLog, cleanDecision, Tenant.caller().subject());
    store.setCurrentVersion(id, next);
    return getTemplate(id);
  }

  /** Withdraws the template from adoption; adopters keep their models and lineage. */
  public Template retire(UUID id, Decision decision, String reason) {
    Template template = getTemplate(id);
    Violations violations = new Violations();
    Decision clean = Decision.checked(decision.number(), decision.date(), "decision", violations);
    String why = VietnameseText.clean(reason);
    violations.requireText(why, "reason", RegistryService.MAX_DESCRIPTION).throwIfAny();
    if (template.status() == TemplateStatus.RETIRED) {
      throw new DomainException.FailedPrecondition("template " + template.code() + " is already retired");
    }
    store.retireTemplate(id, clean, why);
    return getTemplate(id);
  }

  /** In a national read: every province's nominations. */
  public Page<Nomination> nominations(Nomination.State state, int pageSize, String cursor) {
    return store.listNominations(state, RegistryService.pageSize(pageSize), cursor);
  }

  /** In a national read: each template with its origin's figures and every adopter's. */
  public Page<NationalCatalogueEntry> catalogue(int pageSize, String cursor) {
    Page<Template> templates = store.listTemplates(CatalogueFilter.ALL, RegistryService.pageSize(pageSize), cursor);
    Map<UUID, Replica> origins = store.origins(templates.items()).stream()
        .collect(Collectors.toMap(Replica::modelId, replica -> replica));
    Map<UUID, List<Replica>> adopters = store.adopters(templates.items().stream().map(Template::id).toList())
        .stream().collect(Collectors.groupingBy(Replica::templateId));
    List<NationalCatalogueEntry> entries = new ArrayList<>();
    for (Template template : templates.items()) {
      entries.add(new NationalCatalogueEntry(template, origins.get(template.originModelId()),
          adopters.getOrDefault(template.id(), List.of())));
    }
    return new Page<>(entries, templates.nextCursor(), templates.totalSize());
  }

  private static String recognitionChangelog(Decision decision) {
    var date = decision.date();
    return String.format("Bộ Công an công nhận theo quyết định số %s ngày %02d/%02d/%d", decision.number(),
        date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static String cleanOrEmpty(String text) {
    String clean = VietnameseText.clean(text);
    return clean == null ? "" : clean;
  }
}
