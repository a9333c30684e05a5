package org.notelint.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.notelint.model.Finding;

/**
 * JUnit XML ({@code report.junit.xml}, {@code check --format junit}): one test case per note,
 * failed by each finding at or above {@code --fail-on}, so CI systems show notes as tests.
 * Every finding, failing or not, is also listed in the case's {@code system-out}. Written with
 * the JDK's StAX writer, which escapes text and attributes.
 */
public final class JunitReport {
  private JunitReport() {}

  /** The XML; {@code fails} says which findings fail their file's test case. */
  public static String write(ReportData r, Predicate<Finding> fails) {
    Map<String, List<Finding>> byFile = r.byFile();
    int failures = 0;
    for (Finding f : r.findings()) {
      failures += fails.test(f) ? 1 : 0;
    }
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "notelint");
      x.writeAttribute("tests", Integer.toString(byFile.size()));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", "0");
      nl(x, 1);
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "notelint " + r.command());
      x.writeAttribute("tests", Integer.toString(byFile.size()));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
        String path = r.root() + e.getKey();
        nl(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "notelint");
        x.writeAttribute("name", path);
        x.writeAttribute("file", path);
        StringBuilder out = new StringBuilder();
        for (Finding f : e.getValue()) {
          String line = path + ":" + f.span().startLine() + ":" + f.span().startColumn() + ": "
              + f.severity().label() + " [" + f.ruleId() + "] " + f.message();
          out.append(line).append('\n');
          if (fails.test(f)) {
            nl(x, 3);
            x.writeStartElement("failure");
            x.writeAttribute("type", f.ruleId());
            x.writeAttribute("message", f.span().startLine() + ":" + f.span().startColumn()
                + " " + f.message());
            x.writeCharacters(line);
            x.writeEndElement();
          }
        }
        if (out.length() > 0) {
          nl(x, 3);
          x.writeStartElement("system-out");
          x.writeCharacters(out.toString());
          x.writeEndElement();
        }
        boolean empty = out.length() == 0;
        if (!empty) {
          nl(x, 2);
        }
        x.writeEndElement();
      }
      nl(x, 1);
      x.writeEndElement();
      nl(x, 0);
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e); // writing to a StringWriter does not fail
    }
    return sw.toString();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }
}
