package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.Gap;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.ProvinceFigures;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;

/** The dashboard with every source of this deployment answering: the registry's, read over its own gRPC port. */
class NationalDashboardTest extends RegistryTestBase {

  @Test
  void everyConfiguredProvinceWithTheRegistrysAndMembersFiguresAndTheOtherSectionsMarkedNotAvailable() {
    String province = "dash-" + ModelRegistryTest.suffix();
    activeModel(province, "D-1", "Tổ tự quản về ANTT đê biển", Sector.FOREST_AND_COAST, 2, 3);
    activeModel(province, "D-2", "Tổ tự quản người Hoa", Sector.ETHNIC_COMMUNITY, 1);
    var counts = registry(officer(province)).getProvinceCounts(GetProvinceCountsRequest.newBuilder()
        .setName("provinces/" + province + "/counts").build());
    MEMBERS.provinceTotals.put(province, new long[] {75, 58, 60});

    NationalDashboard dashboard = national(ISSUER.nationalToken("MINISTRY_ANALYST"))
        .getNationalDashboard(GetNationalDashboardRequest.getDefaultInstance());

    assertThat(dashboard.getComplete()).as("%s", dashboard.getGapsList()).isTrue();
    assertThat(dashboard.getProvincesList()).extracting(ProvinceFigures::getProvince)
        .contains("bac-lieu", "ca-mau", "an-giang", province).doesNotContain("old-province");
    ProvinceFigures row = row(dashboard, province);
    assertThat(row.getModels()).isEqualTo(2).isEqualTo(counts.getModels());
    assertThat(row.getReplicationPoints()).isEqualTo(3);
    assertThat(row.getGroups()).isEqualTo(6);
    assertThat(row.getMembers()).isEqualTo(60).isEqualTo(counts.getMembers());
    assertThat(row.getRegisteredMembers()).as("the members service's national read").isEqualTo(60);
    assertThat(row.getRegisteredPersons()).isEqualTo(75);
    assertThat(row.hasTips() || row.hasAwards() || row.hasWelfareVnd())
        .as("figures of services not in this deployment are absent, never 0").isFalse();
    assertThat(row.getMissingList()).containsExactly(Section.CAMPAIGNS, Section.AWARDS, Section.WELFARE);
    ProvinceFigures anGiang = row(dashboard, "an-giang");
    assertThat(anGiang.getDisplayName()).isEqualTo("An Giang");
    assertThat(anGiang.hasModels()).as("a configured province without models has zero, not missing").isTrue();
    assertThat(dashboard.getGapsList()).allMatch(gap -> gap.getKind() == Gap.Kind.NOT_AVAILABLE)
        .extracting(Gap::getSection).containsExactlyInAnyOrder(Section.CAMPAIGNS, Section.AWARDS, Section.WELFARE);
    assertThat(dashboard.getNation().getRegisteredMembers()).isEqualTo(
        dashboard.getProvincesList().stream().mapToLong(ProvinceFigures::getRegisteredMembers).sum());
    assertThat(dashboard.getNation().getMembers()).isEqualTo(
        dashboard.getProvincesList().stream().mapToLong(ProvinceFigures::getMembers).sum());
    assertThat(dashboard.getNation().getModels()).isEqualTo(
        dashboard.getProvincesList().stream().mapToInt(ProvinceFigures::getModels).sum());
  }

  static ProvinceFigures row(NationalDashboard dashboard, String province) {
    return dashboard.getProvincesList().stream().filter(p -> p.getProvince().equals(province)).findFirst().orElseThrow();
  }
}
