package de.buergerkoffer.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import de.buergerkoffer.kit.archfixture.FixtureController;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.SyncAgent;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kit's layering: it shares only the bundle and forms libraries with the hub, capture and sync
 * logic is plain Java behind interfaces, and its web controllers are entry points nothing else
 * calls.
 */
@AnalyzeClasses(packages = "de.buergerkoffer", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {

  @ArchTest
  static final ArchRule theKitNeverDependsOnTheHub =
      noClasses()
          .that()
          .resideInAPackage("de.buergerkoffer.kit..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("de.buergerkoffer.hub..")
          .because("kit and hub only share the bundle and forms libraries");

  @ArchTest
  static final ArchRule captureAndSyncDependOnNoFrameworkJdbcOrMqtt =
      plainJava(CaptureService.class, SyncAgent.class, Outbox.class, CaseStore.class);

  @ArchTest
  static final ArchRule theVisitFlowAndTheHubMessagesDependOnNoFrameworkJdbcOrMqtt =
      plainJava(
          de.buergerkoffer.kit.visit.VisitFlow.class,
          de.buergerkoffer.kit.visit.VisitStore.class,
          de.buergerkoffer.kit.visit.VisitPlans.class,
          de.buergerkoffer.kit.casestatus.TownHallStatus.class,
          de.buergerkoffer.kit.downlink.SealedDownlink.class);

  static final ArchRule CONTROLLERS_ARE_ENTRY_POINTS =
      classes()
          .that()
          .areAnnotatedWith(RestController.class)
          .or()
          .areAnnotatedWith(Controller.class)
          .should(beUsedOnlyByClassesOfTheirOwnPackage())
          .because("controllers are called by the web framework, not by other code");

  @ArchTest
  static final ArchRule controllersAreNotUsedFromOtherPackages = CONTROLLERS_ARE_ENTRY_POINTS;

  @Test
  void thePlainJavaRuleCatchesAClassThatUsesJdbc() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesJdbc.class);

    assertThat(plainJava(UsesJdbc.class).evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void theControllerRuleCatchesAControllerUsedFromAnotherPackage() {
    JavaClasses offender =
        new ClassFileImporter().importClasses(FixtureController.class, CallsAController.class);

    assertThat(CONTROLLERS_ARE_ENTRY_POINTS.evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void theControllerRuleAllowsUseFromTheControllersOwnPackage() {
    JavaClasses fine =
        new ClassFileImporter()
            .importClasses(FixtureController.class, FixtureController.Neighbour.class);

    assertThat(CONTROLLERS_ARE_ENTRY_POINTS.evaluate(fine).hasViolation()).isFalse();
  }

  /** Domain classes are plain Java: stores and transports are handed in as interfaces. */
  static ArchRule plainJava(Class<?>... domainClasses) {
    return noClasses()
        .that()
        .belongToAnyOf(domainClasses)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "java.sql..", "org.eclipse.paho..", "com.hivemq..")
        .because("domain logic knows nothing of Spring, SQL or MQTT; those are handed in");
  }

  static ArchCondition<JavaClass> beUsedOnlyByClassesOfTheirOwnPackage() {
    return new ArchCondition<>("be used only by classes of their own package") {
      @Override
      public void check(JavaClass controller, ConditionEvents events) {
        for (Dependency dependency : controller.getDirectDependenciesToSelf()) {
          String from = dependency.getOriginClass().getPackageName();
          if (!from.equals(controller.getPackageName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** Uses a controller from outside the controller's package. */
  static class CallsAController {
    String show() {
      return new FixtureController().page();
    }
  }

  /** Uses JDBC, which the plain-Java rule forbids. */
  static class UsesJdbc {
    Timestamp when() {
      return new Timestamp(0);
    }
  }
}
