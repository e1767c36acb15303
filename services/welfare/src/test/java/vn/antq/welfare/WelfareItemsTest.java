package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;
import static vn.antq.test.GrpcCalls.invalidFields;
import static vn.antq.welfare.Samples.date;
import static vn.antq.welfare.Samples.handedOver;
import static vn.antq.welfare.Samples.house;
import static vn.antq.welfare.Samples.rice;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.antq.welfare.v1.CreateBeneficiaryRequest;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.GetWelfareItemRequest;
import vn.antq.welfare.v1.HouseWork;
import vn.antq.welfare.v1.ListWelfareItemsRequest;
import vn.antq.welfare.v1.ListWelfareItemsResponse;
import vn.antq.welfare.v1.QuantityUnit;
import vn.antq.welfare.v1.UpdateWelfareItemRequest;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareKind;
import vn.antq.welfare.v1.WelfareStatus;

class WelfareItemsTest extends WelfareTestBase {

  private static final String HOUSE_NAME = "Nhà tình thương ấp Cái Cùng, xã Long Điền Tây";

  @AfterEach
  void neighboursBackUp() {
    NEIGHBOURS.registryDown = false;
    NEIGHBOURS.campaignsDown = false;
  }

  @Test
  void createsAnItemAndRoundTripsVietnameseAsNfcAndMoneyBeyondInt32() {
    String province = freshProvince();
    WelfareItem created = create(province, house().setDisplayName(Normalizer.normalize(HOUSE_NAME, Normalizer.Form.NFD))
        .setCommune(Normalizer.normalize("Xã Long Điền Tây", Normalizer.Form.NFD)).setValue(3_500_000_000L));

    assertThat(created.getName()).startsWith("provinces/" + province + "/welfareItems/");
    assertThat(created.getDisplayName()).isEqualTo(HOUSE_NAME);
    assertThat(created.getCommune()).isEqualTo("Xã Long Điền Tây");
    assertThat(created.getStatus()).isEqualTo(WelfareStatus.PLANNED);
    assertThat(created.getUnit()).as("the kind's own unit when none is given").isEqualTo(QuantityUnit.PIECE);
    assertThat(created.getValue()).isEqualTo(3_500_000_000L);
    WelfareItem read = items(officer(province)).getWelfareItem(GetWelfareItemRequest.newBuilder()
        .setName(created.getName()).build());
    assertThat(read).isEqualTo(created);
  }

  @Test
  void refusesEmptyOrNegativeQuantitiesNegativeValuesAndUnitsThatDoNotFitTheKind() {
    String province = freshProvince();
    assertThat(invalidFields(() -> create(province, house().setQuantity(0)))).containsExactly("welfare_item.quantity");
    assertThat(invalidFields(() -> create(province, house().setQuantity(-3)))).containsExactly("welfare_item.quantity");
    assertThat(invalidFields(() -> create(province, house().setValue(-1)))).containsExactly("welfare_item.value");
    assertThat(invalidFields(() -> create(province, rice(500).setUnit(QuantityUnit.PIECE))))
        .containsExactly("welfare_item.unit");
    assertThat(invalidFields(() -> create(province, house().setKind(WelfareKind.NOTEBOOKS).clearHouseWork()
        .setUnit(QuantityUnit.KILOGRAM)))).containsExactly("welfare_item.unit");
    assertThat(invalidFields(() -> create(province, house().clearHouseWork()))).containsExactly("welfare_item.house_work");
    assertThat(invalidFields(() -> create(province, rice(500).setHouseWork(HouseWork.REPAIR))))
        .containsExactly("welfare_item.house_work");
    assertThat(invalidFields(() -> create(province, house().setKindValue(42)))).containsExactly("welfare_item.kind");
    assertThat(invalidFields(() -> create(province, WelfareItem.newBuilder().setKind(WelfareKind.OTHER)
        .setDisplayName(" ").setQuantity(0).setValue(-5))))
        .containsExactlyInAnyOrder("welfare_item.unit", "welfare_item.display_name", "welfare_item.quantity",
            "welfare_item.value", "welfare_item.commune", "welfare_item.district");
    assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).as("nothing stored").isZero();
  }

  @Test
  void otherKindsTakeAnyUnitButMustSayWhich() {
    String province = freshProvince();
    WelfareItem cement = create(province, WelfareItem.newBuilder().setKind(WelfareKind.OTHER)
        .setDisplayName("Xi măng làm đường ấp Gò Cát").setQuantity(12_000).setUnit(QuantityUnit.KILOGRAM)
        .setValue(24_000_000).setCommune("Xã Điền Hải").setDistrict(Samples.DONG_HAI));
    assertThat(cement.getUnit()).isEqualTo(QuantityUnit.KILOGRAM);
  }

  @Test
  void theHandoverDateFollowsTheStatus() {
    String province = freshProvince();
    LocalDate today = LocalDate.now();
    assertThat(invalidFields(() -> create(province, house().setStatus(WelfareStatus.HANDED_OVER))))
        .containsExactly("welfare_item.handover_date");
    assertThat(invalidFields(() -> create(province, house().setHandoverDate(date(today.minusDays(3))))))
        .containsExactly("welfare_item.handover_date");
    assertThat(invalidFields(() -> create(province, handedOver(house(), today.plusDays(10)))))
        .containsExactly("welfare_item.handover_date");
    assertThat(invalidFields(() -> create(province, handedOver(house(), today.minusDays(30))
        .setStartDate(date(today.minusDays(10)))))).containsExactly("welfare_item.handover_date");
    assertThat(invalidFields(() -> create(province, house().setStartDate(
        com.google.type.Date.newBuilder().setYear(2023).setMonth(2).setDay(30).build()))))
        .containsExactly("welfare_item.start_date");
  }

  @Test
  void statusMovesForwardAndNeverBack() {
    String province = freshProvince();
    var stub = items(officer(province));
    WelfareItem planned = create(province, house());
    WelfareItem building = stub.updateWelfareItem(update(planned.toBuilder().setStatus(WelfareStatus.IN_PROGRESS)
        .setStartDate(date(LocalDate.now().minusDays(60))), "status", "start_date"));
    assertThat(building.getStatus()).isEqualTo(WelfareStatus.IN_PROGRESS);
    WelfareItem done = stub.updateWelfareItem(update(building.toBuilder().setStatus(WelfareStatus.HANDED_OVER)
        .setHandoverDate(date(LocalDate.now().minusDays(1))), "status", "handover_date"));
    assertThat(done.getStatus()).isEqualTo(WelfareStatus.HANDED_OVER);

    for (WelfareStatus back : List.of(WelfareStatus.PLANNED, WelfareStatus.IN_PROGRESS)) {
      var error = fails(Status.Code.FAILED_PRECONDITION, () -> stub.updateWelfareItem(update(
          done.toBuilder().setStatus(back).clearHandoverDate(), "status", "handover_date")));
      assertThat(error.getStatus().getDescription()).contains("HANDED_OVER").contains(back.name());
    }
    WelfareItem skipped = stub.updateWelfareItem(update(create(province, rice(100)).toBuilder()
        .setStatus(WelfareStatus.HANDED_OVER).setHandoverDate(date(LocalDate.now())), "status", "handover_date"));
    assertThat(skipped.getStatus()).as("a step may be skipped").isEqualTo(WelfareStatus.HANDED_OVER);
    assertThat(get(province, done.getName()).getStatus()).isEqualTo(WelfareStatus.HANDED_OVER);
  }

  @Test
  void anUpdateChangesTheMaskedFieldsOrElseTheFieldsItSets() {
    String province = freshProvince();
    var stub = items(officer(province));
    WelfareItem item = create(province, house());

    WelfareItem revalued = stub.updateWelfareItem(update(item.toBuilder().setValue(95_000_000)
        .setDisplayName("ignored: not in the mask"), "value"));
    assertThat(revalued.getValue()).isEqualTo(95_000_000);
    assertThat(revalued.getDisplayName()).isEqualTo(item.getDisplayName());

    WelfareItem repaired = stub.updateWelfareItem(UpdateWelfareItemRequest.newBuilder().setWelfareItem(
        WelfareItem.newBuilder().setName(item.getName()).setHouseWork(HouseWork.REPAIR).setQuantity(2)).build());
    assertThat(repaired.getHouseWork()).isEqualTo(HouseWork.REPAIR);
    assertThat(repaired.getQuantity()).isEqualTo(2);
    assertThat(repaired.getValue()).as("not set, so not changed").isEqualTo(95_000_000);

    WelfareItem asRice = stub.updateWelfareItem(update(item.toBuilder().setKind(WelfareKind.RICE)
        .clearHouseWork(), "kind", "house_work"));
    assertThat(asRice.getUnit()).as("a new kind brings its own unit").isEqualTo(QuantityUnit.KILOGRAM);

    assertThat(invalidFields(() -> stub.updateWelfareItem(update(item.toBuilder(), "create_time"))))
        .containsExactly("update_mask");
    assertThat(invalidFields(() -> stub.updateWelfareItem(update(item.toBuilder().setQuantity(0), "quantity"))))
        .containsExactly("welfare_item.quantity");
    fails(Status.Code.NOT_FOUND, () -> stub.updateWelfareItem(update(item.toBuilder()
        .setName("provinces/" + province + "/welfareItems/" + UUID.randomUUID()), "value")));
  }

  @Test
  void theSameRequestIdCountsOnceAndCannotBeReusedForAnotherItem() {
    String province = freshProvince();
    String requestId = UUID.randomUUID().toString();
    CreateWelfareItemRequest request = CreateWelfareItemRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId(requestId).setWelfareItem(handedOver(rice(2_000), LocalDate.now())).build();
    var stub = items(officer(province));

    WelfareItem first = stub.createWelfareItem(request);
    WelfareItem again = stub.createWelfareItem(request);
    assertThat(again).isEqualTo(first);
    assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).isEqualTo(1);

    var reused = fails(Status.Code.ALREADY_EXISTS, () -> stub.createWelfareItem(request.toBuilder()
        .setWelfareItem(handedOver(rice(9_000), LocalDate.now())).build()));
    assertThat(fieldsOf(reused)).containsExactly("request_id");
    assertThat(invalidFields(() -> stub.createWelfareItem(request.toBuilder().setRequestId("x".repeat(101)).build())))
        .containsExactly("request_id");
  }

  @Test
  void concurrentRetriesOfOneRequestStoreOneItem() throws Exception {
    String province = freshProvince();
    CreateWelfareItemRequest request = CreateWelfareItemRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId("tet-2024-" + suffix()).setWelfareItem(rice(700)).build();
    var stub = items(officer(province));
    int callers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<WelfareItem>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<WelfareItem> call = () -> {
          start.await();
          return stub.createWelfareItem(request);
        };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<String> names = new ArrayList<>();
      for (Future<WelfareItem> result : results) {
        names.add(result.get().getName());
      }
      assertThat(names).as("every caller gets the one item").containsOnly(names.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).isEqualTo(1);
  }

  @Test
  void aModelLinkIsCheckedWithTheRegistryUnderTheCallersOwnToken() {
    String province = freshProvince();
    String token = officer(province);
    String model = "provinces/" + province + "/models/" + UUID.randomUUID();
    NEIGHBOURS.knows(model);

    WelfareItem linked = items(token).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(house().setModel(model)).build());
    assertThat(linked.getModel()).isEqualTo(model);
    assertThat(NEIGHBOURS.calls).contains(new FakeNeighbours.Call(model, "Bearer " + token));

    String unknown = "provinces/" + province + "/models/" + UUID.randomUUID();
    assertThat(invalidFields(() -> create(province, house().setModel(unknown)))).containsExactly("welfare_item.model");
    int callsBefore = NEIGHBOURS.calls.size();
    assertThat(invalidFields(() -> create(province, house().setModel(model.replace(province, "ca-mau")))))
        .containsExactly("welfare_item.model");
    assertThat(invalidFields(() -> create(province, house().setModel("provinces/" + province + "/models/x"))))
        .containsExactly("welfare_item.model");
    assertThat(NEIGHBOURS.calls).as("malformed or foreign names never reach the registry").hasSize(callsBefore);

    WelfareItem relinked = items(token).updateWelfareItem(update(linked.toBuilder().setModel(""), "model"));
    assertThat(relinked.getModel()).as("a link can be removed").isEmpty();
  }

  @Test
  void anUnavailableRegistryMakesAModelLinkUnavailableAndStoresNothing() {
    String province = freshProvince();
    String model = "provinces/" + province + "/models/" + UUID.randomUUID();
    NEIGHBOURS.knows(model);
    NEIGHBOURS.registryDown = true;

    fails(Status.Code.UNAVAILABLE, () -> create(province, house().setModel(model)));
    assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).isZero();
    assertThat(create(province, house()).getModel()).as("items without a model link do not need the registry").isEmpty();

    NEIGHBOURS.registryDown = false;
    assertThat(create(province, house().setModel(model)).getModel()).isEqualTo(model);
  }

  @Test
  void aCampaignLinkMustNameAnExistingCampaignOfTheProvince() {
    String province = freshProvince();
    String token = officer(province);
    String campaign = "provinces/" + province + "/campaigns/" + UUID.randomUUID();
    NEIGHBOURS.knows(campaign);

    WelfareItem linked = items(token).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(house().setCampaign(campaign)).build());
    assertThat(linked.getCampaign()).isEqualTo(campaign);
    assertThat(NEIGHBOURS.calls).as("asked with the caller's own token")
        .contains(new FakeNeighbours.Call(campaign, "Bearer " + token));
    assertThat(invalidFields(() -> create(province,
        house().setCampaign("provinces/" + province + "/campaigns/" + UUID.randomUUID()))))
        .as("a campaign the campaigns service does not know").containsExactly("welfare_item.campaign");
    int callsBefore = NEIGHBOURS.calls.size();
    assertThat(invalidFields(() -> create(province, house().setCampaign("provinces/ca-mau/campaigns/tet-2024"))))
        .containsExactly("welfare_item.campaign");
    assertThat(invalidFields(() -> create(province, house().setCampaign("provinces/" + province + "/campaigns/"))))
        .containsExactly("welfare_item.campaign");
    assertThat(NEIGHBOURS.calls).as("malformed or foreign names never reach the campaigns service").hasSize(callsBefore);
    assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).isEqualTo(1);
  }

  @Test
  void aCampaignsServiceThatCannotAnswerRefusesTheLinkAndStoresNothing() {
    String province = freshProvince();
    String campaign = "provinces/" + province + "/campaigns/" + UUID.randomUUID();
    NEIGHBOURS.knows(campaign);
    NEIGHBOURS.campaignsDown = true;
    try {
      fails(Status.Code.UNAVAILABLE, () -> create(province, house().setCampaign(campaign)));
      assertThat(list(province, ListWelfareItemsRequest.newBuilder()).getTotalSize()).isZero();
    } finally {
      NEIGHBOURS.campaignsDown = false;
    }
    assertThat(create(province, house().setCampaign(campaign)).getCampaign()).isEqualTo(campaign);
  }

  @Test
  void aBeneficiaryLinkMustExistAndFitTheKind() {
    String province = freshProvince();
    String household = beneficiaries(officer(province)).createBeneficiary(CreateBeneficiaryRequest.newBuilder()
        .setParent("provinces/" + province).setBeneficiary(Samples.household()).build()).getName();
    String student = beneficiaries(officer(province)).createBeneficiary(CreateBeneficiaryRequest.newBuilder()
        .setParent("provinces/" + province).setBeneficiary(Samples.student()).build()).getName();

    assertThat(create(province, house().setBeneficiary(household)).getBeneficiary()).isEqualTo(household);
    assertThat(create(province, house().setKind(WelfareKind.SCHOLARSHIP).clearHouseWork().setBeneficiary(student))
        .getBeneficiary()).isEqualTo(student);
    assertThat(invalidFields(() -> create(province, house().setBeneficiary(student))))
        .containsExactly("welfare_item.beneficiary");
    assertThat(invalidFields(() -> create(province, house().setBeneficiary(
        "provinces/" + province + "/beneficiaries/" + UUID.randomUUID())))).containsExactly("welfare_item.beneficiary");
  }

  @Test
  void listsOldestFirstPageByPageAndFilterByKindAndStatus() {
    String province = freshProvince();
    List<String> houses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      houses.add(create(province, house().setDisplayName("Nhà " + i)).getName());
    }
    create(province, rice(300));
    create(province, handedOver(rice(400), LocalDate.now()));

    ListWelfareItemsResponse first = list(province, ListWelfareItemsRequest.newBuilder()
        .setKind(WelfareKind.CHARITY_HOUSE).setPageSize(3));
    assertThat(first.getTotalSize()).isEqualTo(5);
    ListWelfareItemsResponse rest = list(province, ListWelfareItemsRequest.newBuilder()
        .setKind(WelfareKind.CHARITY_HOUSE).setPageSize(3).setPageToken(first.getNextPageToken()));
    assertThat(rest.getNextPageToken()).isEmpty();
    List<String> paged = new ArrayList<>(first.getWelfareItemsList().stream().map(WelfareItem::getName).toList());
    paged.addAll(rest.getWelfareItemsList().stream().map(WelfareItem::getName).toList());
    assertThat(paged).containsExactlyElementsOf(houses);

    assertThat(list(province, ListWelfareItemsRequest.newBuilder().setKind(WelfareKind.RICE)
        .setStatus(WelfareStatus.HANDED_OVER)).getWelfareItemsList()).extracting(WelfareItem::getQuantity)
        .containsExactly(400L);
    assertThat(invalidFields(() -> list(province, ListWelfareItemsRequest.newBuilder().setPageToken("%%%"))))
        .containsExactly("page_token");
  }

  private WelfareItem create(String province, WelfareItem.Builder item) {
    return items(officer(province)).createWelfareItem(CreateWelfareItemRequest.newBuilder()
        .setParent("provinces/" + province).setWelfareItem(item).build());
  }

  private WelfareItem get(String province, String name) {
    return items(officer(province)).getWelfareItem(GetWelfareItemRequest.newBuilder().setName(name).build());
  }

  private ListWelfareItemsResponse list(String province, ListWelfareItemsRequest.Builder request) {
    return items(officer(province)).listWelfareItems(request.setParent("provinces/" + province).build());
  }

  private static UpdateWelfareItemRequest update(WelfareItem.Builder item, String... fields) {
    return UpdateWelfareItemRequest.newBuilder().setWelfareItem(item)
        .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(fields))).build();
  }
}
