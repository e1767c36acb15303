package vn.antq.launcher.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo provinces of {@code demo/welfare.yml}, with each kind expanded into items whose quantities
 * and values add up exactly to the configured totals. The spread is pseudo-random with a fixed seed,
 * so every start produces the same data.
 */
final class WelfareDemoData {

  /** Amounts are split in whole thousands of đồng, as such figures are reported. */
  private static final long THOUSAND = 1_000;

  record Province(String slug, String client, List<ItemSeed> items, List<BeneficiarySeed> beneficiaries,
                  List<SponsorSeed> sponsors) {}

  /** {@code beneficiary}: index into the province's beneficiaries, or -1. */
  record ItemSeed(String key, String kind, boolean repair, String name, long quantity, long value, String commune,
                  String district, LocalDate handover, String modelCode, int beneficiary) {}

  record BeneficiarySeed(String type, String name, String nationalId, String phone, String address, String commune,
                         String district, LocalDate birth, String school, String circumstances) {}

  record SponsorSeed(String name, String type, List<ContributionSeed> contributions) {}

  record ContributionSeed(String form, long value, LocalDate date, String description) {}

  private WelfareDemoData() {}

  @SuppressWarnings("unchecked")
  static List<Province> load() {
    try (InputStream in = WelfareDemoData.class.getResourceAsStream("/demo/welfare.yml")) {
      Map<String, Object> root = new Yaml().load(in);
      return ((List<Map<String, Object>>) root.get("provinces")).stream().map(WelfareDemoData::province).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Province province(Map<String, Object> entry) {
    String slug = (String) entry.get("slug");
    Map<String, Object> period = (Map<String, Object>) entry.get("period");
    LocalDate start = date(period.get("start"));
    LocalDate end = date(period.get("end"));
    List<String[]> places = new ArrayList<>();
    ((Map<String, List<String>>) entry.get("places")).forEach((district, communes) ->
        communes.forEach(commune -> places.add(new String[] {district, commune})));
    List<BeneficiarySeed> beneficiaries = ((List<Map<String, Object>>) entry.get("beneficiaries")).stream()
        .map(WelfareDemoData::beneficiary).toList();
    List<Integer> households = new ArrayList<>();
    for (int i = 0; i < beneficiaries.size(); i++) {
      if (beneficiaries.get(i).type().equals("HOUSEHOLD")) {
        households.add(i);
      }
    }
    Random random = new Random(slug.hashCode());
    List<ItemSeed> items = new ArrayList<>();
    List<Map<String, Object>> kinds = (List<Map<String, Object>>) entry.get("kinds");
    for (int k = 0; k < kinds.size(); k++) {
      items.addAll(expand(kinds.get(k), k, start, end, places, households, random));
    }
    List<SponsorSeed> sponsors = ((List<Map<String, Object>>) entry.get("sponsors")).stream()
        .map(WelfareDemoData::sponsor).toList();
    return new Province(slug, (String) entry.get("client"), items, beneficiaries, sponsors);
  }

  @SuppressWarnings("unchecked")
  private static List<ItemSeed> expand(Map<String, Object> kind, int kindIndex, LocalDate start, LocalDate end,
                                       List<String[]> places, List<Integer> households, Random random) {
    String name = (String) kind.get("kind");
    int count = ((Number) kind.get("items")).intValue();
    long value = number(kind.get("value"));
    if (value % THOUSAND != 0) {
      throw new IllegalStateException(name + ": value must be whole thousands of đồng");
    }
    long[] quantities = split(number(kind.get("quantity")), count, random);
    long[] values = split(value / THOUSAND, count, random);
    int repairEvery = ((Number) kind.getOrDefault("repair-every", 0)).intValue();
    List<String> models = (List<String>) kind.getOrDefault("models", List.of());
    boolean houses = name.equals("CHARITY_HOUSE");
    long days = ChronoUnit.DAYS.between(start, end);
    List<ItemSeed> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] place = places.get((kindIndex * 7 + i * 3) % places.size());
      LocalDate handover = start.plusDays(Math.min(days, days * (2L * i + 1) / (2L * count) + kindIndex));
      items.add(new ItemSeed(String.format("%s-%03d", name, i + 1), name,
          repairEvery > 0 && i % repairEvery == repairEvery - 1,
          ((String) kind.get("name")).replace("{place}", place[1]), quantities[i], values[i] * THOUSAND,
          place[1], place[0], handover, i < models.size() ? models.get(i) : null,
          houses && i < households.size() ? households.get(i) : -1));
    }
    return items;
  }

  /** {@code total} in {@code parts} of at least 1 each, in random proportions, adding up exactly. */
  static long[] split(long total, int parts, Random random) {
    if (total < parts) {
      throw new IllegalStateException(total + " cannot be split into " + parts + " parts of at least 1");
    }
    long[] weights = new long[parts];
    long weightSum = 0;
    for (int i = 0; i < parts; i++) {
      weights[i] = 80 + random.nextInt(41);
      weightSum += weights[i];
    }
    long rest = total - parts;
    long[] shares = new long[parts];
    long given = 0;
    for (int i = 0; i < parts; i++) {
      shares[i] = 1 + rest * weights[i] / weightSum;
      given += shares[i];
    }
    for (int i = 0; given < total; i = (i + 1) % parts, given++) {
      shares[i]++;
    }
    return shares;
  }

  private static BeneficiarySeed beneficiary(Map<String, Object> b) {
    return new BeneficiarySeed((String) b.get("type"), (String) b.get("name"), text(b, "national-id"),
        text(b, "phone"), text(b, "address"), (String) b.get("commune"), (String) b.get("district"),
        b.get("birth") == null ? null : date(b.get("birth")), text(b, "school"), text(b, "circumstances"));
  }

  @SuppressWarnings("unchecked")
  private static SponsorSeed sponsor(Map<String, Object> s) {
    List<ContributionSeed> contributions = ((List<Map<String, Object>>) s.get("contributions")).stream()
        .map(c -> new ContributionSeed((String) c.get("form"), number(c.get("value")), date(c.get("date")),
            (String) c.get("description")))
        .toList();
    return new SponsorSeed((String) s.get("name"), (String) s.get("type"), contributions);
  }

  private static String text(Map<String, Object> entry, String key) {
    Object value = entry.get(key);
    return value == null ? "" : value.toString();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** YAML reads an unquoted 2023-11-29 as a timestamp (midnight UTC). */
  private static LocalDate date(Object value) {
    return value instanceof Date timestamp
        ? timestamp.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
        : LocalDate.parse(value.toString());
  }
}
