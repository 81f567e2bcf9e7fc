package de.buergerkoffer.forms;

/** What an attachment is, which decides how it is captured and compressed. */
public enum AttachmentKind {
  /** Pages of a paper document, scanned; kept in grey at 200 dpi. */
  DOCUMENT_SCAN,
  /** A photo taken with the kit's camera; kept in colour. */
  PHOTO
}
