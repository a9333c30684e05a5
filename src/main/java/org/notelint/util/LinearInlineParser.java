package org.notelint.util;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark-java's inline parser without its quadratic step on Java 17: its {@code match}
 * takes the start and end of a match through {@link Matcher#toMatchResult()}, which on Java
 * 17 copies the whole paragraph, character by character, for every code span, link or
 * emphasis it finds. A paragraph of 40,000 characters with 800 code spans (a guide's list of
 * sources) cost seconds. This reads the same positions from the matcher itself; what is
 * parsed is unchanged.
 */
public final class LinearInlineParser extends InlineParserImpl {
  private static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /**
   * Makes {@code builder} parse inlines with this parser. flexmark drops its link reference
   * definition pre-processor when the inline parser is not its own, so it is added back.
   */
  public static Parser.Builder install(Parser.Builder builder) {
    return builder.customInlineParserFactory(FACTORY)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  private LinearInlineParser(DataHolder options, BitSet specialCharacters,
      BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = next(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = next(re);
    if (m == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    groups[0] = input.subSequence(m.start(), m.end());
    for (int i = 1; i <= m.groupCount(); i++) {
      groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    }
    return groups;
  }

  /** The next match of {@code re} from the current index, moving the index past it; or null. */
  private Matcher next(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) {
      return null;
    }
    index = m.end();
    return m;
  }
}
