package vn.antq.launcher.seed;

import com.google.type.Date;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.Yaml;
import vn.antq.campaigns.v1.Audience;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.Channel;
import vn.antq.campaigns.v1.CreateCampaignRequest;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.CreatePatrolRequest;
import vn.antq.campaigns.v1.CreateTrainingClassRequest;
import vn.antq.campaigns.v1.FollowUpStatus;
import vn.antq.campaigns.v1.Forum;
import vn.antq.campaigns.v1.Level;
import vn.antq.campaigns.v1.Opinion;
import vn.antq.campaigns.v1.OpinionTopic;
import vn.antq.campaigns.v1.PartnerForce;
import vn.antq.campaigns.v1.Patrol;
import vn.antq.campaigns.v1.PatrolPurpose;
import vn.antq.campaigns.v1.Place;
import vn.antq.campaigns.v1.PropagandaRounds;
import vn.antq.campaigns.v1.TrainingClass;
import vn.antq.campaigns.v1.UnitResults;

/**
 * The demo provinces of {@code demo/campaigns.yml}, expanded into requests whose totals are exactly
 * the configured ones, spread over the year's districts and months. The spread is pseudo-random
 * with a fixed seed per province, so every start produces the same data; every create carries a
 * fixed request_id.
 */
final class CampaignsDemoData {

  record Province(String slug, String client, String adminClient, int year, List<CreateCampaignRequest> launches,
                  List<CreatePatrolRequest> patrols, List<CreateForumRequest> forums,
                  List<CreateTrainingClassRequest> trainings, List<UnitResults> results) {}

  private record District(String name, String unit, List<String> communes) {}

  private static final List<String> TITLES = List.of(
      "Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Phát động toàn dân tham gia phòng, chống tội phạm và tệ nạn ma túy",
      "Phát động phong trào toàn dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ",
      "Phát động toàn dân phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      "Phát động phong trào bảo đảm trật tự an toàn giao thông");
  private static final List<String> PATROL_AREAS = List.of(
      "Tuyến đê biển", "Khu vực chợ", "Tuyến kênh", "Rừng phòng hộ", "Tuyến quốc lộ 1A", "Khu dân cư");
  private static final List<PartnerForce> PARTNERS = List.of(
      PartnerForce.MILITIA, PartnerForce.BORDER_GUARD, PartnerForce.FOREST_RANGERS, PartnerForce.CIVIL_DEFENCE);
  private static final Map<OpinionTopic, List<String>> OPINIONS = Map.of(
      OpinionTopic.PUBLIC_ORDER, List.of("Đề nghị tăng cường tuần tra ban đêm tại khu dân cư",
          "Phản ánh tình trạng tụ tập thanh thiếu niên gây mất trật tự"),
      OpinionTopic.POLICE_FORCE_BUILDING, List.of("Đề nghị Công an xã thường xuyên xuống địa bàn nắm tình hình",
          "Ghi nhận tinh thần phục vụ của cán bộ Công an xã"),
      OpinionTopic.TRAFFIC_SAFETY, List.of("Đề nghị lắp đặt biển báo tại ngã ba đông xe",
          "Phản ánh tình trạng chạy xe quá tốc độ trước cổng trường"),
      OpinionTopic.ADMINISTRATIVE_SERVICES, List.of("Hướng dẫn thủ tục đăng ký cư trú cho người lao động",
          "Đề nghị hỗ trợ làm căn cước cho người cao tuổi tại nhà"),
      OpinionTopic.SOCIAL_EVILS, List.of("Phản ánh điểm nghi có tổ chức đánh bạc",
          "Đề nghị tuyên truyền phòng, chống ma túy trong thanh niên"));
  private static final Map<Audience, String> TRAINING_TITLES = Map.of(
      Audience.NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE, "Bồi dưỡng nghiệp vụ cho lực lượng Bảo vệ dân phố, Dân phòng",
      Audience.SITE_PROTECTION_AND_MASS_ORGANISATIONS,
      "Tập huấn nghiệp vụ bảo vệ cơ quan, doanh nghiệp, cơ sở giáo dục và tổ chức quần chúng",
      Audience.FIRE_PREVENTION_AND_RESCUE, "Huấn luyện, phổ biến kiến thức PCCC và CNCH");
  private static final int MONTHS = 12;
  /** One launch in this many is for a community model of the registry. */
  private static final int MODEL_LAUNCH_EVERY = 6;

  private final Random random;
  private final String slug;
  private final String prefix;
  private final int year;
  private final String provinceUnit;
  private final List<District> districts;
  private final Map<String, Object> totals;

  private CampaignsDemoData(String slug, int year, String provinceUnit, List<District> districts,
                            Map<String, Object> totals) {
    this.random = new Random(("campaigns/" + slug).hashCode());
    this.slug = slug;
    this.prefix = "demo-" + slug + "-" + year + "-";
    this.year = year;
    this.provinceUnit = provinceUnit;
    this.districts = districts;
    this.totals = totals;
  }

  /** @param models the registry models a province's launches may link, by its slug and machine client */
  @SuppressWarnings("unchecked")
  static List<Province> load(BiFunction<String, String, List<String>> models) {
    try (InputStream in = CampaignsDemoData.class.getResourceAsStream("/demo/campaigns.yml")) {
      Map<String, Object> root = new Yaml().load(in);
      List<Province> provinces = new ArrayList<>();
      for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("provinces")) {
        String slug = (String) entry.get("slug");
        List<District> districts = ((List<Map<String, Object>>) entry.get("districts")).stream()
            .map(d -> new District((String) d.get("name"), (String) d.get("unit"), (List<String>) d.get("communes")))
            .toList();
        int year = (Integer) entry.get("year");
        CampaignsDemoData data = new CampaignsDemoData(slug, year, (String) entry.get("province-unit"), districts,
            (Map<String, Object>) entry.get("totals"));
        provinces.add(new Province(slug, (String) entry.get("client"), (String) entry.get("admin-client"), year,
            data.launches(models.apply(slug, (String) entry.get("client"))), data.patrols(), data.forums(), data.trainings(), data.results()));
      }
      return provinces;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<CreateCampaignRequest> launches(List<String> models) {
    int count = total("launches");
    int[] attendees = Spread.even(total("attendees"), count, random);
    int[] leaflets = Spread.counts(total("leaflets"), count, 0, random);
    Map<Channel, int[]> roundsByChannel = new EnumMap<>(Channel.class);
    map("rounds").forEach((channel, total) ->
        roundsByChannel.put(Channel.valueOf(channel), Spread.counts(total, count, 0, random)));
    List<CreateCampaignRequest> launches = new ArrayList<>();
    int[] perCell = Spread.even(count, cells(), random);
    for (int cell = 0, n = 0; cell < perCell.length; cell++) {
      for (int i = 0; i < perCell[cell]; i++, n++) {
        District district = district(cell);
        String commune = pick(district.communes());
        int level = random.nextInt(20);
        Campaign.Builder launch = Campaign.newBuilder().setTitle(pick(TITLES)).setStartDate(day(cell))
            .setAttendees(attendees[n]).setLeaflets(leaflets[n]);
        if (level == 0) {
          launch.setLevel(Level.PROVINCE).setOrganizer(provinceUnit).setPlace(place(district, "", "Hội trường " + provinceUnit));
        } else if (level <= 5) {
          launch.setLevel(Level.DISTRICT).setOrganizer(police(district.name()))
              .setPlace(place(district, "", "Hội trường " + police(district.name())));
        } else {
          launch.setLevel(Level.COMMUNE).setOrganizer(police(commune))
              .setPlace(place(district, commune, "Hội trường Ủy ban nhân dân " + lowerFirst(commune)));
        }
        launch.setEndDate(launch.getStartDate());
        for (Map.Entry<Channel, int[]> channel : roundsByChannel.entrySet()) {
          if (channel.getValue()[n] > 0) {
            launch.addPropaganda(PropagandaRounds.newBuilder().setChannel(channel.getKey())
                .setRounds(channel.getValue()[n]));
          }
        }
        if (!models.isEmpty() && n % MODEL_LAUNCH_EVERY == 0) {
          launch.addModels(models.get((n / MODEL_LAUNCH_EVERY) % models.size()));
        }
        launches.add(CreateCampaignRequest.newBuilder().setRequestId(prefix + "launch-" + n).setCampaign(launch).build());
      }
    }
    return launches;
  }

  private List<CreatePatrolRequest> patrols() {
    List<CreatePatrolRequest> patrols = new ArrayList<>();
    int[] perCell = Spread.even(total("patrols"), cells(), random);
    for (int cell = 0, n = 0; cell < perCell.length; cell++) {
      for (int i = 0; i < perCell[cell]; i++, n++) {
        District district = district(cell);
        String commune = pick(district.communes());
        Patrol.Builder patrol = Patrol.newBuilder().setDate(day(cell))
            .setArea(place(district, commune, pick(PATROL_AREAS) + " " + lowerFirst(commune)));
        PartnerForce first = pick(PARTNERS);
        patrol.addPartners(first);
        PartnerForce second = pick(PARTNERS);
        if (second != first && random.nextInt(10) < 4) {
          patrol.addPartners(second);
        }
        int purpose = random.nextInt(100);
        patrol.setPurpose(purpose < 78 ? PatrolPurpose.CRIME_PREVENTION
            : purpose < 90 ? PatrolPurpose.DISASTER_RELIEF : PatrolPurpose.SEARCH_AND_RESCUE);
        patrols.add(CreatePatrolRequest.newBuilder().setRequestId(prefix + "patrol-" + n).setPatrol(patrol).build());
      }
    }
    return patrols;
  }

  private List<CreateForumRequest> forums() {
    int count = total("forums");
    int[] attendees = Spread.even(total("forum-attendees"), count, random);
    int[] opinions = Spread.counts(total("opinions"), count, 1, random);
    int[] perCell = Spread.counts(count, cells(), 0, random);
    List<OpinionTopic> topics = OPINIONS.keySet().stream().sorted().toList();
    List<CreateForumRequest> forums = new ArrayList<>();
    for (int cell = 0, n = 0; cell < perCell.length; cell++) {
      for (int i = 0; i < perCell[cell]; i++, n++) {
        District district = district(cell);
        String commune = pick(district.communes());
        Forum.Builder forum = Forum.newBuilder().setDate(day(cell)).setAttendees(attendees[n])
            .setPlace(place(district, commune, "Hội trường Ủy ban nhân dân " + lowerFirst(commune)));
        for (int o = 0; o < opinions[n]; o++) {
          OpinionTopic topic = pick(topics);
          int followUp = random.nextInt(100);
          forum.addOpinions(Opinion.newBuilder().setTopic(topic).setText(pick(OPINIONS.get(topic)))
              .setFollowUpStatus(followUp < 60 ? FollowUpStatus.RESOLVED : followUp < 75 ? FollowUpStatus.REFERRED
                  : followUp < 90 ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.RECEIVED));
        }
        forums.add(CreateForumRequest.newBuilder().setRequestId(prefix + "forum-" + n).setForum(forum).build());
      }
    }
    return forums;
  }

  private List<CreateTrainingClassRequest> trainings() {
    Map<String, Integer> classes = map("classes");
    Map<String, Integer> trainees = map("trainees");
    List<CreateTrainingClassRequest> trainings = new ArrayList<>();
    for (Audience audience : List.of(Audience.NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE,
        Audience.SITE_PROTECTION_AND_MASS_ORGANISATIONS, Audience.FIRE_PREVENTION_AND_RESCUE)) {
      int count = classes.get(audience.name());
      int[] perClass = Spread.even(trainees.get(audience.name()), count, random);
      for (int i = 0; i < count; i++) {
        int cell = random.nextInt(cells());
        District district = district(cell);
        trainings.add(CreateTrainingClassRequest.newBuilder()
            .setRequestId(prefix + "training-" + audience.getNumber() + "-" + i)
            .setTrainingClass(TrainingClass.newBuilder().setTitle(TRAINING_TITLES.get(audience)).setAudience(audience)
                .setPlace(place(district, "", "Hội trường " + police(district.name())))
                .setStartDate(day(cell)).setTrainees(perClass[i]))
            .build());
      }
    }
    return trainings;
  }

  /** One report per district police and month. */
  private List<UnitResults> results() {
    int cells = cells();
    int[] tips = Spread.even(total("tips"), cells, random);
    int[] dignitaries = new int[cells];
    for (int left = total("tips-from-dignitaries"); left > 0; ) {
      int cell = random.nextInt(cells);
      if (dignitaries[cell] < tips[cell]) {
        dignitaries[cell]++;
        left--;
      }
    }
    int[] weapons = Spread.counts(total("weapons"), cells, 0, random);
    int[] explosives = Spread.counts(total("explosives"), cells, 0, random);
    int[] tools = Spread.counts(total("support-tools"), cells, 0, random);
    int[] fireworks = Spread.counts(total("fireworks"), cells, 0, random);
    int[] disputes = Spread.counts(total("disputes"), cells, 0, random);
    List<UnitResults> results = new ArrayList<>();
    for (int cell = 0; cell < cells; cell++) {
      District district = district(cell);
      results.add(UnitResults.newBuilder()
          .setName(String.format("provinces/%s/periods/%d-%02d/results/%s", slug, year, month(cell), district.unit()))
          .setUnitDisplayName(police(district.name())).setDistrict(district.name())
          .setTipsReceived(tips[cell]).setTipsFromDignitaries(dignitaries[cell])
          .setWeaponsSurrendered(weapons[cell]).setExplosivesSurrendered(explosives[cell])
          .setSupportToolsSurrendered(tools[cell]).setFireworksSurrendered(fireworks[cell])
          .setDisputesMediated(disputes[cell])
          .build());
    }
    return results;
  }

  private int cells() {
    return districts.size() * MONTHS;
  }

  private District district(int cell) {
    return districts.get(cell % districts.size());
  }

  private int month(int cell) {
    return cell / districts.size() + 1;
  }

  private Date day(int cell) {
    return Date.newBuilder().setYear(year).setMonth(month(cell)).setDay(1 + random.nextInt(28)).build();
  }

  private static Place place(District district, String commune, String venue) {
    return Place.newBuilder().setDistrict(district.name()).setCommune(commune).setVenue(venue).build();
  }

  /** "Huyện Đông Hải" → "Công an huyện Đông Hải". */
  private static String police(String area) {
    return "Công an " + lowerFirst(area);
  }

  private static String lowerFirst(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private int total(String key) {
    return (Integer) totals.get(key);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Integer> map(String key) {
    return (Map<String, Integer>) totals.get(key);
  }
}
