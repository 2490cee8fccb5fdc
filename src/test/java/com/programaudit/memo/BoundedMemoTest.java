package com.programaudit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    /** Counts how often each key was computed; the answer is the key's length, or null for "none". */
    private static final class Counting implements Function<String, Integer> {
        final Map<String, Integer> calls = new HashMap<>();
        int answerOffset;

        @Override
        public Integer apply(String key) {
            calls.merge(key, 1, Integer::sum);
            return key.equals("none") ? null : key.length() + answerOffset;
        }
    }

    @Test
    void anAnswerIsComputedOncePerKeyAndANullAnswerIsKeptToo() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(100);
        Counting compute = new Counting();
        for (int round = 0; round < 3; round++) {
            assertEquals(5, memo.get("squat", compute));
            assertEquals(5, memo.get(new String("bench"), compute)); // an equal key of another instance: the same answer
            assertNull(memo.get("none", compute));
        }
        assertEquals(Map.of("squat", 1, "bench", 1, "none", 1), compute.calls);
    }

    /** Many keys of equal hash buckets each keep their own answer. */
    @Test
    void manyKeysEachKeepTheirOwnAnswer() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(10_000);
        Counting compute = new Counting();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) keys.add("k".repeat(1 + i % 7) + i);
        for (int round = 0; round < 2; round++) {
            for (String key : keys) assertEquals(key.length(), memo.get(key, compute), key);
        }
        compute.calls.values().forEach(n -> assertEquals(1, n));
        assertEquals(keys.size(), compute.calls.size());
    }

    /** After clear() the answers are computed again: what they depend on has changed. */
    @Test
    void clearForgetsTheAnswers() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(100);
        Counting compute = new Counting();
        assertEquals(4, memo.get("rows", compute));
        memo.clear();
        compute.answerOffset = 10; // what the answers depend on has changed
        assertEquals(14, memo.get("rows", compute));
        assertEquals(2, compute.calls.get("rows"));
    }

    @Test
    void anotherThreadSeesTheClearToo() throws Exception {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(100);
        Counting compute = new Counting();
        Thread first = new Thread(() -> memo.get("sets", compute));
        first.start();
        first.join();
        memo.clear();
        compute.answerOffset = 100;
        Integer[] seen = new Integer[1];
        Thread second = new Thread(() -> seen[0] = memo.get("sets", compute));
        second.start();
        second.join();
        assertEquals(104, seen[0]);
        assertEquals(104, memo.get("sets", compute));
    }

    /** Past the limit the kept answers are forgotten at once: a key is computed again, with the same answer. */
    @Test
    void pastItsLimitTheMemoStartsAfresh() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(3);
        Counting compute = new Counting();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 600; i++) keys.add("key" + i);
        for (String key : keys) memo.get(key, compute);
        for (String key : keys) assertEquals(key.length(), memo.get(key, compute));
        // at most 3 answers are kept at a time: almost every key was computed again
        int computedTwice = (int) compute.calls.values().stream().filter(n -> n == 2).count();
        assertEquals(true, computedTwice >= 600 - 3, "computed twice: " + computedTwice);
    }
}
