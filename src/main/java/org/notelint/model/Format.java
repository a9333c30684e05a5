package org.notelint.model;

/** The formats notelint reads. */
public enum Format {
  MARKDOWN("markdown"),
  RST("rst"),
  BANNER_TEXT("banner-text"),
  NOTEBOOK_EXPORT("notebook-export"),
  IPYNB("ipynb"),
  ORG("org"),
  HTML("html"),
  PLAIN_TEXT("plain-text"),
  /** Not read at all (binary, unreadable, too large): the findings say why. */
  UNREAD("unread");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The name used in reports and {@code inspect}. */
  public String label() {
    return label;
  }
}
