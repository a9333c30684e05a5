package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Format;
import org.notelint.model.Text;

/**
 * Decides a note's format from its content; the file extension only breaks near ties.
 * Every decision carries its evidence, which {@code notelint inspect} prints.
 */
public final class FormatSniffer {
  /** The chosen format and why. */
  public record Verdict(Format format, List<String> evidence) {
    public Verdict {
      evidence = List.copyOf(evidence);
    }
  }

  // Patterns that start with ^ are tried with lookingAt(): it finds what find() would, without
  // trying every later position of the line.
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+\\S");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
  private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\([^)\\s]+\\)");
  private static final Pattern MD_TABLE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*\\|");
  private static final Pattern ADORNMENT = Pattern.compile("^([=\\-:'\"~^_*+#])\\1{2,}\\s*$");
  /** The characters an {@link #ADORNMENT} line is made of. */
  private static final String ADORNMENT_CHARS = "=-:'\"~^_*+#";
  private static final Pattern RST_EXPLICIT =
      Pattern.compile("^\\.\\.\\s+(\\[[^\\]]+\\]|_[^:]+:|\\|[^|]+\\||[\\w:-]+::)");
  /** RST roles, links and literals: each starts at a colon or a backtick. */
  static final Pattern RST_ROLE = Pattern.compile(":[\\w:]+:`[^`]+`|`[^`]+ <[^>]+>`_|``[^`]+``");
  private static final Pattern RST_FIELD = Pattern.compile("^:[\\w -]+:(\\s|$)");
  private static final Pattern ORG = Pattern.compile("^(#\\+(title|begin_src|author|options|startup)|\\*+\\s+\\S)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORG_DIRECTIVE = Pattern.compile("^#\\+\\w+", Pattern.CASE_INSENSITIVE);

  /** Below this score no format is claimed and the file is read as plain text. */
  private static final double MIN_SCORE = 4;
  /** How many lines are scored. */
  private static final int MAX_SNIFF_LINES = 2000;

  private FormatSniffer() {}

  /** Sniffs {@code text}; {@code fileName} is a hint only. */
  public static Verdict sniff(String fileName, String text) {
    return sniff(fileName, Text.ofLines(text, 1, -1));
  }

  /** Sniffs an already line-indexed {@code source}; {@code fileName} is a hint only. */
  public static Verdict sniff(String fileName, Text source) {
    String text = source.value();
    List<String> ev = new ArrayList<>();
    String ext = extension(fileName);
    String head = text.stripLeading();
    if (IpynbReader.looksLikeNotebook(text)) {
      ev.add("JSON object with \"nbformat\" and cells");
      return new Verdict(Format.IPYNB, ev);
    }
    if (ext.equals("ipynb")) {
      ev.add("extension .ipynb, but the content is not notebook JSON");
    }
    String lowerHead = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
    if (lowerHead.startsWith("<!doctype html") || lowerHead.startsWith("<html")) {
      ev.add("starts with an HTML document tag");
      return new Verdict(Format.HTML, ev);
    }
    Text t = source;
    int prompts = NotebookExportReader.promptCount(t);
    if (prompts > 0) {
      ev.add(prompts + " notebook prompt line(s) such as 'In [1]:'");
      return new Verdict(Format.NOTEBOOK_EXPORT, ev);
    }

    double md = 0;
    double rst = 0;
    double banner = 0;
    int org = 0;
    int orgDirectives = 0;
    int mdHeadings = 0;
    int fences = 0;
    int rstTitles = 0;
    int bannerTitles = 0;
    int explicit = 0;
    int literalMarkers = 0;
    // The first lines tell the format; reading all of a large file would only cost time.
    int n = Math.min(t.lineCount(), MAX_SNIFF_LINES);
    if (t.lineCount() > n) {
      ev.add("first " + n + " of " + t.lineCount() + " lines scored");
    }
    // One matcher per pattern, reset for each line: a new Matcher per line and pattern cost
    // more than most of the tests themselves.
    Matcher mdHeading = MD_HEADING.matcher("");
    Matcher fence = FENCE.matcher("");
    Matcher mdLink = MD_LINK.matcher("");
    Matcher mdTable = MD_TABLE.matcher("");
    Matcher rstExplicit = RST_EXPLICIT.matcher("");
    Matcher rstField = RST_FIELD.matcher("");
    Matcher orgLine = ORG.matcher("");
    Matcher orgDirective = ORG_DIRECTIVE.matcher("");
    Matcher adornment = ADORNMENT.matcher("");
    for (int i = 0; i < n; i++) {
      String line = t.line(i);
      if (line.isEmpty()) {
        continue;
      }
      char c0 = line.charAt(0);
      boolean backtick = line.indexOf('`') >= 0;
      if (c0 == '#' && mdHeading.reset(line).lookingAt()) {
        mdHeadings++;
      }
      if ((backtick || line.contains("~~~")) && fence.reset(line).lookingAt()) {
        fences++;
      }
      if (line.contains("](")) {
        Matcher link = mdLink.reset(line);
        while (link.find()) {
          md += 1;
        }
      }
      if (line.indexOf('|') >= 0 && line.contains("---") && mdTable.reset(line).lookingAt()) {
        md += 2;
      }
      if (c0 == '.' && rstExplicit.reset(line).lookingAt()) {
        explicit++;
      }
      // Every RST_ROLE match holds ":`" (a role), "`_" (a link) or "``" (a literal).
      if (backtick && (line.contains(":`") || line.contains("`_") || line.contains("``"))) {
        String l = line;
        MatchStarts role = new MatchStarts(RST_ROLE, l, i2 -> roleCanStart(l, i2));
        while (role.find()) {
          rst += 1.5;
        }
      }
      if (line.endsWith("::") && !line.isBlank()) {
        literalMarkers++;
      }
      if (i < 12 && c0 == ':' && rstField.reset(line).lookingAt()) {
        rst += 2;
      }
      if ((c0 == '#' || c0 == '*') && orgLine.reset(line).lookingAt()) {
        org++;
      }
      if (c0 == '#' && orgDirective.reset(line).lookingAt()) {
        orgDirectives++;
      }
      if (i > 0 && line.length() >= 3 && line.charAt(1) == c0 && ADORNMENT_CHARS.indexOf(c0) >= 0
          && adornment.reset(line).matches() && !t.line(i - 1).isBlank()
          && !adornment.reset(t.line(i - 1)).matches()) {
        String title = t.line(i - 1).strip();
        int len = line.strip().length();
        boolean overline = i >= 2 && adornment.reset(t.line(i - 2)).matches();
        if (Character.isWhitespace(t.line(i - 1).isEmpty() ? 'x' : t.line(i - 1).charAt(0))) {
          continue;
        }
        if (overline || (len >= title.length() && len <= title.length() + 3)) {
          rstTitles++;
        } else if (len >= 3) {
          bannerTitles++;
        }
      }
    }
    md += mdHeadings * 2 + fences * 1.5;
    rst += rstTitles * 2 + explicit * 3 + literalMarkers * 2;
    banner += bannerTitles * 3;
    // The extension alone reaches the threshold, so a .md file of plain prose is Markdown
    // (which it is), but any real signal of another format outweighs it.
    if (ext.equals("md") || ext.equals("markdown")) {
      md += MIN_SCORE;
    } else if (ext.equals("rst") || ext.equals("rest")) {
      rst += MIN_SCORE;
    }
    if ((org >= 2 && orgDirectives > 0) || (ext.equals("org") && org > 0)) {
      ev.add(org + " org-mode headline or #+ keyword line(s)");
      return new Verdict(Format.ORG, ev);
    }
    ev.add("scores: markdown " + oneDecimal(md) + " (" + mdHeadings + " headings, " + fences
        + " fences), rst " + oneDecimal(rst) + " (" + rstTitles + " titles, " + explicit
        + " explicit markup, " + literalMarkers + " '::'), banner " + oneDecimal(banner) + " ("
        + bannerTitles + " banner titles)");
    if (!ext.isEmpty()) {
      ev.add("extension ." + ext + " used as a hint only");
    }
    if (Math.max(md, Math.max(rst, banner)) < MIN_SCORE) {
      ev.add("no format scores " + (int) MIN_SCORE + " or more");
      return new Verdict(Format.PLAIN_TEXT, ev);
    }
    if (banner > md && banner >= rst) {
      return new Verdict(Format.BANNER_TEXT, ev);
    }
    if (rst > md) {
      return new Verdict(Format.RST, ev);
    }
    return new Verdict(Format.MARKDOWN, ev);
  }

  /** {@code x} as {@code String.format(Locale.ROOT, "%.1f", x)} writes it, without the parsing. */
  static String oneDecimal(double x) {
    return java.math.BigDecimal.valueOf(x).setScale(1, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** True when an {@link #RST_ROLE} match can begin at {@code i} (a colon or a backtick). */
  static boolean roleCanStart(String line, int i) {
    char c = line.charAt(i);
    return c == ':' || c == '`';
  }

  private static String extension(String name) {
    int slash = name.lastIndexOf('/');
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    String ext = dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSION.matcher(ext).matches() ? ext : "";
  }
}
