package org.safeshare.matching.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Links every indexed record with every other that shares a blocking key and scores at or above the link
 * threshold, and answers clusters as connected components. Each pair is scored once (under the first key
 * that joins it). Blocks larger than {@link ModelTraining#LARGEST_BLOCK} are left out and counted.
 */
public final class BulkLinkage {

    /** Cluster of each record (the smallest position in it), pairs scored, links made, records in skipped blocks. */
    public record Result(int[] cluster, long pairsScored, long links, long recordsInSkippedBlocks) {}

    private BulkLinkage() {}

    public static Result link(RecordStore store, BlockingIndex index, Scorer scorer, Thresholds thresholds) {
        double linkWeight = logit(thresholds.link());
        long scored = 0;
        long skipped = 0;
        LinkList candidates = new LinkList();
        for (BlockingKeys kind : BlockingKeys.ALL) {
            List<long[]> found = IntStream.range(0, index.blocks(kind)).parallel()
                    .mapToObj(b -> linksInBlock(index, scorer, kind, b, linkWeight))
                    .filter(r -> r.length > 1).toList();
            for (long[] block : found) {
                scored += block[0];
                for (int p = 1; p < block.length; p++) {
                    if (block[p] < 0) {
                        skipped -= block[p];
                        continue;
                    }
                    int i = (int) (block[p] >>> 32);
                    int j = (int) block[p];
                    candidates.add(i, j, scorer.matchWeight(i, j));
                }
            }
        }
        Clusters clusters = new Clusters(store, index.indexed());
        long links = 0;
        for (int p : candidates.strongestFirst()) {
            if (clusters.join(candidates.first(p), candidates.second(p))) {
                links++;
            }
        }
        return new Result(clusters.roots(), scored, links, skipped);
    }

    /** [pairs scored, linked pairs as (i << 32 | j)...] or [0, -size] for a skipped block. */
    private static long[] linksInBlock(BlockingIndex index, Scorer scorer, BlockingKeys kind, int block, double linkWeight) {
        int start = index.blockStart(kind, block);
        int end = index.blockEnd(kind, block);
        if (end - start > ModelTraining.LARGEST_BLOCK) {
            return new long[] {0, -(end - start)};
        }
        long[] out = new long[8];
        int size = 1;
        for (int x = start; x < end; x++) {
            int i = index.posting(kind, x);
            for (int y = x + 1; y < end; y++) {
                int j = index.posting(kind, y);
                if (index.pairedEarlier(kind, i, j)) {
                    continue;
                }
                out[0]++;
                if (scorer.matchWeight(i, j) >= linkWeight) {
                    if (size == out.length) {
                        out = Arrays.copyOf(out, size * 2);
                    }
                    out[size++] = (long) i << 32 | j;
                }
            }
        }
        return out[0] == 0 ? new long[0] : Arrays.copyOf(out, size);
    }

    static double logit(double probability) {
        return probability >= 1 ? Double.POSITIVE_INFINITY : MatchModel.log2(probability / (1 - probability));
    }
}
