package org.scrutineer.minutes;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * How a resolution was carried: {@code "unanimous"}, or the counts for, against and abstaining as
 * {@code {"for": 5, "against": 1, "abstain": 0}}. A value that is neither is kept as {@code unreadable}
 * so the check can say what is wrong.
 */
@JsonSerialize(using = Vote.Writer.class)
@JsonDeserialize(using = Vote.Reader.class)
public record Vote(boolean unanimous, Integer forCount, Integer against, Integer abstain, boolean unreadable) {

    public static Vote unanimously() {
        return new Vote(true, null, null, null, false);
    }

    public static Vote counted(Integer forCount, Integer against, Integer abstain) {
        return new Vote(false, forCount, against, abstain, false);
    }

    static Vote unreadableVote() {
        return new Vote(false, null, null, null, true);
    }

    public String words() {
        if (unanimous) {
            return "Agreed unanimously";
        }
        return "For " + forCount + ", against " + against + ", abstaining " + abstain;
    }

    static class Writer extends JsonSerializer<Vote> {
        @Override
        public void serialize(Vote vote, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (vote.unanimous()) {
                out.writeString("unanimous");
                return;
            }
            out.writeStartObject();
            out.writeObjectField("for", vote.forCount());
            out.writeObjectField("against", vote.against());
            out.writeObjectField("abstain", vote.abstain());
            out.writeEndObject();
        }
    }

    static class Reader extends JsonDeserializer<Vote> {
        @Override
        public Vote deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return "unanimous".equals(parser.getText()) ? unanimously() : unreadableVote();
            }
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return unreadableVote();
            }
            return counted(count(node.get("for")), count(node.get("against")), count(node.get("abstain")));
        }

        private static Integer count(JsonNode node) {
            return node != null && node.canConvertToInt() && node.isIntegralNumber() ? node.asInt() : null;
        }
    }
}
