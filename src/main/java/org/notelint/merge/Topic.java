package org.notelint.merge;

import java.util.List;

/**
 * A topic of the guide: a stable id, the title the guide shows, its parent ({@code null} at
 * the top), the names that open it (aliases, normalised) and the words that point to it in
 * running text (keywords, normalised), where it was defined and its place in file order.
 */
public record Topic(String id, String title, String parent, List<String> aliases,
    List<String> keywords, String definedAt, int order) {
  public Topic {
    aliases = List.copyOf(aliases);
    keywords = List.copyOf(keywords);
  }
}
