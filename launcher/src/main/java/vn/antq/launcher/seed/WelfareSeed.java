package vn.antq.launcher.seed;

import com.google.type.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.welfare.v1.Beneficiary;
import vn.antq.welfare.v1.BeneficiaryType;
import vn.antq.welfare.v1.BeneficiariesGrpc;
import vn.antq.welfare.v1.Contribution;
import vn.antq.welfare.v1.ContributionForm;
import vn.antq.welfare.v1.CreateBeneficiaryRequest;
import vn.antq.welfare.v1.CreateContributionRequest;
import vn.antq.welfare.v1.CreateSponsorRequest;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.HouseWork;
import vn.antq.welfare.v1.Sponsor;
import vn.antq.welfare.v1.SponsorType;
import vn.antq.welfare.v1.SponsorsGrpc;
import vn.antq.welfare.v1.WelfareItem;
import vn.antq.welfare.v1.WelfareItemsGrpc;
import vn.antq.welfare.v1.WelfareKind;
import vn.antq.welfare.v1.WelfareStatus;

/**
 * Loads the welfare demo data as a province's own system would, with its machine client's token
 * and fixed request_ids (seeding twice creates nothing twice). Runs after the registry seed: gifts
 * to recognised models link to them, and the welfare service checks those links with the registry.
 */
final class WelfareSeed implements DemoSeed {

  private static final int IN_FLIGHT = 4;

  @Override
  public String seed(SeedContext context) {
    List<String> provinces = new ArrayList<>();
    for (WelfareDemoData.Province province : WelfareDemoData.load()) {
      var credentials = context.credentials(province.client());
      Map<String, String> models = models(ModelRegistryGrpc.newBlockingStub(context.channel("registry"))
          .withCallCredentials(credentials), province);
      List<String> beneficiaries = beneficiaries(BeneficiariesGrpc.newBlockingStub(context.channel("welfare"))
          .withCallCredentials(credentials), province);
      var items = WelfareItemsGrpc.newBlockingStub(context.channel("welfare")).withCallCredentials(credentials);
      inParallel(province.items().stream().<Runnable>map(item -> () -> items.createWelfareItem(
          CreateWelfareItemRequest.newBuilder()
              .setParent("provinces/" + province.slug())
              .setRequestId(prefix(province) + item.key())
              .setWelfareItem(item(item, models, beneficiaries))
              .build())).toList());
      long value = province.items().stream().mapToLong(WelfareDemoData.ItemSeed::value).sum();
      sponsors(SponsorsGrpc.newBlockingStub(context.channel("welfare")).withCallCredentials(credentials), province);
      provinces.add(String.format("%s %d items worth %,d đồng", province.slug(), province.items().size(), value));
    }
    return "welfare: " + String.join("; ", provinces);
  }

  /**
   * A few creates in flight at once: each is independent (its own request_id), and the database's
   * commits overlap instead of queueing behind one another.
   */
  private static void inParallel(List<Runnable> calls) {
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      List<Future<?>> pending = calls.stream().<Future<?>>map(pool::submit).toList();
      for (Future<?> call : pending) {
        call.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while seeding", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static WelfareItem item(WelfareDemoData.ItemSeed seed, Map<String, String> models, List<String> beneficiaries) {
    WelfareItem.Builder item = WelfareItem.newBuilder()
        .setKind(WelfareKind.valueOf(seed.kind()))
        .setDisplayName(seed.name())
        .setQuantity(seed.quantity())
        .setValue(seed.value())
        .setCommune(seed.commune())
        .setDistrict(seed.district())
        .setStatus(WelfareStatus.HANDED_OVER)
        .setHandoverDate(date(seed.handover()));
    if (seed.kind().equals("CHARITY_HOUSE")) {
      item.setHouseWork(seed.repair() ? HouseWork.REPAIR : HouseWork.NEW_BUILD);
    }
    if (seed.modelCode() != null) {
      item.setModel(models.get(seed.modelCode()));
    }
    if (seed.beneficiary() >= 0) {
      item.setBeneficiary(beneficiaries.get(seed.beneficiary()));
    }
    return item.build();
  }

  /** Model names by code, for the codes the items link to, read from the registry. */
  private static Map<String, String> models(ModelRegistryGrpc.ModelRegistryBlockingStub registry,
                                            WelfareDemoData.Province province) {
    Map<String, String> names = new HashMap<>();
    province.items().stream().map(WelfareDemoData.ItemSeed::modelCode).filter(code -> code != null).distinct()
        .forEach(code -> {
          Model model = registry.listModels(ListModelsRequest.newBuilder().setParent("provinces/" + province.slug())
                  .setText(code).build()).getModelsList().stream().filter(m -> m.getCode().equals(code)).findFirst()
              .orElseThrow(() -> new IllegalStateException("model " + code + " is not in the registry demo data"));
          names.put(code, model.getName());
        });
    return names;
  }

  private static List<String> beneficiaries(BeneficiariesGrpc.BeneficiariesBlockingStub stub,
                                            WelfareDemoData.Province province) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < province.beneficiaries().size(); i++) {
      WelfareDemoData.BeneficiarySeed seed = province.beneficiaries().get(i);
      Beneficiary.Builder beneficiary = Beneficiary.newBuilder().setType(BeneficiaryType.valueOf(seed.type()))
          .setFullName(seed.name()).setNationalId(seed.nationalId()).setPhone(seed.phone())
          .setAddress(seed.address()).setCommune(seed.commune()).setDistrict(seed.district())
          .setSchool(seed.school()).setCircumstances(seed.circumstances());
      if (seed.birth() != null) {
        beneficiary.setBirthDate(date(seed.birth()));
      }
      names.add(stub.createBeneficiary(CreateBeneficiaryRequest.newBuilder().setParent("provinces/" + province.slug())
          .setRequestId(prefix(province) + "beneficiary-" + i).setBeneficiary(beneficiary).build()).getName());
    }
    return names;
  }

  private static void sponsors(SponsorsGrpc.SponsorsBlockingStub stub, WelfareDemoData.Province province) {
    for (int s = 0; s < province.sponsors().size(); s++) {
      WelfareDemoData.SponsorSeed seed = province.sponsors().get(s);
      String sponsor = stub.createSponsor(CreateSponsorRequest.newBuilder().setParent("provinces/" + province.slug())
          .setRequestId(prefix(province) + "sponsor-" + s)
          .setSponsor(Sponsor.newBuilder().setType(SponsorType.valueOf(seed.type())).setDisplayName(seed.name()))
          .build()).getName();
      for (int c = 0; c < seed.contributions().size(); c++) {
        WelfareDemoData.ContributionSeed contribution = seed.contributions().get(c);
        stub.createContribution(CreateContributionRequest.newBuilder().setParent(sponsor)
            .setRequestId(prefix(province) + "sponsor-" + s + "-" + c)
            .setContribution(Contribution.newBuilder().setForm(ContributionForm.valueOf(contribution.form()))
                .setValue(contribution.value()).setDescription(contribution.description())
                .setContributionDate(date(contribution.date())))
            .build());
      }
    }
  }

  private static String prefix(WelfareDemoData.Province province) {
    return "demo-" + province.slug() + "-";
  }

  private static Date date(LocalDate day) {
    return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth()).build();
  }
}
