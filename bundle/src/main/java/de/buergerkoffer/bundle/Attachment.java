package de.buergerkoffer.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document that belongs to a case: a scanned page, a photo, the resident's signature. Travels as
 * the bundle entry {@code attachments/<caseId>/<name>}; its media type follows from the name's
 * extension, and only the types the town hall can open are allowed.
 *
 * @param name a plain file name: letters, digits, dot, dash, underscore; a known extension
 * @param data the document's bytes
 */
public record Attachment(String name, byte[] data) {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "tif", "image/tiff",
          "json", "application/json",
          "txt", "text/plain");

  public Attachment {
    Objects.requireNonNull(data, "data");
    if (!isAcceptableName(name)) {
      throw new IllegalArgumentException(
          "attachment name '" + name + "' is not a plain file name with a known type");
    }
  }

  /** True for a plain file name with one of the allowed extensions. */
  public static boolean isAcceptableName(String name) {
    return name != null && SAFE_NAME.matcher(name).matches() && extensionType(name) != null;
  }

  /** The media type, such as {@code application/pdf}. */
  public String mediaType() {
    return extensionType(name);
  }

  private static String extensionType(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a && name.equals(a.name) && Arrays.equals(data, a.data);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Attachment[" + name + ", " + data.length + " bytes]";
  }
}
