package vn.antq.campaigns.grpc;

import com.google.type.Date;
import java.time.LocalDate;
import vn.antq.campaigns.domain.Place;
import vn.antq.core.DomainException;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.ProtoTime;

/** Mapping of the contract's own shared types: places, enums; dates collected into violations. */
final class Protos {

  private static final String UNRECOGNIZED = "UNRECOGNIZED";

  private Protos() {}

  /**
   * The domain value of the same name; null for the contract's *_UNSPECIFIED and for numbers it does
   * not know, which the domain then reports as "must be one of ...".
   */
  static <E extends Enum<E>> E toDomain(Class<E> type, Enum<?> value) {
    if (value.name().equals(UNRECOGNIZED) || value.name().endsWith("_UNSPECIFIED")) {
      return null;
    }
    return Enum.valueOf(type, value.name());
  }

  static <P extends Enum<P>> P toProto(Class<P> type, Enum<?> value) {
    return Enum.valueOf(type, value.name());
  }

  /** Null when unset; a date that is not on the calendar is added to {@code violations}. */
  static LocalDate date(boolean set, Date date, String field, Violations violations) {
    if (!set) {
      return null;
    }
    try {
      return ProtoTime.date(field, date);
    } catch (DomainException.InvalidInput invalid) {
      invalid.violations().forEach(v -> violations.add(v.field(), v.description()));
      return null;
    }
  }

  /** Null when unset. */
  static Place place(boolean set, vn.antq.campaigns.v1.Place place) {
    return set ? new Place(place.getDistrict(), place.getCommune(), place.getVenue()) : null;
  }

  static vn.antq.campaigns.v1.Place place(Place place) {
    return vn.antq.campaigns.v1.Place.newBuilder()
        .setDistrict(place.district()).setCommune(place.commune()).setVenue(place.venue()).build();
  }
}
