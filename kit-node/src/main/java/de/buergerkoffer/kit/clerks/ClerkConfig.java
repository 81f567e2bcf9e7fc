package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.enrollment.ClerkRosterDelivered;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.sync.DownlinkListener;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Clerk roster and login: the stores, the roster intake from MQTT and enrollment. */
@Configuration
class ClerkConfig {

  @Bean
  ClerkDirectory clerkDirectory(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, DataProtection protection) {
    return new JdbcClerkDirectory(jdbc, new TransactionTemplate(transactions), protection);
  }

  @Bean
  LoginAttempts loginAttempts(JdbcTemplate jdbc) {
    return new JdbcLoginAttempts(jdbc);
  }

  @Bean
  ClerkLogin clerkLogin(
      ClerkDirectory directory, LoginAttempts attempts, AuditLog audit, Clock clock) {
    return new ClerkLogin(directory, attempts, audit, clock);
  }

  @Bean
  RosterIntake rosterIntake(
      KitProperties properties,
      KitEnrollment enrollment,
      ClerkDirectory directory,
      AuditLog audit,
      Clock clock) {
    return new RosterIntake(properties.id(), enrollment::identity, directory, audit, clock);
  }

  /** The retained roster on {@link Topics#clerks(String)}. */
  @Bean
  DownlinkListener clerkRosterListener(RosterIntake intake) {
    return new DownlinkListener(Topics::clerks, intake::accept);
  }

  @Bean
  RosterFromEnrollment rosterFromEnrollment(RosterIntake intake) {
    return new RosterFromEnrollment(intake);
  }

  /** The roster that came with the enrollment or renewal answer. */
  static final class RosterFromEnrollment {

    private final RosterIntake intake;

    RosterFromEnrollment(RosterIntake intake) {
      this.intake = intake;
    }

    @EventListener
    public void delivered(ClerkRosterDelivered event) {
      intake.accept(event.sealedRoster());
    }
  }
}
