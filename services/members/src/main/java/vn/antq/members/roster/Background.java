package vn.antq.members.roster;

import java.util.Optional;

/** Runs work after the call that started it has answered, still as the caller and for the province. */
public interface Background {

  /** Room for one more job, or empty when as many as allowed are running. */
  Optional<Slot> reserve();

  /** A reserved place: either started, or released. */
  interface Slot {
    void start(Runnable work);

    void release();
  }
}
