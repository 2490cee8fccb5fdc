package com.programaudit.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers kept per key, forgotten all at once when {@code limit} are kept: cell texts and exercise names
 * repeat row after row and file after file, and a batch of odd files must not grow the memory without
 * end. Thread-safe; a null answer is kept too. The answer must depend on the key alone.
 */
public final class BoundedMemo<K, V> {
    private static final Object NOTHING = new Object();
    private final int limit;
    private final Map<K, Object> answers = new ConcurrentHashMap<>();

    public BoundedMemo(int limit) { this.limit = limit; }

    @SuppressWarnings("unchecked")
    public V get(K key, Function<K, V> compute) {
        Object known = answers.get(key);
        if (known != null) return known == NOTHING ? null : (V) known;
        V value = compute.apply(key);
        if (answers.size() >= limit) answers.clear();
        answers.put(key, value == null ? NOTHING : value);
        return value;
    }

    /** Forgets every answer: what they were computed from has changed. */
    public void clear() { answers.clear(); }
}
