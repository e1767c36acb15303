package vn.antq.launcher.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo provinces from {@code demo/registry.yml}, expanded into models, points and groups whose
 * totals are exactly the configured ones; {@link MembersSeed} gives each group its members. The spread
 * is pseudo-random with a fixed seed, so every start produces the same data.
 */
final class RegistryDemoData {

  record Province(String slug, String client, List<ModelSeed> models) {}

  record ModelSeed(String code, String name, String sector, boolean recognised, List<PointSeed> points) {}

  record PointSeed(String district, String commune, List<Integer> groupMembers) {}

  private RegistryDemoData() {}

  @SuppressWarnings("unchecked")
  static List<Province> load() {
    try (InputStream in = RegistryDemoData.class.getResourceAsStream("/demo/registry.yml")) {
      Map<String, Object> root = new Yaml().load(in);
      List<Province> provinces = new ArrayList<>();
      for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("provinces")) {
        provinces.add(expand(entry));
      }
      return provinces;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Province expand(Map<String, Object> entry) {
    String slug = (String) entry.get("slug");
    Random random = new Random(slug.hashCode());
    Map<String, Integer> totals = (Map<String, Integer>) entry.get("totals");
    Map<String, List<String>> districts = new LinkedHashMap<>((Map<String, List<String>>) entry.get("districts"));
    List<String[]> places = new ArrayList<>();
    districts.forEach((district, communes) -> communes.forEach(c -> places.add(new String[] {district, c})));

    List<Map<String, Object>> named = (List<Map<String, Object>>) entry.get("models");
    List<String[]> models = new ArrayList<>();
    named.forEach(m -> models.add(new String[] {(String) m.get("code"), (String) m.get("name"), (String) m.get("sector"),
        String.valueOf(Boolean.TRUE.equals(m.get("recognised")))}));
    Map<String, Object> generated = (Map<String, Object>) entry.get("generated");
    List<Map<String, String>> patterns = (List<Map<String, String>>) generated.get("patterns");
    for (int i = 0; i < (Integer) generated.get("count"); i++) {
      Map<String, String> pattern = patterns.get(i % patterns.size());
      String place = places.get((i * 7) % places.size())[1];
      models.add(new String[] {String.format("%s-%02d", generated.get("prefix"), i + 1),
          pattern.get("name").replace("{place}", place), pattern.get("sector"), "false"});
    }
    if (models.size() != totals.get("models")) {
      throw new IllegalStateException(slug + ": " + models.size() + " models listed, totals say " + totals.get("models"));
    }

    int[] pointsPerModel = Spread.counts(totals.get("points"), models.size(), 1, random);
    int pointCount = totals.get("points");
    int[] groupsPerPoint = Spread.counts(totals.get("groups"), pointCount, 1, random);
    int[] membersPerGroup = Spread.counts(totals.get("members"), totals.get("groups"), 3, random);

    List<ModelSeed> seeds = new ArrayList<>();
    int point = 0;
    int group = 0;
    for (int m = 0; m < models.size(); m++) {
      List<PointSeed> points = new ArrayList<>();
      for (int p = 0; p < pointsPerModel[m]; p++, point++) {
        String[] place = places.get((m * 5 + p * 3) % places.size());
        List<Integer> members = new ArrayList<>();
        for (int g = 0; g < groupsPerPoint[point]; g++, group++) {
          members.add(membersPerGroup[group]);
        }
        points.add(new PointSeed(place[0], place[1], members));
      }
      String[] model = models.get(m);
      seeds.add(new ModelSeed(model[0], model[1], model[2], Boolean.parseBoolean(model[3]), points));
    }
    return new Province(slug, (String) entry.get("client"), seeds);
  }
}
