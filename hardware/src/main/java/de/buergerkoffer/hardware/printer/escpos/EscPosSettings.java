package de.buergerkoffer.hardware.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;
import java.util.Objects;

/**
 * How this kit's receipt printer wants its text.
 *
 * @param codePage the character table selected with {@code ESC t}; must be one the printer has
 * @param columns characters per line in the normal font: 48 on 80 mm paper, 32 on 58 mm
 * @param cut whether to cut after the receipt (printers without cutter ignore it anyway)
 */
public record EscPosSettings(CodePage codePage, int columns, boolean cut) {

  /**
   * Code pages with the German letters ä ö ü ß Ä Ö Ü. PC858 also has the euro sign and is what most
   * current printers (Epson TM, Bixolon, most no-name 80 mm printers) offer as table 19.
   */
  public enum CodePage {
    PC858(CharacterCodeTable.CP858_Euro),
    PC850(CharacterCodeTable.CP850_Multilingual),
    PC437(CharacterCodeTable.CP437_USA_Standard_Europe),
    WPC1252(CharacterCodeTable.WPC1252);

    private final CharacterCodeTable table;

    CodePage(CharacterCodeTable table) {
      this.table = table;
    }

    CharacterCodeTable table() {
      return table;
    }

    /** The number sent with {@code ESC t}. */
    public int escPosNumber() {
      return table.value;
    }

    /** The Java charset name of this table. */
    public String charsetName() {
      return table.charsetName;
    }
  }

  public EscPosSettings {
    Objects.requireNonNull(codePage, "codePage");
    if (columns < 16 || columns > 80) {
      throw new IllegalArgumentException("columns must be 16..80: " + columns);
    }
  }

  /** 80 mm paper, PC858, cut. */
  public static EscPosSettings defaults() {
    return new EscPosSettings(CodePage.PC858, 48, true);
  }
}
