package org.notelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void aStreamedReportHasTheBytesOfTheWholeTree() {
    ObjectNode node = Json.object();
    node.put("section", "👀 Examples/示例 > “quotes” \u0001 \"q\" </script>");
    node.putArray("items").addObject().put("n", 1.5);
    String streamed = Json.toText(out -> {
      JsonGenerator g = Json.generator(out);
      g.writeStartObject();
      g.writeStringField("section", node.get("section").asText());
      g.writeFieldName("items");
      g.writeTree(node.get("items"));
      g.writeEndObject();
      Json.end(g, out);
    });
    assertThat(streamed).isEqualTo(Json.write(node)).contains("👀 Examples/示例");
  }
}
