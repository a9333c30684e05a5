package org.notelint.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;

/**
 * What a reader sees of an HTML block in a note, read with jsoup: its text, split into
 * paragraphs where block elements break it, and its images by their alt text. Scripts,
 * styles, templates and {@code hidden} elements show nothing; comments neither.
 */
public final class HtmlContent {
  /** A paragraph of text, or an image. */
  public sealed interface Piece permits Words, Picture { }

  /** Text with its whitespace collapsed, entities decoded. */
  public record Words(String text) implements Piece { }

  /** An image: its alt text (blank when it has none) and its source as written. */
  public record Picture(String alt, String src) implements Piece {
    /** Whether the source is a web address the guide can point to, not a path of the note's. */
    public boolean onTheWeb() {
      return src.regionMatches(true, 0, "https://", 0, 8)
          || src.regionMatches(true, 0, "http://", 0, 7);
    }
  }

  private static final Set<String> UNSEEN = Set.of("script", "style", "template", "head", "title");

  private HtmlContent() { }

  /** The block's pieces in document order; empty when it shows no text and no image. */
  public static List<Piece> of(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<Piece> out = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    body.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          words.append(t.getWholeText());
        } else if (node instanceof Element e && e != body) {
          if (UNSEEN.contains(e.normalName()) || e.hasAttr("hidden")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.normalName().equals("img")) {
            flush(words, out);
            out.add(new Picture(e.attr("alt").strip().replaceAll("\\s+", " "),
                e.attr("src").strip()));
          } else if (breaks(e.tag())) {
            flush(words, out);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != body && breaks(e.tag())) {
          flush(words, out);
        }
        return FilterResult.CONTINUE;
      }
    });
    flush(words, out);
    return out;
  }

  /** The images in inline HTML ({@code <img alt="..." src="...">}) that the guide shows. */
  public static List<Picture> images(String tags) {
    if (!tags.toLowerCase(Locale.ROOT).contains("<img")) {
      return List.of();
    }
    List<Picture> out = new ArrayList<>();
    for (Piece p : of(tags)) {
      if (p instanceof Picture i && shown(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether the guide shows a piece: text, or an image it can name or link. */
  public static boolean shown(Piece p) {
    return p instanceof Picture i ? !i.alt().isEmpty() || i.onTheWeb() : true;
  }

  /** The visible text: paragraphs and alt texts, one per line. */
  public static String text(String html) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : of(html)) {
      String s = p instanceof Words w ? w.text() : ((Picture) p).alt();
      if (!s.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n").append(s);
      }
    }
    return sb.toString();
  }

  /** Known inline elements run on in their paragraph; every other element breaks it. */
  private static boolean breaks(Tag tag) {
    return !(tag.is(Tag.Known) && tag.isInline()) || tag.normalName().equals("br");
  }

  private static void flush(StringBuilder words, List<Piece> out) {
    String s = words.toString().replaceAll("\\s+", " ").strip();
    words.setLength(0);
    if (!s.isEmpty()) {
      out.add(new Words(s));
    }
  }
}
