package org.scrutineer.identity;

import java.util.Set;

import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * The only Java types the engine may build from a stored object variable: the text, numbers,
 * lists and maps that Scrutineer's forms and processes store as JSON. Anything else sent as an
 * object variable is refused before it is instantiated.
 */
class StoredTypesOnly implements DeserializationTypeValidator {

    static final Set<String> TYPES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Arrays$ArrayList",
            "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Date");

    @Override
    public boolean validate(String className) {
        return className != null && TYPES.contains(className.strip());
    }
}
