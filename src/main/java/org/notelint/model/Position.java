package org.notelint.model;

/** A 1-based line and column (UTF-16 code units) in an input file. */
public record Position(int line, int column) {}
