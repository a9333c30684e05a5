package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paragraph that is only a row of marks carries nothing and is dropped with its reason. */
class NoiseDropTest {
  @Test
  void aRowOfMarksIsDropped() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("m.org", String.join("\n",
        "* Metaclasses", "", "A metaclass creates classes.", "", "###", "",
        "type is the default metaclass.", ""));
    assertThat(GuideTestSupport.guideFrom(b, "## Contents")).doesNotContain("\n\\\\###");
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .containsExactly("5 a row of marks with no words (a separator)");
  }
}
