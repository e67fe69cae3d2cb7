package org.safeshare.matching.domain;

/**
 * Records joined into clusters (one child each), strongest links first. A join that would put two different
 * valid NHS numbers, or two different valid UPNs, into one cluster is refused: a chain of fuzzy links must
 * not make one child of twins or siblings who are each known by their own number.
 */
final class Clusters {

    private final int[] parent;
    private final long[] nhs;
    private final int[] upn;

    Clusters(RecordStore store, int n) {
        parent = new int[n];
        nhs = new long[n];
        upn = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            nhs[i] = store.nhs[i];
            upn[i] = store.upn[i];
        }
    }

    /** Joins the clusters of a and b, unless their identifiers conflict; answers whether they are (now) one. */
    boolean join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if ((nhs[ra] != 0 && nhs[rb] != 0 && nhs[ra] != nhs[rb]) || (upn[ra] >= 0 && upn[rb] >= 0 && upn[ra] != upn[rb])) {
            return false;
        }
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        nhs[root] = nhs[root] != 0 ? nhs[root] : nhs[other];
        upn[root] = upn[root] >= 0 ? upn[root] : upn[other];
        return true;
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    int[] roots() {
        int[] roots = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            roots[i] = find(i);
        }
        return roots;
    }
}
