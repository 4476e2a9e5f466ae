package dev.berth.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/** Finds things in the buffered events of one document without building a tree. */
final class Events {

    private Events() {
    }

    /**
     * @param events the document's events
     * @param mappingStart the index of a MappingStart event
     * @param wanted the keys needed: the walk stops once it has seen them all
     * @return for each plain-text key met of that mapping, the index of its value's first event
     */
    static Map<String, Integer> topLevel(List<Event> events, int mappingStart, String... wanted) {
        Map<String, Integer> keys = new HashMap<>();
        int i = mappingStart + 1;
        while (!events.get(i).is(Event.ID.MappingEnd)) {
            Event key = events.get(i);
            int value = end(events, i);
            if (key instanceof ScalarEvent scalar) {
                keys.putIfAbsent(scalar.getValue(), value);
                if (keys.size() >= wanted.length && keys.keySet().containsAll(List.of(wanted))) {
                    return keys;
                }
            }
            i = end(events, value);
        }
        return keys;
    }

    /**
     * @param events the document's events
     * @param sequenceStart the index of a SequenceStart event
     * @return the index of each item's first event
     */
    static List<Integer> items(List<Event> events, int sequenceStart) {
        List<Integer> items = new ArrayList<>();
        int i = sequenceStart + 1;
        while (!events.get(i).is(Event.ID.SequenceEnd)) {
            items.add(i);
            i = end(events, i);
        }
        return items;
    }

    /**
     * @param events the document's events
     * @param index the index of a value's first event, or null
     * @return the scalar's text, or null when the value is missing or not a scalar
     */
    static String scalar(List<Event> events, Integer index) {
        if (index == null || !(events.get(index) instanceof ScalarEvent scalar)) {
            return null;
        }
        return scalar.getValue();
    }

    /** @return the index just past the node that starts at {@code start} */
    private static int end(List<Event> events, int start) {
        Event first = events.get(start);
        if (!first.is(Event.ID.MappingStart) && !first.is(Event.ID.SequenceStart)) {
            return start + 1;
        }
        int depth = 0;
        int i = start;
        do {
            Event event = events.get(i++);
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
                depth++;
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
        } while (depth > 0);
        return i;
    }
}
