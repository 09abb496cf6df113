package io.cablestream.contract.topic;

import io.cablestream.contract.json.Json;

/**
 * A topic of the contract: its name, the event type its values hold, the CloudEvents type and
 * the JSON Schema that describes the value. Keys are always the canonical reference ID (UTF-8).
 *
 * @param name the topic name, e.g. {@code cables.raw.v1}
 * @param valueType the Java record of the value
 * @param eventType the CloudEvents {@code ce_type}, e.g. {@code io.cablestream.cable.raw.v1}
 * @param schemaResource classpath location of the value's JSON Schema
 */
public record Topic<V>(String name, Class<V> valueType, String eventType, String schemaResource) {

    public byte[] encode(V value) {
        return Json.encode(value);
    }

    public V decode(byte[] value) {
        return Json.decode(value, valueType);
    }

    /** The dead-letter topic that holds records of this topic no stage could process. */
    public String deadLetterName() {
        return name.substring(0, name.lastIndexOf('.')) + ".dead-letter" + name.substring(name.lastIndexOf('.'));
    }
}
