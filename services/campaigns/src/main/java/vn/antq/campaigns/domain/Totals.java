package vn.antq.campaigns.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Sums over a period, for one district or the whole province: the store adds rows in, the
 * summary adds districts up. Unbounded sums are longs; record counts stay ints.
 */
public final class Totals {

  private int launches;
  private long attendees;
  private long leaflets;
  private final Map<Channel, Long> rounds = new EnumMap<>(Channel.class);
  private int forums;
  private long forumAttendees;
  private int opinions;
  private int patrols;
  private final Map<Audience, Integer> classes = new EnumMap<>(Audience.class);
  private final Map<Audience, Long> trainees = new EnumMap<>(Audience.class);
  private long tipsReceived;
  private long tipsFromDignitaries;
  private long weaponsSurrendered;
  private long explosivesSurrendered;
  private long supportToolsSurrendered;
  private long fireworksSurrendered;
  private long disputesMediated;

  public void addCampaigns(int launches, long attendees, long leaflets, Map<Channel, Long> rounds) {
    this.launches += launches;
    this.attendees += attendees;
    this.leaflets += leaflets;
    rounds.forEach((channel, count) -> this.rounds.merge(channel, count, Long::sum));
  }

  public void addForums(int forums, long attendees, int opinions) {
    this.forums += forums;
    this.forumAttendees += attendees;
    this.opinions += opinions;
  }

  public void addPatrols(int patrols) {
    this.patrols += patrols;
  }

  public void addTraining(Audience audience, int classes, long trainees) {
    this.classes.merge(audience, classes, Integer::sum);
    this.trainees.merge(audience, trainees, Long::sum);
  }

  public void addResults(long tipsReceived, long tipsFromDignitaries, long weapons, long explosives,
                         long supportTools, long fireworks, long disputesMediated) {
    this.tipsReceived += tipsReceived;
    this.tipsFromDignitaries += tipsFromDignitaries;
    this.weaponsSurrendered += weapons;
    this.explosivesSurrendered += explosives;
    this.supportToolsSurrendered += supportTools;
    this.fireworksSurrendered += fireworks;
    this.disputesMediated += disputesMediated;
  }

  public void add(Totals other) {
    addCampaigns(other.launches, other.attendees, other.leaflets, other.rounds);
    addForums(other.forums, other.forumAttendees, other.opinions);
    addPatrols(other.patrols);
    other.classes.forEach((audience, count) -> addTraining(audience, count, other.trainees(audience)));
    addResults(other.tipsReceived, other.tipsFromDignitaries, other.weaponsSurrendered, other.explosivesSurrendered,
        other.supportToolsSurrendered, other.fireworksSurrendered, other.disputesMediated);
  }

  public int launches() {
    return launches;
  }

  public long attendees() {
    return attendees;
  }

  public long leaflets() {
    return leaflets;
  }

  public long rounds(Channel channel) {
    return rounds.getOrDefault(channel, 0L);
  }

  public long propagandaRounds() {
    return rounds.values().stream().mapToLong(Long::longValue).sum();
  }

  public int forums() {
    return forums;
  }

  public long forumAttendees() {
    return forumAttendees;
  }

  public int opinions() {
    return opinions;
  }

  public int patrols() {
    return patrols;
  }

  public int classes(Audience audience) {
    return classes.getOrDefault(audience, 0);
  }

  public long trainees(Audience audience) {
    return trainees.getOrDefault(audience, 0L);
  }

  public int trainingClasses() {
    return classes.values().stream().mapToInt(Integer::intValue).sum();
  }

  public long tipsReceived() {
    return tipsReceived;
  }

  public long tipsFromDignitaries() {
    return tipsFromDignitaries;
  }

  public long weaponsSurrendered() {
    return weaponsSurrendered;
  }

  public long explosivesSurrendered() {
    return explosivesSurrendered;
  }

  public long supportToolsSurrendered() {
    return supportToolsSurrendered;
  }

  public long fireworksSurrendered() {
    return fireworksSurrendered;
  }

  /** Weapons, explosives, support tools and fireworks together, as the report counts them. */
  public long surrendered() {
    return weaponsSurrendered + explosivesSurrendered + supportToolsSurrendered + fireworksSurrendered;
  }

  public long disputesMediated() {
    return disputesMediated;
  }
}
