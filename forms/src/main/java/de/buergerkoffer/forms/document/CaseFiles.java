package de.buergerkoffer.forms.document;

import de.buergerkoffer.forms.AttachmentRequirement;
import de.buergerkoffer.forms.FormDefinition;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Builds a case's document from its attachment files as kit and hub store them, by the naming
 * convention of {@link de.buergerkoffer.forms.Evidence}: {@code <attachmentId>-<page>.<png|jpg>}
 * become scanned pages (in form order, then page order), {@code signature.<png|jpg>} the signature
 * image. Other files (a PDF, the rendered {@code antrag.pdf}, a file that is no readable image) are
 * left out, so a damaged file never stops the document.
 */
public final class CaseFiles {

  /** The name of the rendered case document among a case's attachments. */
  public static final String DOCUMENT_NAME = "antrag.pdf";

  /** The resolution scans are assumed to have (the kit's scanner setting). */
  public static final int SCAN_DPI = 200;

  private static final Pattern PAGE =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)-([1-9][0-9]{0,3})\\.(?i:png|jpg|jpeg)");
  private static final Pattern SIGNATURE = Pattern.compile("signature\\.(?i:png|jpg|jpeg)");

  private CaseFiles() {}

  /**
   * The document of a case.
   *
   * @param files the case's attachments by file name
   */
  public static CaseDocument document(
      FormDefinition form,
      String caseNumber,
      Map<String, String> values,
      Instant capturedAt,
      String clerk,
      String place,
      Municipality municipality,
      Map<String, byte[]> files) {
    Map<String, TreeMap<Integer, byte[]>> pages = new LinkedHashMap<>();
    for (AttachmentRequirement a : form.attachments()) {
      pages.put(a.id(), new TreeMap<>());
    }
    BufferedImage signature = null;
    for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
      if (SIGNATURE.matcher(file.getKey()).matches()) {
        signature = decode(file.getValue());
        continue;
      }
      Matcher m = PAGE.matcher(file.getKey());
      if (m.matches() && readable(file.getValue())) {
        pages
            .computeIfAbsent(m.group(1), id -> new TreeMap<>())
            .put(Integer.parseInt(m.group(2)), file.getValue());
      }
    }
    List<CaseAttachment> attachments = new ArrayList<>();
    pages.forEach(
        (id, byPage) -> {
          if (!byPage.isEmpty()) {
            attachments.add(
                new CaseAttachment(
                    id, byPage.values().stream().map(b -> ScanPage.ofFile(b, SCAN_DPI)).toList()));
          }
        });
    return new CaseDocument(
        form, caseNumber, values, capturedAt, clerk, place, municipality, signature, attachments);
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether an image reader recognises the bytes, without decoding the pixels. */
  private static boolean readable(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      if (in == null) {
        return false;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
