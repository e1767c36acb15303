package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.antq.members.v1.CreateMembershipRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.Gender;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.ListPersonsResponse;
import vn.antq.members.v1.Membership;
import vn.antq.members.v1.Person;

/** Search by name without case and diacritics, by model, group and commune; paged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest extends MembersTestBase {

  private final String province = province("search");
  private String fishermen;
  private String lineage;

  @BeforeAll
  void persons() {
    openChannel();
    fishermen = REGISTRY.addGroup(province, "BL-NGUDAN");
    lineage = REGISTRY.addGroup(province, "BL-DONGTOC");
    join(create("Nguyễn Văn A", "Xã Vĩnh Hậu"), fishermen);
    join(create("Nguyễn Văn Anh", "Phường Nhà Mát"), lineage);
    join(create("NGUYỄN VĂN AN", "Xã Vĩnh Hậu"), fishermen);
    create("Nguyễn Văn Bình", "Xã Vĩnh Hậu");
    create("Đặng Thị Đào", "Thị trấn Gành Hào");
    closeChannel();
  }

  @Test
  void aNameIsFoundWhateverItsCaseAndDiacritics() {
    assertThat(names(search().setText("nguyen van a")))
        .containsExactly("Nguyễn Văn A", "NGUYỄN VĂN AN", "Nguyễn Văn Anh");
    assertThat(names(search().setText("NGUYỄN VĂN A"))).hasSize(3);
    assertThat(names(search().setText("dang thi dao"))).containsExactly("Đặng Thị Đào");
    assertThat(names(search().setText("binh"))).containsExactly("Nguyễn Văn Bình");
  }

  @Test
  void filtersByModelGroupAndCommune() {
    String fishermenModel = fishermen.substring(0, fishermen.indexOf("/points/"));
    assertThat(names(search().setModel(fishermenModel))).containsExactly("Nguyễn Văn A", "NGUYỄN VĂN AN");
    assertThat(names(search().setGroup(lineage))).containsExactly("Nguyễn Văn Anh");
    assertThat(names(search().setCommune("xa vinh hau").setText("nguyen"))).containsExactly(
        "Nguyễn Văn A", "NGUYỄN VĂN AN", "Nguyễn Văn Bình");
  }

  @Test
  void resultsComeInPages() {
    ListPersonsResponse first = members(officer(province)).listPersons(search().setPageSize(2).build());
    assertThat(first.getTotalSize()).isEqualTo(5);
    List<String> all = new ArrayList<>(first.getPersonsList().stream().map(Person::getFullName).toList());
    String token = first.getNextPageToken();
    while (!token.isEmpty()) {
      ListPersonsResponse page = members(officer(province)).listPersons(search().setPageSize(2).setPageToken(token).build());
      all.addAll(page.getPersonsList().stream().map(Person::getFullName).toList());
      token = page.getNextPageToken();
    }
    assertThat(all).containsExactly("Đặng Thị Đào", "Nguyễn Văn A", "NGUYỄN VĂN AN", "Nguyễn Văn Anh", "Nguyễn Văn Bình");
  }

  private ListPersonsRequest.Builder search() {
    return ListPersonsRequest.newBuilder().setParent("provinces/" + province);
  }

  private List<String> names(ListPersonsRequest.Builder request) {
    return members(officer(province)).listPersons(request.build()).getPersonsList().stream()
        .map(Person::getFullName).toList();
  }

  private Person create(String name, String commune) {
    return members(officer(province)).createPerson(CreatePersonRequest.newBuilder().setParent("provinces/" + province)
        .setPerson(People.person(name, LocalDate.of(1966, 6, 6), Gender.MALE).setCommune(commune)).build());
  }

  private void join(Person person, String group) {
    members(officer(province)).createMembership(CreateMembershipRequest.newBuilder().setParent(person.getName())
        .setMembership(Membership.newBuilder().setGroup(group).setJoinedDate(People.date(LocalDate.of(2020, 1, 1))))
        .build());
  }
}
