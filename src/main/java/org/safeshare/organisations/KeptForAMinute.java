package org.safeshare.organisations;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values kept for a minute after they are read, for display-only values every page needs and that almost never change
 * (the header's organisation and partnership names). Bounded by the number of organisations; not for anything an access
 * rule or a decision depends on.
 */
final class KeptForAMinute<K, V> {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private record Kept<V>(V value, long readAt) {}

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> read) {
        long now = System.nanoTime();
        Kept<V> found = kept.get(key);
        if (found == null || now - found.readAt() > MINUTE) {
            found = new Kept<>(read.apply(key), now);
            kept.put(key, found);
        }
        return found.value();
    }
}
