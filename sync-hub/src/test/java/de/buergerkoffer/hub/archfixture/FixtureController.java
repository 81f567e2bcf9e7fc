package de.buergerkoffer.hub.archfixture;

import org.springframework.web.bind.annotation.RestController;

/**
 * A controller that exists only so the architecture test can prove its rule notices a controller
 * used from another package. Test sources are not part of the analysed classes.
 */
@RestController
public class FixtureController {

  public String hello() {
    return "hallo";
  }

  /** Uses the controller from its own package, which the rule allows. */
  public static class Neighbour {
    public String greet() {
      return new FixtureController().hello();
    }
  }
}
