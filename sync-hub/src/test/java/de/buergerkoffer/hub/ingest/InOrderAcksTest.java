package de.buergerkoffer.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderAcksTest {

  private final List<Integer> acknowledged = new ArrayList<>();
  private final InOrderAcks acks = new InOrderAcks((id, qos) -> acknowledged.add(id));

  @Test
  void aMessageFinishedEarlyWaitsForTheOnesThatArrivedBeforeIt() {
    InOrderAcks.Arrival first = acks.arrived(11, 1);
    InOrderAcks.Arrival second = acks.arrived(12, 1);
    InOrderAcks.Arrival third = acks.arrived(13, 1);

    acks.done(third);
    acks.done(second);
    assertThat(acknowledged).isEmpty();

    acks.done(first);
    assertThat(acknowledged).containsExactly(11, 12, 13);
    assertThat(acks.waiting()).isZero();
  }

  @Test
  void messagesAreAcknowledgedAsSoonAsEverythingBeforeThemIsDone() {
    InOrderAcks.Arrival first = acks.arrived(1, 1);
    InOrderAcks.Arrival second = acks.arrived(2, 1);
    InOrderAcks.Arrival third = acks.arrived(3, 1);

    acks.done(first);
    assertThat(acknowledged).containsExactly(1);
    acks.done(third);
    assertThat(acknowledged).containsExactly(1);
    assertThat(acks.waiting()).isEqualTo(2);
    acks.done(second);
    assertThat(acknowledged).containsExactly(1, 2, 3);
  }

  @Test
  void workThatFinishesAfterTheSessionEndedAcknowledgesNothing() {
    InOrderAcks.Arrival old = acks.arrived(7, 1);
    acks.forget();
    InOrderAcks.Arrival redelivered = acks.arrived(7, 1);

    acks.done(old);
    assertThat(acknowledged).isEmpty();
    acks.done(redelivered);
    assertThat(acknowledged).containsExactly(7);
  }
}
