package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference links reach the guide with the URL their own note defines: the guide gathers
 * notes whose labels clash, and one definition for all would send some links astray.
 */
class ReferenceLinksTest {
  @Test
  void referencesAreWrittenInlineFromTheirOwnNote() {
    Map<String, String> refs = Map.of(MarkdownOut.referenceKey("Docs"), "https://a.example/d",
        MarkdownOut.referenceKey("badge"), "https://a.example/b.svg");
    assertThat(MarkdownOut.inlineReferences("See [the docs][docs] and [Docs][].", refs))
        .isEqualTo("See [the docs](https://a.example/d) and [Docs](https://a.example/d).");
    assertThat(MarkdownOut.inlineReferences("[![Licence][badge]][docs]", refs))
        .isEqualTo("[![Licence](https://a.example/b.svg)](https://a.example/d)");
    // undefined labels, escaped brackets and shortcut references stay as written
    assertThat(MarkdownOut.inlineReferences("[x][nowhere] \\[a][docs] [docs]", refs))
        .isEqualTo("[x][nowhere] \\[a][docs] [docs]");
  }

  @Test
  void twoNotesWithTheSameLabelKeepTheirOwnTargets() {
    GuideTestSupport.Built b = GuideTestSupport.build(List.of(
        GuideTestSupport.note("a.md", "# Decorators\n\nRead [the guide][guide] on decorators.\n\n"
            + "[guide]: https://a.example/decorators\n"),
        GuideTestSupport.note("b.md", "# Decorators\n\nAnother [guide][guide] on decorators and wrappers.\n\n"
            + "[guide]: https://b.example/wrappers\n")));
    String md = GuideTestSupport.guideFrom(b, "## Contents");
    assertThat(md).contains("Read [the guide](https://a.example/decorators) on decorators.")
        .contains("Another [guide](https://b.example/wrappers) on decorators and wrappers.");
  }
}
