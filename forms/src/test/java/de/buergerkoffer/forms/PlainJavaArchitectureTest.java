package de.buergerkoffer.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/**
 * The forms module is shared by kit and hub and must stay plain Java: no Spring, no JDBC, no MQTT
 * client or broker. Only the applications that use it may bring those in.
 */
@AnalyzeClasses(packages = "de.buergerkoffer", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaArchitectureTest {

  static final ArchRule STAYS_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage("de.buergerkoffer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "org.eclipse.paho..", "com.hivemq..")
          .because("the forms module is plain Java shared by kit and hub");

  @ArchTest static final ArchRule noFormsClassDependsOnSpringJdbcOrMqtt = STAYS_PLAIN_JAVA;

  @Test
  void theRuleCatchesAClassThatUsesJdbc() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesJdbc.class);

    assertThat(STAYS_PLAIN_JAVA.evaluate(offender).hasViolation()).isTrue();
  }

  /** Breaks the rule on purpose; lives in the test sources, which the rule does not look at. */
  static final class UsesJdbc {
    Timestamp when() {
      return new Timestamp(0);
    }
  }
}
