package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.registry.ModelRegistryTest.suffix;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.GetNominationRequest;
import vn.antq.registry.v1.ListNationalAuditRequest;
import vn.antq.registry.v1.ListNationalAuditResponse;
import vn.antq.registry.v1.ListNationalNominationsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.NationalAuditEntry;
import vn.antq.registry.v1.NominateModelRequest;
import vn.antq.registry.v1.Nomination;
import vn.antq.registry.v1.RecogniseModelRequest;
import vn.antq.registry.v1.RejectNominationRequest;
import vn.antq.registry.v1.Sector;

/** The Ministry rejects a nomination (the province sees why and may nominate again); the national audit is readable. */
class NominationRejectionAndAuditTest extends RegistryTestBase {

  private static final String MINISTRY_ADMIN = ISSUER.nationalToken("MINISTRY_ADMIN");
  private static final String ANALYST = ISSUER.nationalToken("MINISTRY_ANALYST");
  /** Decomposed on purpose: stored and returned in NFC. */
  private static final String REASON = Normalizer.normalize("Chưa đủ số liệu hoạt động của các tổ", Normalizer.Form.NFD);

  @Test
  void aRejectedNominationIsSeenByItsProvinceWhichMayNominateAgain() {
    String province = "rej-" + suffix();
    Model model = activeModel(province, "RJ-1", "Tổ tự quản về ANTT chùa Hưng Thiện", Sector.RELIGIOUS_COMMUNITY, 1);
    Nomination nomination = registry(provinceAdmin(province)).nominateModel(NominateModelRequest.newBuilder()
        .setName(model.getName()).build());
    RejectNominationRequest request = RejectNominationRequest.newBuilder().setName(nomination.getName())
        .setReason(REASON).build();

    for (String notAllowed : List.of(ANALYST, provinceAdmin(province), officer(province))) {
      StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
          () -> national(notAllowed).rejectNomination(request));
      assertThat(denied.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
    StatusRuntimeException noReason = assertThrows(StatusRuntimeException.class, () -> national(MINISTRY_ADMIN)
        .rejectNomination(request.toBuilder().setReason(" ").build()));
    assertThat(fieldsOf(noReason)).containsExactly("reason");

    Nomination rejected = national(MINISTRY_ADMIN).rejectNomination(request);
    assertThat(rejected.getState()).isEqualTo(Nomination.State.REJECTED);
    assertThat(rejected.getRejectionReason()).isEqualTo(Normalizer.normalize(REASON, Normalizer.Form.NFC));
    assertThat(rejected.getDecidedBy()).isNotBlank();
    assertThat(rejected.hasDecideTime()).isTrue();
    assertThat(national(MINISTRY_ADMIN).rejectNomination(request)).as("rejecting twice changes nothing")
        .isEqualTo(rejected);
    Nomination seen = registry(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName(nomination.getName()).build());
    assertThat(seen.getState()).isEqualTo(Nomination.State.REJECTED);
    assertThat(seen.getRejectionReason()).isEqualTo(rejected.getRejectionReason());
    StatusRuntimeException recognise = assertThrows(StatusRuntimeException.class, () -> national(MINISTRY_ADMIN)
        .recogniseModel(RecogniseModelRequest.newBuilder().setNomination(nomination.getName())
            .setDecision(NationalReplicationTest.DECISION).build()));
    assertThat(recognise.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(national(ANALYST).listNationalNominations(ListNationalNominationsRequest.newBuilder()
        .setState(Nomination.State.REJECTED).setPageSize(500).build()).getNominationsList())
        .extracting(Nomination::getName).contains(nomination.getName());

    Nomination again = registry(provinceAdmin(province)).nominateModel(NominateModelRequest.newBuilder()
        .setName(model.getName()).setNote("Bổ sung số liệu").build());
    assertThat(again.getState()).isEqualTo(Nomination.State.PENDING);
    assertThat(again.getName()).isNotEqualTo(nomination.getName());
  }

  @Test
  void theAuditListsWhoDidWhatAndWhenForMinistryRolesOnly() {
    Instant before = Instant.now().minusSeconds(1);
    String province = "aud-" + suffix();
    String rejection = "provinces/" + province + "/nominations/00000000-0000-0000-0000-000000000001";
    assertThrows(StatusRuntimeException.class, () -> national(provinceAdmin(province)).rejectNomination(
        RejectNominationRequest.newBuilder().setName(rejection).setReason("x").build()));
    StatusRuntimeException missing = assertThrows(StatusRuntimeException.class, () -> national(MINISTRY_ADMIN)
        .rejectNomination(RejectNominationRequest.newBuilder().setName(rejection).setReason("Không có").build()));
    assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);

    ListNationalAuditRequest request = ListNationalAuditRequest.newBuilder().setOperation("RejectNomination")
        .setStartTime(Timestamp.newBuilder().setSeconds(before.getEpochSecond())).setPageSize(500).build();
    List<NationalAuditEntry> entries = national(ANALYST).listNationalAudit(request).getEntriesList().stream()
        .filter(entry -> entry.getRequest().contains(rejection) || province.equals(entry.getCallerProvince()))
        .toList();
    assertThat(entries).hasSize(2);
    NationalAuditEntry decided = entries.get(0);
    assertThat(decided.getOperation()).isEqualTo("antq.registry.v1.NationalRegistry/RejectNomination");
    assertThat(decided.getAllowed()).isTrue();
    assertThat(decided.getRolesList()).containsExactly("MINISTRY_ADMIN");
    assertThat(decided.getAccess()).isEqualTo("NATIONAL_ADMIN");
    assertThat(decided.getSubject()).isNotBlank();
    NationalAuditEntry refused = entries.get(1);
    assertThat(refused.getAllowed()).isFalse();
    assertThat(refused.getCallerProvince()).isEqualTo(province);
    assertThat(Instant.ofEpochSecond(refused.getTime().getSeconds())).isBeforeOrEqualTo(
        Instant.ofEpochSecond(decided.getTime().getSeconds()));

    ListNationalAuditResponse first = national(ANALYST).listNationalAudit(
        request.toBuilder().setOperation("").setPageSize(1).build());
    assertThat(first.getEntriesList()).hasSize(1);
    assertThat(first.getNextPageToken()).isNotEmpty();
    ListNationalAuditResponse second = national(ANALYST).listNationalAudit(
        request.toBuilder().setOperation("").setPageSize(1).setPageToken(first.getNextPageToken()).build());
    assertThat(second.getEntries(0)).isNotEqualTo(first.getEntries(0));
    assertThat(national(ANALYST).listNationalAudit(ListNationalAuditRequest.newBuilder()
        .setOperation("ListNationalAudit").setStartTime(request.getStartTime()).build()).getEntriesList())
        .as("reading the audit is itself on record").isNotEmpty();
    StatusRuntimeException emptyWindow = assertThrows(StatusRuntimeException.class, () -> national(ANALYST)
        .listNationalAudit(request.toBuilder().setEndTime(request.getStartTime()).build()));
    assertThat(fieldsOf(emptyWindow)).containsExactly("end_time");

    StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
        () -> national(officer(province)).listNationalAudit(request));
    assertThat(denied.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    StatusRuntimeException badToken = assertThrows(StatusRuntimeException.class,
        () -> national(ANALYST).listNationalAudit(request.toBuilder().setPageToken("bm90IGEgdG9rZW4").build()));
    assertThat(badToken.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
  }
}
