package org.safeshare.exchange;

/**
 * One item of an answer: which question it answers (numbered from 1), the answer, and whether it is fact, professional
 * opinion or historical information, with its source, so the requester can weigh it (HM Government information sharing
 * advice 2024: keep fact and opinion apart, and say where information came from). A question the responder will not
 * answer is {@link Kind#DECLINED}: its answer is the reason the requester reads, and nothing of it is shared.
 */
public record AnswerItem(Integer question, String answer, Kind kind, String source) {

    public enum Kind {
        FACT("Fact"), OPINION("Professional opinion"), HISTORICAL("Historical information"),
        DECLINED("Not shared: reasons given instead");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether this item shares information (a declined question shares none). */
    public boolean shares() {
        return kind != Kind.DECLINED;
    }
}
