package org.safeshare.bench.matching;

import gnu.trove.iterator.TIntIterator;
import java.util.ArrayList;
import java.util.List;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entityclustering.ConnectedComponentsClustering;
import org.scify.jedai.entitymatching.ProfileMatcher;

/**
 * JedAI 3.1's default schema-agnostic pipeline: token blocking, block filtering, cardinality node pruning
 * (meta-blocking), profile matching (token unigrams, cosine) and connected components at a threshold.
 */
final class JedaiLinker {

    private static final String[] ATTRIBUTES = {"rec_id", "cluster_id", "agency", "nhs_number", "upn", "first_name", "middle_name", "surname",
        "dob", "sex", "postcode", "address"};

    private JedaiLinker() {}

    static int[] link(List<String[]> rows, float threshold) {
        List<EntityProfile> profiles = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            EntityProfile profile = new EntityProfile(row[0]);
            for (int a = 3; a < ATTRIBUTES.length; a++) {
                if (!row[a].isBlank()) {
                    profile.addAttribute(ATTRIBUTES[a], row[a].toLowerCase());
                }
            }
            profiles.add(profile);
        }
        List<AbstractBlock> blocks = new StandardBlocking().getBlocks(profiles);
        blocks = new BlockFiltering().refineBlocks(blocks);
        blocks = new CardinalityNodePruning().refineBlocks(blocks);
        SimilarityPairs pairs = new ProfileMatcher(profiles).executeComparisons(blocks);
        EquivalenceCluster[] clusters = new ConnectedComponentsClustering(threshold).getDuplicates(pairs);
        int[] cluster = new int[rows.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
        }
        for (EquivalenceCluster c : clusters) {
            int first = -1;
            for (TIntIterator it = c.getEntityIdsD1().iterator(); it.hasNext();) {
                int id = it.next();
                first = first < 0 ? id : first;
                cluster[id] = first;
            }
        }
        return cluster;
    }
}
