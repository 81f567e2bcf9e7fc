package de.buergerkoffer.kit.archfixture;

import org.springframework.stereotype.Controller;

/**
 * A controller that exists only so the architecture test can prove its rule notices a controller
 * used from another package. Test sources are not part of the analysed classes.
 */
@Controller
public class FixtureController {

  public String page() {
    return "home";
  }

  /** Uses the controller from its own package, which the rule allows. */
  public static class Neighbour {
    public String show() {
      return new FixtureController().page();
    }
  }
}
