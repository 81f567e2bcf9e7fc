package de.buergerkoffer.hardware;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.anastaciocintra.escpos.EscPos;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/**
 * The hardware module is plain Java (no Spring, JDBC or MQTT), and its ports stay free of device
 * libraries: only adapter packages ({@code printer.escpos}, {@code statuspanel.pi4j}, …) may use
 * escpos-coffee, ZXing, Pi4J, javax.print or javax.smartcardio, so the kit can depend on a port
 * without dragging in every device's library, and adapters can be swapped by configuration.
 */
@AnalyzeClasses(
    packages = "de.buergerkoffer.hardware",
    importOptions = ImportOption.DoNotIncludeTests.class)
class HardwareArchitectureTest {

  /** The common package and one port package per device. */
  static final String[] PORT_PACKAGES = {
    "de.buergerkoffer.hardware",
    "de.buergerkoffer.hardware.idcard",
    "de.buergerkoffer.hardware.scanner",
    "de.buergerkoffer.hardware.printer",
    "de.buergerkoffer.hardware.signature",
    "de.buergerkoffer.hardware.statuspanel"
  };

  static final ArchRule STAYS_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage("de.buergerkoffer.hardware..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "org.eclipse.paho..", "com.hivemq..")
          .because("the hardware module is a plain Java library used by the kit");

  static final ArchRule PORTS_USE_NO_DEVICE_LIBRARY =
      noClasses()
          .that()
          .resideInAnyPackage(PORT_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.github.anastaciocintra..",
              "com.google.zxing..",
              "com.pi4j..",
              "javax.print..",
              "javax.smartcardio..",
              "org.jmrtd..",
              "net.sf.scuba..",
              "de.buergerkoffer.hardware.*.*..")
          .because("ports describe devices; only adapter packages may use device libraries");

  static final ArchRule ADAPTERS_ARE_INDEPENDENT =
      slices()
          .matching("de.buergerkoffer.hardware.(*).(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter can be chosen alone by configuration");

  @ArchTest static final ArchRule noHardwareClassUsesSpringJdbcOrMqtt = STAYS_PLAIN_JAVA;

  @ArchTest static final ArchRule noPortUsesADeviceLibrary = PORTS_USE_NO_DEVICE_LIBRARY;

  @ArchTest static final ArchRule noAdapterUsesAnotherAdapter = ADAPTERS_ARE_INDEPENDENT;

  @Test
  void theRuleCatchesAPortThatUsesADeviceLibrary() {
    JavaClasses offender = new ClassFileImporter().importClasses(PortUsingEscPos.class);

    assertThat(PORTS_USE_NO_DEVICE_LIBRARY.evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void theRuleCatchesAPortThatReachesIntoAnAdapter() {
    JavaClasses offender = new ClassFileImporter().importClasses(PortUsingAnAdapter.class);

    assertThat(PORTS_USE_NO_DEVICE_LIBRARY.evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void theRuleCatchesAClassThatUsesJdbc() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesJdbc.class);

    assertThat(STAYS_PLAIN_JAVA.evaluate(offender).hasViolation()).isTrue();
  }

  /** Breaks the port rule on purpose; lives in the test sources, which the rules do not scan. */
  static final class PortUsingEscPos {
    EscPos printer() {
      return new EscPos(new ByteArrayOutputStream());
    }
  }

  /** Breaks the port rule on purpose: a port must not know its adapters. */
  static final class PortUsingAnAdapter {
    Object printer() {
      return new SimulatedReceiptPrinter(java.time.Clock.systemUTC());
    }
  }

  /** Breaks the plain-Java rule on purpose. */
  static final class UsesJdbc {
    Timestamp when() {
      return new Timestamp(0);
    }
  }
}
