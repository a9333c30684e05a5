package org.notelint.lint;

/** Run-wide settings rules read: the target Python version and the version facts. */
public record RuleSettings(PythonVersion target, VersionFacts facts) {}
