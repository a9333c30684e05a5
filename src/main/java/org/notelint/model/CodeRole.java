package org.notelint.model;

/** What a code block holds. */
public enum CodeRole {
  /** Program source. */
  SOURCE,
  /** Output printed by code (notebook outputs, REPL results). */
  OUTPUT,
  /** A shell session ({@code $ apt install ...}, {@code (gdb) py-bt}). */
  CONSOLE,
  /** An interactive Python session with {@code >>>} prompts. */
  DOCTEST;

  /** Lower-case name for snapshots and reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
