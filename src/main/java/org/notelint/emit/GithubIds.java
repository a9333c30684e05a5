package org.notelint.emit;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.notelint.util.Slugs;

/**
 * Heading ids as GitHub makes them ({@link Slugs#github}, a repeated heading's id with
 * {@code -1}, {@code -2}), so the guide's links work the same in {@code guide.md} on GitHub and
 * in {@code guide.html}. flexmark's own generator drops combining marks ("کُند" reads "کند"),
 * which GitHub keeps.
 */
final class GithubIds implements HtmlIdGenerator {
  private Slugs.InOrder anchors = new Slugs.InOrder();

  /** The factory {@code HtmlRenderer.Builder#htmlIdGeneratorFactory} takes. */
  static final HeaderIdGeneratorFactory FACTORY = new HeaderIdGeneratorFactory() {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new GithubIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new GithubIds();
    }
  };

  @Override
  public void generateIds(Document document) {
    generateIds(document, null);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    anchors = new Slugs.InOrder();
    new AnchorRefTargetBlockVisitor() {
      @Override
      protected boolean preVisit(Node node) {
        return preVisitor == null || preVisitor.preVisit(node, this);
      }

      @Override
      protected void visit(AnchorRefTarget node) {
        if (node.getAnchorRefId().isEmpty()) {
          String id = getId(node.getAnchorRefText());
          if (id != null) {
            node.setAnchorRefId(id);
          }
        }
      }
    }.visit(document);
  }

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget t ? t.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    if (text.length() == 0) {
      return null;
    }
    return anchors.next(text.toString());
  }
}
