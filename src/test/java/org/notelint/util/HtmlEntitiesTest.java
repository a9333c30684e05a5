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
  void numbersThatAreNoCharacterReadAsTheReplacementCharacter() {
    assertThat(HtmlEntities.decode("#0")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#xD800")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#x110000")).isEqualTo("\uFFFD");
    assertThat(HtmlEntities.decode("#99999999999999")).isEqualTo("\uFFFD");
  }
}
