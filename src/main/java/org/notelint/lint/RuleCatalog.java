package org.notelint.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.notelint.ingest.IngestRules;
import org.notelint.model.RuleInfo;

/** Every rule notelint knows, for {@code notelint rules} and the reports. */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** All rules, sorted by id. */
  public static List<RuleInfo> all() {
    List<RuleInfo> all = new ArrayList<>(IngestRules.ALL);
    all.sort(Comparator.comparing(RuleInfo::id));
    return all;
  }
}
