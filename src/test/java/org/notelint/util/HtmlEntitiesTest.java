package org.notelint.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
  @Test
  void namedAndNumericReferencesDecode() {
    assertThat(HtmlEntities.decode("lt")).isEqualTo("<");
    assertThat(HtmlEntities.decode("#39")).isEqualTo("'");
    assertThat(HtmlEntities.decode("#x1F600")).isEqualTo("\uD83D\uDE00");
    assertThat(HtmlEntities.decode("bogus")).isNull();
  }

  @Test
  void everyNamedReferenceOfHtml5Decodes() {
    assertThat(HtmlEntities.decode("rarr")).isEqualTo("\u2192");
    assertThat(HtmlEntities.decode("eacute")).isEqualTo("\u00e9");
    assertThat(HtmlEntities.decode("times")).isEqualTo("\u00d7");
    assertThat(HtmlEntities.decode("hellip")).isEqualTo("\u2026");
    assertThat(HtmlEntities.decode("Eacute")).isEqualTo("\u00c9"); // names keep their case
    assertThat(HtmlEntities.decode("nbsp")).isEqualTo(" "); // a plain blank, words compare
  }

  @Test
  void numbersThatAreNoCharacterReadAsTheReplacementCharacter() {
    assertThat(HtmlEntities.decode("#0")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#xD800")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#x110000")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#99999999999999")).isEqualTo("\uFFFD");
  }
}
