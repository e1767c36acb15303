package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.registry.ModelRegistryTest.suffix;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import com.google.type.Date;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.AdoptTemplateRequest;
import vn.antq.registry.v1.ApplyTemplateVersionRequest;
import vn.antq.registry.v1.CatalogueEntry;
import vn.antq.registry.v1.Decision;
import vn.antq.registry.v1.Gap;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetNominationRequest;
import vn.antq.registry.v1.GetTemplateRequest;
import vn.antq.registry.v1.ListCatalogueRequest;
import vn.antq.registry.v1.ListNationalCatalogueRequest;
import vn.antq.registry.v1.ListNationalNominationsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.NationalCatalogueEntry;
import vn.antq.registry.v1.NominateModelRequest;
import vn.antq.registry.v1.Nomination;
import vn.antq.registry.v1.RecogniseModelRequest;
import vn.antq.registry.v1.RetireTemplateRequest;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.Template;
import vn.antq.registry.v1.UpdateModelRequest;
import vn.antq.registry.v1.UpdateTemplateRequest;

/** Nomination → recognition → template versions → adoption with lineage, over real sockets and tokens. */
class NationalReplicationTest extends RegistryTestBase {

  static final Decision DECISION = Decision.newBuilder().setNumber("1234/QĐ-BCA")
      .setDate(Date.newBuilder().setYear(2023).setMonth(6).setDay(15)).build();
  private static final String MINISTRY_ADMIN = ISSUER.nationalToken("MINISTRY_ADMIN");
  private static final String ANALYST = ISSUER.nationalToken("MINISTRY_ANALYST");

  @Test
  void aNominatedModelRecognisedByTheMinistryBecomesAVersionedTemplate() {
    Model origin = activeModel("bac-lieu", "NG-" + suffix(), "Tổ ngư dân tự quản về ANTT trên biển",
        Sector.FISHERMEN, 2, 1);
    Nomination nomination = registry(provinceAdmin("bac-lieu")).nominateModel(NominateModelRequest.newBuilder()
        .setName(origin.getName()).setNote("Hiệu quả trên biển").build());

    assertThat(nomination.getState()).isEqualTo(Nomination.State.PENDING);
    assertThat(nomination.getName()).startsWith("provinces/bac-lieu/nominations/");
    var evidence = nomination.getEvidence();
    assertThat(evidence.getRegistry().getReplicationPoints()).isEqualTo(2);
    assertThat(evidence.getRegistry().getGroups()).isEqualTo(3);
    assertThat(evidence.getRegistry().getMembers()).isEqualTo(30);
    assertThat(evidence.getRegistry().getDistricts()).isEqualTo(2);
    assertThat(evidence.hasMembers()).as("the members service answered (zeros for this model)").isTrue();
    assertThat(evidence.hasCampaigns() || evidence.hasAwards() || evidence.hasWelfare())
        .as("sections of services that are not there are unset, not zero").isFalse();
    assertThat(evidence.getGapsList()).extracting(Gap::getSection)
        .containsExactlyInAnyOrder(Section.CAMPAIGNS, Section.AWARDS, Section.WELFARE);
    assertThat(evidence.getGapsList()).allMatch(gap -> gap.getKind() == Gap.Kind.NOT_AVAILABLE);
    assertThat(national(ANALYST).listNationalNominations(ListNationalNominationsRequest.newBuilder()
        .setState(Nomination.State.PENDING).setPageSize(500).build()).getNominationsList())
        .extracting(Nomination::getName).contains(nomination.getName());

    Template template = recognise(nomination);
    assertThat(template.getName()).startsWith("templates/");
    assertThat(template.getCode()).isEqualTo(origin.getCode());
    assertThat(template.getVersion()).isEqualTo(1);
    assertThat(template.getOriginProvince()).isEqualTo("bac-lieu");
    assertThat(template.getRecognition().getNumber()).isEqualTo("1234/QĐ-BCA");
    assertThat(template.getVersions(0).getChangelog()).contains("1234/QĐ-BCA").contains("15/06/2023");
    assertThat(recognise(nomination).getName()).as("recognising again returns the same template")
        .isEqualTo(template.getName());
    Nomination decided = registry(officer("bac-lieu")).getNomination(GetNominationRequest.newBuilder()
        .setName(nomination.getName()).build());
    assertThat(decided.getState()).isEqualTo(Nomination.State.RECOGNISED);
    assertThat(decided.getTemplate()).isEqualTo(template.getName());

    Template v2 = national(MINISTRY_ADMIN).updateTemplate(UpdateTemplateRequest.newBuilder()
        .setTemplate(template.toBuilder().setDescription("Bổ sung hướng dẫn tuần tra chung"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("description"))
        .setChangelog("Thêm hướng dẫn tuần tra").build());
    assertThat(v2.getVersion()).isEqualTo(2);
    assertThat(v2.getVersionsList()).extracting(v -> v.getVersion()).containsExactly(2, 1);
    assertThat(v2.getVersions(1).getDescription()).as("the old version stays readable")
        .isEqualTo(origin.getDescription());
    assertThat(v2.getVersions(0).getChangelog()).isEqualTo("Thêm hướng dẫn tuần tra");
    StatusRuntimeException stale = assertThrows(StatusRuntimeException.class, () -> national(MINISTRY_ADMIN)
        .updateTemplate(UpdateTemplateRequest.newBuilder().setTemplate(template.toBuilder().setDisplayName("Khác"))
            .setChangelog("từ phiên bản cũ").build()));
    assertThat(stale.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
    assertThat(national(ANALYST).getTemplate(GetTemplateRequest.newBuilder().setName(template.getName()).build())
        .getVersion()).isEqualTo(2);
  }

  @Test
  void adoptionLinksTheProvincesOwnModelAndNewerVersionsAreOfferedNeverForced() {
    Model origin = activeModel("bac-lieu", "DT-" + suffix(), "Tổ tự quản dòng tộc về ANTT", Sector.FAMILY_LINEAGE, 3);
    Template template = recognise(nominate(origin));
    var camau = registry(officer("ca-mau"));
    String requestId = UUID.randomUUID().toString();
    AdoptTemplateRequest adopt = AdoptTemplateRequest.newBuilder().setParent("provinces/ca-mau")
        .setTemplate(template.getName()).setCode("cm-dt-" + suffix()).setRequestId(requestId).build();

    Model adopted = camau.adoptTemplate(adopt);
    assertThat(adopted.getName()).startsWith("provinces/ca-mau/models/");
    assertThat(adopted.getDisplayName()).isEqualTo(origin.getDisplayName());
    assertThat(adopted.getStatus()).isEqualTo(ModelStatus.DRAFT);
    assertThat(adopted.getLineage().getTemplate()).isEqualTo(template.getName());
    assertThat(adopted.getLineage().getTemplateVersion()).isEqualTo(1);
    assertThat(adopted.getLineage().getOriginProvince()).isEqualTo("bac-lieu");
    assertThat(adopted.getLineage().getNewerVersionAvailable()).isFalse();
    assertThat(camau.adoptTemplate(adopt).getName()).as("a retry with the same request id").isEqualTo(adopted.getName());
    StatusRuntimeException twice = assertThrows(StatusRuntimeException.class, () -> camau.adoptTemplate(
        adopt.toBuilder().setRequestId("").setCode("CM-OTHER-" + suffix()).build()));
    assertThat(twice.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(fieldsOf(twice)).containsExactly("template");
    fails(Status.Code.FAILED_PRECONDITION, () -> registry(officer("bac-lieu")).adoptTemplate(
        adopt.toBuilder().setParent("provinces/bac-lieu").setRequestId("").build()));

    // ca-mau adapts the name locally; the Ministry then edits the template's name and description.
    String localName = "Tổ tự quản dòng tộc về ANTT ấp Tân Hưng";
    camau.updateModel(UpdateModelRequest.newBuilder().setModel(adopted.toBuilder().setDisplayName(localName))
        .setUpdateMask(FieldMask.newBuilder().addPaths("display_name")).build());
    national(MINISTRY_ADMIN).updateTemplate(UpdateTemplateRequest.newBuilder()
        .setTemplate(template.toBuilder().setDisplayName("Tổ tự quản dòng họ về ANTT").setDescription("Phiên bản 2"))
        .setChangelog("Đổi tên, bổ sung mô tả").build());

    Model offered = camau.getModel(GetModelRequest.newBuilder().setName(adopted.getName()).build());
    assertThat(offered.getLineage().getTemplateVersion()).isEqualTo(1);
    assertThat(offered.getLineage().getLatestVersion()).isEqualTo(2);
    assertThat(offered.getLineage().getNewerVersionAvailable()).isTrue();
    assertThat(offered.getDescription()).as("not forced").isEqualTo(origin.getDescription());
    CatalogueEntry entry = catalogueEntry("ca-mau", template.getName());
    assertThat(entry.getAdoptedModel()).isEqualTo(adopted.getName());
    assertThat(entry.getAdoptedVersion()).isEqualTo(1);
    assertThat(entry.getNewerVersionAvailable()).isTrue();
    assertThat(catalogueEntry("an-giang", template.getName()).getAdoptedModel()).isEmpty();

    Model applied = camau.applyTemplateVersion(ApplyTemplateVersionRequest.newBuilder().setName(adopted.getName()).build());
    assertThat(applied.getLineage().getTemplateVersion()).isEqualTo(2);
    assertThat(applied.getLineage().getNewerVersionAvailable()).isFalse();
    assertThat(applied.getDisplayName()).as("a locally adapted field keeps the local value").isEqualTo(localName);
    assertThat(applied.getDescription()).as("an untouched field follows the template").isEqualTo("Phiên bản 2");
    fails(Status.Code.FAILED_PRECONDITION, () -> camau.applyTemplateVersion(
        ApplyTemplateVersionRequest.newBuilder().setName(adopted.getName()).build()));

    NationalCatalogueEntry hub = nationalEntry(template.getName());
    assertThat(hub.getOrigin().getProvince()).isEqualTo("bac-lieu");
    assertThat(hub.getOrigin().getModel()).isEqualTo(origin.getName());
    assertThat(hub.getOrigin().getGroups()).isEqualTo(3);
    assertThat(hub.getOrigin().getMembers()).isEqualTo(30);
    assertThat(hub.getAdoptersList()).singleElement().satisfies(adopter -> {
      assertThat(adopter.getProvince()).isEqualTo("ca-mau");
      assertThat(adopter.getModel()).isEqualTo(adopted.getName());
      assertThat(adopter.getTemplateVersion()).isEqualTo(2);
      assertThat(adopter.hasAdoptTime()).isTrue();
      assertThat(adopter.getReplicationPoints()).isZero();
    });
  }

  @Test
  void aRetiredTemplateIsNoLongerAdoptedButItsAdoptersKeepTheirModels() {
    Template template = recognise(nominate(activeModel("bac-lieu", "NU-" + suffix(),
        "Câu lạc bộ nữ phòng chống tội phạm", Sector.WOMEN, 1)));
    Model adopted = registry(officer("ca-mau")).adoptTemplate(AdoptTemplateRequest.newBuilder()
        .setParent("provinces/ca-mau").setTemplate(template.getName()).setCode("CM-NU-" + suffix()).build());

    Template retired = national(MINISTRY_ADMIN).retireTemplate(RetireTemplateRequest.newBuilder()
        .setName(template.getName()).setDecision(DECISION).setReason("Không còn phù hợp").build());
    assertThat(retired.getStatus()).isEqualTo(Template.Status.RETIRED);
    assertThat(retired.getRetirement().getDecision().getNumber()).isEqualTo("1234/QĐ-BCA");
    fails(Status.Code.FAILED_PRECONDITION, () -> registry(officer("an-giang")).adoptTemplate(
        AdoptTemplateRequest.newBuilder().setParent("provinces/an-giang").setTemplate(template.getName())
            .setCode("AG-NU-" + suffix()).build()));
    Model kept = registry(officer("ca-mau")).getModel(GetModelRequest.newBuilder().setName(adopted.getName()).build());
    assertThat(kept.getLineage().getTemplateRetired()).isTrue();
    assertThat(kept.getLineage().getTemplate()).isEqualTo(template.getName());
  }

  @Test
  void badRequestsNameTheirFields() {
    var ministry = national(MINISTRY_ADMIN);
    StatusRuntimeException noDecision = assertThrows(StatusRuntimeException.class, () -> ministry.recogniseModel(
        RecogniseModelRequest.newBuilder().setNomination(nominate(activeModel("bac-lieu", "BR-" + suffix(),
            "Câu lạc bộ người hoàn lương", Sector.REFORMED_OFFENDERS, 1)).getName()).build()));
    assertThat(fieldsOf(noDecision)).containsExactlyInAnyOrder("decision.number", "decision.date");
    assertThat(fieldsOf(assertThrows(StatusRuntimeException.class, () -> ministry.recogniseModel(
        RecogniseModelRequest.newBuilder().setNomination("provinces/bac-lieu/models/x").setDecision(DECISION).build()))))
        .containsExactly("nomination");
    assertThat(fieldsOf(assertThrows(StatusRuntimeException.class, () -> registry(officer("ca-mau")).adoptTemplate(
        AdoptTemplateRequest.newBuilder().setParent("provinces/ca-mau").setTemplate("models/1").setCode("X1").build()))))
        .containsExactly("template");
    Template template = recognise(nominate(activeModel("bac-lieu", "BM-" + suffix(), "Tổ giáo dân tự quản",
        Sector.RELIGIOUS_COMMUNITY, 1)));
    StatusRuntimeException mask = assertThrows(StatusRuntimeException.class, () -> ministry.updateTemplate(
        UpdateTemplateRequest.newBuilder().setTemplate(template)
            .setUpdateMask(FieldMask.newBuilder().addPaths("origin_province")).build()));
    assertThat(fieldsOf(mask)).containsExactlyInAnyOrder("update_mask", "changelog");
    StatusRuntimeException retire = assertThrows(StatusRuntimeException.class, () -> ministry.retireTemplate(
        RetireTemplateRequest.newBuilder().setName(template.getName())
            .setDecision(DECISION.toBuilder().setNumber("").setDate(Date.newBuilder().setYear(2999).setMonth(1).setDay(1)))
            .build()));
    assertThat(fieldsOf(retire)).containsExactlyInAnyOrder("decision.number", "decision.date", "reason");
  }

  Nomination nominate(Model model) {
    return registry(provinceAdmin(model.getName().split("/")[1])).nominateModel(
        NominateModelRequest.newBuilder().setName(model.getName()).build());
  }

  Template recognise(Nomination nomination) {
    return national(MINISTRY_ADMIN).recogniseModel(RecogniseModelRequest.newBuilder()
        .setNomination(nomination.getName()).setDecision(DECISION).build());
  }

  CatalogueEntry catalogueEntry(String province, String template) {
    return registry(officer(province)).listCatalogue(ListCatalogueRequest.newBuilder()
            .setParent("provinces/" + province).setPageSize(500).build())
        .getEntriesList().stream().filter(e -> e.getTemplate().getName().equals(template)).findFirst().orElseThrow();
  }

  NationalCatalogueEntry nationalEntry(String template) {
    return national(ANALYST).listNationalCatalogue(ListNationalCatalogueRequest.newBuilder().setPageSize(500).build())
        .getEntriesList().stream().filter(e -> e.getTemplate().getName().equals(template)).findFirst().orElseThrow();
  }
}
