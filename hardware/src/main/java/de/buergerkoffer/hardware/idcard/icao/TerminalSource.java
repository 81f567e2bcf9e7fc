package de.buergerkoffer.hardware.idcard.icao;

import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * Where {@link IcaoPcscReader} gets its PC/SC card terminal from, asked again for every read.
 *
 * <p>The adapter never looks terminals up globally: the kit passes in its {@code CardTerminals}
 * (from {@code TerminalFactory.getDefault().terminals()}) and the tests pass in the virtual
 * vsmartcard reader. Asking per read means a reader plugged in later is found.
 */
@FunctionalInterface
public interface TerminalSource {

  /**
   * The terminal to use now, if any.
   *
   * @throws CardException when PC/SC itself is not available (pcscd not running)
   */
  Optional<CardTerminal> find() throws CardException;

  /**
   * The first terminal whose name contains {@code namePart} (any terminal when blank), e.g. {@code
   * "REINER SCT"} or {@code "Virtual PCD 00 00"}.
   */
  static TerminalSource matching(CardTerminals terminals, String namePart) {
    return () ->
        terminals.list().stream()
            .filter(terminal -> namePart.isBlank() || terminal.getName().contains(namePart))
            .findFirst();
  }
}
