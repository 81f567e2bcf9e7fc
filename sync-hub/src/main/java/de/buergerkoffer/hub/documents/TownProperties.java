package de.buergerkoffer.hub.documents;

import de.buergerkoffer.forms.document.Municipality;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The town hall whose header the documents the hub renders carry ({@code bk.town.*}).
 *
 * @param name the authority's name in the header ({@code Gemeinde Musterhausen})
 * @param lines further header lines: office, street, town, phone
 * @param place the place printed as "Ort" next to the date of a capture
 */
@ConfigurationProperties("bk.town")
public record TownProperties(String name, List<String> lines, String place) {

  public TownProperties {
    name = name == null || name.isBlank() ? "Gemeinde" : name;
    lines = lines == null ? List.of() : List.copyOf(lines);
    place = place == null || place.isBlank() ? name : place;
  }

  /** The header of documents and receipts. */
  public Municipality municipality() {
    return new Municipality(name, lines, null);
  }
}
