package org.safeshare.matching.domain;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Linked pairs with their match weights in growable arrays, answered strongest first (deterministic links lead). */
final class LinkList {

    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private double[] weight = new double[1024];
    private int size;

    void add(int i, int j, double w) {
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        first[size] = i;
        second[size] = j;
        weight[size++] = w;
    }

    int first(int p) {
        return first[p];
    }

    int second(int p) {
        return second[p];
    }

    int[] strongestFirst() {
        return IntStream.range(0, size).boxed().sorted((a, b) -> Double.compare(weight[b], weight[a])).mapToInt(Integer::intValue).toArray();
    }
}
