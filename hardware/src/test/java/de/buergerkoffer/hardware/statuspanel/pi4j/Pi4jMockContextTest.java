package de.buergerkoffer.hardware.statuspanel.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Gives each test a fresh Pi4J context on the mock platform, as in Pi4J's example components:
 * digital inputs and outputs that the test can press and read without a Raspberry Pi. Public (in
 * the hardware test-jar) so that the kit's panel wiring is tested the same way.
 */
public abstract class Pi4jMockContextTest {

  protected Context pi4j;

  @BeforeEach
  final void buildMockContext() {
    pi4j =
        Pi4J.newContextBuilder()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .build();
  }

  @AfterEach
  final void shutDownMockContext() {
    pi4j.shutdown();
  }
}
