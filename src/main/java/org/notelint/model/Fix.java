package org.notelint.model;

/** A safe replacement: put {@code replacement} where the finding's span is. */
public record Fix(String description, String replacement) {}
