package de.buergerkoffer.forms;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documents a case has besides its values: pages per attachment requirement and whether the
 * resident signed. Kit and hub derive it from the case's attachment file names, by this convention:
 *
 * <ul>
 *   <li>{@code <attachmentId>-<page>.<ext>} – page {@code page} (from 1) of the attachment, e.g.
 *       {@code landlordConfirmation-1.png};
 *   <li>{@code signature.<ext>} – the resident's signature image.
 * </ul>
 *
 * Other names (say, the rendered {@code case.pdf}) are not evidence and are ignored.
 *
 * @param pages number of pages per attachment id
 * @param signed whether a signature image is present
 */
public record Evidence(Map<String, Integer> pages, boolean signed) {

  private static final Pattern PAGE =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)-([1-9][0-9]{0,3})\\.[A-Za-z0-9]+");
  private static final Pattern SIGNATURE = Pattern.compile("signature\\.[A-Za-z0-9]+");

  public Evidence {
    pages = Map.copyOf(pages);
  }

  /** No documents, no signature. */
  public static Evidence none() {
    return new Evidence(Map.of(), false);
  }

  /** The evidence named by attachment file names, by the convention above. */
  public static Evidence fromAttachmentNames(Collection<String> names) {
    Map<String, Integer> pages = new TreeMap<>();
    boolean signed = false;
    for (String name : names) {
      Matcher m = PAGE.matcher(name);
      if (m.matches()) {
        pages.merge(m.group(1), 1, Integer::sum);
      } else if (SIGNATURE.matcher(name).matches()) {
        signed = true;
      }
    }
    return new Evidence(pages, signed);
  }

  /** The file name of page {@code page} (from 1) of an attachment, e.g. {@code scan-2.png}. */
  public static String pageName(String attachmentId, int page, String extension) {
    return attachmentId + "-" + page + "." + extension;
  }

  /** How many pages the attachment has; 0 when it is missing. */
  public int pagesOf(String attachmentId) {
    return pages.getOrDefault(attachmentId, 0);
  }
}
