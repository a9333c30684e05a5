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

  @Test
  void validTextDecodesToItselfAndAWrittenReplacementCharacterIsNotAnError() {
    java.util.Random rnd = new java.util.Random(3);
    int[] points = {'a', 'Z', ' ', '\n', '\t', 0xE9, 0x4E2D, 0x1F600, 0xFFFD, 0x7F, 0x80, 0x7FF,
        0x800, 0xFFFF, 0x10000};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(points[rnd.nextInt(points.length)]);
      }
      String text = sb.toString();
      Decoder.Decoded d = Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
      assertThat(d.text()).isEqualTo(text);
      assertThat(d.invalidPositions()).isEmpty();
    }
  }

  @Test
  void everyMalformedSequenceIsStillFound() {
    java.util.Random rnd = new java.util.Random(4);
    byte[] pieces = {'a', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xE4, (byte) 0xB8, (byte) 0xAD,
        (byte) 0xFF, (byte) 0x80, (byte) 0xF0, (byte) 0x9F};
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = new byte[rnd.nextInt(20)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = pieces[rnd.nextInt(pieces.length)];
      }
      Decoder.Decoded d = Decoder.decode(bytes);
      boolean valid = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(64), true)
          .isUnderflow();
      assertThat(d.invalidPositions().isEmpty()).as(java.util.Arrays.toString(bytes))
          .isEqualTo(valid);
    }
  }
}
