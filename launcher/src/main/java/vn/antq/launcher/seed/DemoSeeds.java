package vn.antq.launcher.seed;

import java.util.List;

/** Every service's demo seed, in dependency order (a seed may read what an earlier one created). */
public final class DemoSeeds {

  private DemoSeeds() {}

  public static List<DemoSeed> all() {
    return List.of(new RegistrySeed(), new MembersSeed(), new CampaignsSeed(), new WelfareSeed(), new AwardsSeed(),
        new NationalSeed());
  }
}
