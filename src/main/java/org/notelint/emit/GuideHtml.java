package org.notelint.emit;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.notelint.util.LinearInlineParser;
import java.util.List;
import java.util.Set;

/**
 * Renders the guide's Markdown to one self-contained HTML page with flexmark-java: inline
 * CSS, no scripts, no external requests, heading anchors the contents link to. The only raw
 * HTML let through is the {@code <sup>} of citations; any other HTML is shown as text, and
 * links with a scheme other than http, https or mailto are rendered as plain text. Images
 * become links to the image, so the page makes no request.
 */
public final class GuideHtml {
  private static final String CSS = """
      body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1f;\
      max-width:50rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.9rem}h2{margin-top:2.4rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
      h3{margin-top:1.8rem}h4{margin-top:1.4rem}
      code{font:0.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f3f3;\
      padding:.1em .25em;border-radius:3px}
      pre{background:#f6f8fa;padding:.8rem 1rem;overflow:auto;border-radius:6px}
      pre code{background:none;padding:0}
      sup{color:#6a737d;font-size:.72em}
      blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #d0d7de;color:#444}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem}
      a{color:#0969da}
      """;

  private GuideHtml() {}

  /** The page for {@code markdown}, titled {@code title}. */
  public static String render(String markdown, String title) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.SUPPRESSED_LINKS,
        "(?i)^\\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:.*");
    Parser parser = LinearInlineParser.install(Parser.builder(options)).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options)
        .nodeRendererFactory(o -> new SafeHtml()).htmlIdGeneratorFactory(GithubIds.FACTORY)
        .build();
    String body = renderer.render(parser.parse(markdown));
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n"
        + "<body>\n" + body + "</body>\n</html>\n";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Lets the citation {@code <sup>} through; shows every other piece of HTML as text. */
  private static final class SafeHtml implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(HtmlInline.class, SafeHtml::inline),
          new NodeRenderingHandler<>(HtmlBlock.class, SafeHtml::block),
          new NodeRenderingHandler<>(Image.class, SafeHtml::image));
    }

    /** An image becomes a link to it: the page fetches nothing. */
    private static void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
      String url = node.getUrl().toString();
      String alt = node.getText().toString();
      String label = "image: " + (alt.isBlank() ? url : alt);
      boolean linkable = url.matches("(?i)^\\s*(https?:|/|\\.|[\\w-]+[/.]).*") && !url.contains(":")
          || url.matches("(?i)^https?:.*");
      // Inside a link (a badge) the label is that link's text: an anchor in an anchor is no HTML.
      if (linkable && node.getAncestorOfType(Link.class, LinkRef.class) == null) {
        html.attr("href", url).withAttr().tag("a").text(label).closeTag("a");
      } else {
        html.text(label);
      }
    }

    private static void inline(HtmlInline node, NodeRendererContext ctx, HtmlWriter html) {
      String tag = node.getChars().toString();
      if (tag.equals("<sup>") || tag.equals("</sup>")) {
        html.raw(tag);
      } else {
        html.text(tag);
      }
    }

    private static void block(HtmlBlock node, NodeRendererContext ctx, HtmlWriter html) {
      html.line();
      html.raw("<pre>");
      html.text(node.getChars().toString());
      html.raw("</pre>");
      html.line();
    }
  }
}
