package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.notelint.model.LineEnding;

class DecoderTest {

  @Test
  void stripsBomAndNormalisesCrlfKeepingLineNumbers() {
    byte[] bytes = "\uFEFFone\r\ntwo\r\nthree".getBytes(StandardCharsets.UTF_8);
    Decoder.Decoded d = Decoder.decode(bytes);
    assertThat(d.bom()).isTrue();
    assertThat(d.text()).isEqualTo("one\ntwo\nthree");
    assertThat(d.lineEnding()).isEqualTo(LineEnding.CRLF);
  }

  @Test
  void treatsLoneCarriageReturnsAsLineEnds() {
    Decoder.Decoded d = Decoder.decode("a\rb\rc".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("a\nb\nc");
    assertThat(d.lineEnding()).isEqualTo(LineEnding.CR);
  }

  @Test
  void reportsMixedLineEnds() {
    assertThat(Decoder.decode("a\r\nb\nc".getBytes(StandardCharsets.UTF_8)).lineEnding())
        .isEqualTo(LineEnding.MIXED);
  }

  @Test
  void replacesInvalidBytesAndRemembersLineAndColumn() {
    byte[] bytes = {'o', 'k', '\r', '\n', 'a', 'b', (byte) 0xC3, 'x', '\n', (byte) 0xFF};
    Decoder.Decoded d = Decoder.decode(bytes);
    assertThat(d.text()).isEqualTo("ok\nab\uFFFDx\n\uFFFD");
    assertThat(d.invalidPositions()).hasSize(2);
    assertThat(d.invalidPositions().get(0)).containsExactly(2, 3);
    assertThat(d.invalidPositions().get(1)).containsExactly(3, 1);
  }

  @Test
  void decodesUtf16WithBom() {
    byte[] bytes = "\uFEFFhé".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Decoder.looksBinary(bytes)).isFalse();
    assertThat(Decoder.decode(bytes).text()).isEqualTo("hé");
  }

  @Test
  void nulBytesMeanBinary() {
    assertThat(Decoder.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isTrue();
    assertThat(Decoder.looksBinary("plain text\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(Decoder.looksBinary(new byte[0])).isFalse();
  }
}
