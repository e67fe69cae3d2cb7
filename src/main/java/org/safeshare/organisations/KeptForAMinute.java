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

    /** The values of these keys: those kept less than a minute as kept, the others read together, once, and kept. */
    Map<K, V> getAll(java.util.Collection<K> keys, Function<java.util.Collection<K>, Map<K, V>> readMissing) {
        long now = System.nanoTime();
        Map<K, V> found = new java.util.HashMap<>();
        java.util.List<K> missing = new java.util.ArrayList<>();
        for (K key : keys) {
            Kept<V> k = kept.get(key);
            if (k == null || now - k.readAt() > MINUTE) {
                missing.add(key);
            } else {
                found.put(key, k.value());
            }
        }
        if (!missing.isEmpty()) {
            readMissing.apply(missing).forEach((key, value) -> {
                kept.put(key, new Kept<>(value, now));
                found.put(key, value);
            });
        }
        return found;
    }

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
