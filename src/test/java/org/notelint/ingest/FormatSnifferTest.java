package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
  @Test
  void scoresAreWrittenAsFormatWritesThem() {
    Random rnd = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      double x = i < 10_000 ? i * 0.5 : rnd.nextInt(100_000) / 100.0;
      assertThat(FormatSniffer.oneDecimal(x)).as("%s", x)
          .isEqualTo(String.format(Locale.ROOT, "%.1f", x));
    }
  }
}
