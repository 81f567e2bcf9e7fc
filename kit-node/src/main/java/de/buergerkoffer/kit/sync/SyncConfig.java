package de.buergerkoffer.kit.sync;

import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.wipe.KitWipe;
import java.time.Clock;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the sync agent to MQTT and runs it every second. */
@Configuration
class SyncConfig {

  @Bean(destroyMethod = "close")
  MqttLink mqttLink(KitProperties properties, KitEnrollment enrollment) throws MqttException {
    return new MqttLink(properties, enrollment::identity);
  }

  @Bean
  SyncAgent syncAgent(
      KitProperties properties,
      Outbox outbox,
      MqttLink link,
      KitEnrollment enrollment,
      KitWipe wipe,
      Clock clock,
      AuditLog audit,
      ObjectProvider<DownlinkListener> downlinkListeners) {
    SyncAgent agent =
        new SyncAgent(
            properties.id(),
            outbox,
            link,
            enrollment::identity,
            clock,
            properties.syncWindow(),
            properties.ackTimeout(),
            audit);
    link.start(
        agent::onConnected,
        agent::onAck,
        command -> {
          if (wipe.onCommand(command)) {
            // not on the MQTT callback thread: closing waits for the client's own threads
            new Thread(link::close, "kit-mqtt-close").start();
          }
        },
        downlinkListeners.orderedStream().toList());
    return agent;
  }

  @Bean
  SyncSchedule syncSchedule(SyncAgent agent, KitEnrollment enrollment) {
    return new SyncSchedule(agent, enrollment);
  }

  /** The clock that drives sync and, while unenrolled, enrollment attempts. */
  static class SyncSchedule {

    private final SyncAgent agent;
    private final KitEnrollment enrollment;

    SyncSchedule(SyncAgent agent, KitEnrollment enrollment) {
      this.agent = agent;
      this.enrollment = enrollment;
    }

    @Scheduled(initialDelay = 1_000, fixedDelay = 1_000)
    void sync() {
      agent.runOnce();
    }

    @Scheduled(initialDelay = 0, fixedDelay = 10_000)
    void enroll() {
      enrollment.enrollIfNeeded();
    }
  }
}
